import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Tests that need a real browser: IndexedDB, workers, components.
const BROWSER_TESTS = ['src/lib/db/**/*.test.ts', 'src/**/*.svelte.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// The version a person sees in Settings; a build may label itself (the update test does).
		__APP_VERSION__: JSON.stringify(process.env.FOOTNOTE_VERSION ?? pkg.version)
	},
	build: {
		// Banks stay separate files however small, so they are fetched and precached, never inlined.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	// The question generator runs in a module worker, split into chunks like the app.
	worker: { format: 'es' },
	server: { fs: { allow: ['questions'] } },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// The fuzz tests run thousands of cases: a busy 2-core machine needs more than 5 s.
					testTimeout: 30_000,
					include: ['src/**/*.{test,spec}.ts', 'scripts/**/*.{test,spec}.ts'],
					exclude: BROWSER_TESTS
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: BROWSER_TESTS,
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
