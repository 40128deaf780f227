/**
 * Checks the one-handed phone layout: at phone widths no page scrolls sideways, and at 390x844
 * every control a thumb can reach is at least 44 px in both directions.
 */
import { expect, test } from '@playwright/test';
import { ROUTES } from './helpers.ts';

const MIN_TARGET = 44;

for (const route of ROUTES) {
	test(`${route} fits a phone and its touch targets are large enough`, async ({ page }) => {
		for (const width of [320, 390, 430]) {
			await page.setViewportSize({ width, height: 844 });
			await page.goto(route);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
		}

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(route);
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		const small = await page.evaluate((min) => {
			const controls = document.querySelectorAll<HTMLElement>(
				'a[href], button, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])'
			);
			return (
				[...controls]
					.filter((el) => el.checkVisibility() && !el.classList.contains('skip-link'))
					// A checkbox or radio is tapped through its label, which is the target that counts.
					.map(
						(el) => (el.matches('[type="checkbox"], [type="radio"]') && el.closest('label')) || el
					)
					.map((el) => ({ el, box: el.getBoundingClientRect() }))
					.filter(({ box }) => box.width < min || box.height < min)
					.map(({ el, box }) => `${el.outerHTML.slice(0, 80)} (${box.width}x${box.height})`)
			);
		}, MIN_TARGET);
		expect(small).toEqual([]);
	});
}

test('the bottom navigation stays on screen and marks the current page', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/library');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const box = await nav.boundingBox();
	expect(box && box.y + box.height).toBeCloseTo(844, 0);
	await expect(nav.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
});
