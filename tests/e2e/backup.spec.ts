/**
 * A backup made in Settings restores on another device (a fresh browser context) with the
 * progress intact, and a file that is not a backup is refused with a message.
 */
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

test('back up on one device, restore on another, and refuse a foreign file', async ({
	browser
}, testInfo) => {
	const first = await browser.newContext();
	const page = await first.newPage();
	await page.addInitScript(() =>
		localStorage.setItem('footnote:settings', JSON.stringify({ newPerDay: 2 }))
	);
	await page.goto('/study/session?practice=1&mode=choice&count=2&counted=1&kinds=date');
	for (let i = 0; i < 2; i++) {
		const card = page.getByRole('article', { name: 'Question' });
		await card.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const file = join(testInfo.outputDir, 'backup.json');
	await (await download).saveAs(file);
	await first.close();

	const second = await browser.newContext();
	const fresh = await second.newPage();
	await fresh.goto('/settings');
	const foreign = join(testInfo.outputDir, 'notes.json');
	writeFileSync(foreign, '{"shopping": ["eggs"]}');
	await fresh.getByLabel('Restore from a backup file').setInputFiles(foreign);
	await expect(fresh.getByRole('alert')).toHaveText('This file is not a Footnote backup.');

	await fresh.getByLabel('Restore from a backup file').setInputFiles(file);
	const preview = fresh.getByRole('region', { name: 'Backup contents' });
	await expect(preview).toContainText('2 cards, 2 answers');
	await preview.getByRole('button', { name: 'Replace everything here' }).click();
	await expect(
		fresh.getByText('Restored: this device now holds exactly what the backup held.')
	).toBeVisible();
	await fresh.goto('/');
	await expect(fresh.getByTestId('streak')).toHaveText('1');
	await second.close();
});
