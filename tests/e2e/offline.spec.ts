/**
 * Proves the installed app works with no network: after the service worker takes control, a
 * reload, a client-side navigation, a fresh document at a prerendered URL and a deep link that only
 * the SPA fallback can serve all render from the worker's cache. Leaves nothing behind: each test
 * has its own browser context.
 */
import { expect, test } from '@playwright/test';
import { mainHeading, waitForServiceWorker } from './helpers.ts';

test('every page renders from the service worker when offline', async ({ page, context }) => {
	await page.goto('/');
	// Precaching includes the question generator's language model (about 1 MB compressed).
	await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 30_000 });
	await waitForServiceWorker(page);

	await context.setOffline(true);

	await page.reload();
	await expect(mainHeading(page, 'Today')).toBeVisible();
	await expect(page.getByTestId('new-count')).toHaveText(/\d+/);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Library' })
		.click();
	await expect(mainHeading(page, 'Library')).toBeVisible();
	// The banks themselves come from the cache too.
	await expect(page.getByRole('article').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);

	const fresh = await context.newPage();
	await fresh.goto('/teach');
	await expect(mainHeading(fresh, 'Teach')).toBeVisible();

	// A URL that was never prerendered is served the app shell, which routes on the client.
	const deep = await context.newPage();
	const response = await deep.goto('/no/such/page?from=offline');
	expect(response?.status()).toBe(200);
	await expect(mainHeading(deep, 'This page does not exist')).toBeVisible();
	await expect(deep.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
