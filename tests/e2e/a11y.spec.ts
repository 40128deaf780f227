/**
 * Runs axe on every route, in the light and the dark theme, against WCAG 2.1 A and AA. The
 * "Ready to work offline" notice is on screen during the first visit, so it is checked too, and so
 * is the Today screen's backup reminder, which only a learner with unsaved progress sees.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerQuestions, ROUTES } from './helpers.ts';

for (const colorScheme of ['light', 'dark'] as const) {
	for (const route of ROUTES) {
		test(`${route} has no WCAG 2.1 AA violations in the ${colorScheme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(route);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Wait for content that loads after the first paint (the banks) before judging the page.
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		});
	}
}

test('the backup reminder on Today has no WCAG 2.1 AA violations in either theme', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (!localStorage.getItem('footnote:last-backup')) {
			localStorage.setItem(
				'footnote:last-backup',
				new Date(Date.now() - 10 * 86_400_000).toISOString()
			);
		}
	});
	await answerQuestions(page, ['Easy']);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expect(page.getByRole('region', { name: 'Back up your progress' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	}
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
	await page.goto('/library');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.locator('main')).toBeFocused();
});
