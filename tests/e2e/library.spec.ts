/**
 * The library lists every shipped bank with its counts, and a bank that fails validation is
 * reported on screen while the others stay usable.
 */
import { expect, test } from '@playwright/test';
import { mainHeading } from './helpers.ts';

test('lists the shipped banks with question counts per kind', async ({ page }) => {
	await page.goto('/library');
	await expect(mainHeading(page, 'Library')).toBeVisible();
	const cards = page.getByRole('article');
	await expect(cards.first()).toBeVisible();
	await expect(cards.first().getByText(/\d+ questions? from \d+ paragraphs/)).toBeVisible();
	await expect(cards.first().getByRole('list', { name: 'Questions by kind' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('a broken bank', () => {
	// Requests a service worker answers never reach page.route, so these tests run without one.
	test.use({ serviceWorkers: 'block' });

	for (const [what, body] of [
		['a bank in the wrong format', JSON.stringify({ schema: 2, document: {} })],
		['a truncated bank file', '{"schema": 1, "document": {"id": "x", "tit']
	] as const) {
		test(`reports ${what} without hiding the others`, async ({ page }) => {
			let served = 0;
			await page.route('**/_app/immutable/assets/*.json', async (route) => {
				if (served++ === 0) {
					await route.fulfill({ status: 200, contentType: 'application/json', body });
				} else await route.continue();
			});
			await page.goto('/library');
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('could not be read');
			await expect(alert).toContainText('.json');
			await expect(page.getByRole('article')).toHaveCount(served - 1);
		});
	}
});
