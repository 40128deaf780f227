/**
 * Settings shows how much of the browser's storage Footnote uses and whether the browser has
 * promised to keep it, and asking to keep it gives an answer either way.
 */
import { expect, test } from '@playwright/test';

test('settings shows storage used, the quota and whether the data is protected', async ({
	page
}) => {
	await page.goto('/settings');
	await expect(page.getByTestId('storage-used')).toHaveText(
		/Footnote uses [\d.]+ [KMGT]?B of the [\d.]+ [KMGT]?B this browser allows it\./
	);
	const status = page.getByTestId('storage-persisted');
	await expect(status).toBeVisible();
	const keep = page.getByRole('button', { name: 'Keep my data' });
	if (await keep.isVisible()) {
		await keep.click();
		await expect(
			page.getByText(/did not agree this time|Your progress is protected/)
		).toBeVisible();
	} else {
		await expect(status).toHaveText(/protected/);
	}
});
