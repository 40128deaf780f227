/**
 * Proves Chromium considers the app installable. Installability is not reported in incognito, and
 * every ordinary Playwright context is one, so this test launches a persistent context in a
 * temporary profile, which it deletes afterwards.
 */
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { waitForServiceWorker } from './helpers.ts';

test('Chromium reports no installability errors', async () => {
	const profile = mkdtempSync(join(tmpdir(), 'footnote-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	try {
		const page = await context.newPage();
		await page.goto(APP_URL);
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);

		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		expect(manifest.url).toBe(`${APP_URL}/manifest.webmanifest`);

		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
