import { defineConfig, devices } from '@playwright/test';
import { APP_PORT, APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: APP_URL,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// The service worker exists only in a build, so the tests run against the built app.
	webServer: {
		command: `npm start -- --port ${APP_PORT}`,
		url: APP_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000,
		stdout: 'pipe'
	}
});
