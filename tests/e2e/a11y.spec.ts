/**
 * Runs axe on every route, in the light and the dark theme, against WCAG 2.1 A and AA. The
 * "Ready to work offline" notice is on screen during the first visit, so it is checked too, and
 * so are an answer that could not be saved, a question skipped because another tab answered it,
 * and the Today screen's backup reminder, which only a learner with unsaved progress sees. (A
 * student's unsaved answer is checked in storage-errors.spec.ts, which reaches that state.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerQuestions, axeViolations, limitStorage, ROUTES, setNewPerDay } from './helpers.ts';

for (const colorScheme of ['light', 'dark'] as const) {
	for (const route of ROUTES) {
		test(`${route} has no WCAG 2.1 AA violations in the ${colorScheme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(route);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Wait for content that loads after the first paint (the banks) before judging the page.
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			// The theme is a media query: the page is the same but for its colours, so the dark
			// theme is checked for what colours decide, and every other rule once, in the light.
			const axe = new AxeBuilder({ page });
			const results = await (
				colorScheme === 'light'
					? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					: axe.withRules(['color-contrast', 'link-in-text-block'])
			).analyze();
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

test('an unsaved answer and a question skipped for another tab pass axe, in both themes', async ({
	context,
	page
}) => {
	await setNewPerDay(page, 2);
	const other = await context.newPage();
	await page.goto('/study/session?mode=choice');
	await other.goto('/study/session?mode=choice');
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await expect(other.getByText('Question 1 of 2')).toBeVisible();
	const check = async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect(await axeViolations(page)).toEqual([]);
		}
	};

	// A full disk: the answer waits on screen with the message and Try again.
	const lift = await limitStorage(page);
	await page.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
	await check();
	await lift();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);

	// The other tab answers both questions: this one will skip the second, and says so.
	for (let i = 0; i < 2; i++) {
		await other.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
		await other.getByRole('button', { name: 'Continue' }).click();
	}
	await expect(page.getByRole('status').filter({ hasText: 'another tab' })).toBeVisible();
	await check();
});
