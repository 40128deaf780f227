/**
 * The study loop as a learner meets it: a review session answered in every mode, progress that
 * survives a reload, "Open in source" and back, undo, the keyboard, and a whole session offline.
 * Each test has its own browser context, so its IndexedDB starts empty and is thrown away.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mainHeading, waitForServiceWorker } from './helpers.ts';

/** Limits new questions per day before the app starts, so a whole session stays short. */
async function setNewPerDay(page: Page, newPerDay: number) {
	await page.addInitScript((n) => {
		localStorage.setItem('footnote:settings', JSON.stringify({ newPerDay: n }));
	}, newPerDay);
}

/** How many answers the review log holds, read straight from IndexedDB. */
function countReviews(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('footnote');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('reviews').objectStore('reviews').count();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				};
			})
	);
}

const question = (page: Page) => page.getByRole('article', { name: 'Question' });

/** Answers whatever the current question asks, the way a learner would, and waits for feedback. */
async function answerCurrent(page: Page, how: 'right' | 'wrong' = 'wrong') {
	const card = question(page);
	await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
	const options = card.getByRole('list', { name: 'Options' });
	const typed = card.getByLabel('Your answer');
	const reveal = card.getByRole('button', { name: 'Show answer' });
	await expect(options.or(typed).or(reveal)).toBeVisible();
	if (await reveal.isVisible()) {
		await reveal.click();
		await page.getByRole('button', { name: how === 'right' ? /^Good/ : /^Again/ }).click();
		return 'flip';
	}
	if (await options.isVisible()) {
		await options.getByRole('button').first().click();
	} else {
		await typed.fill(how === 'right' ? 'unlikely' : 'zzz');
		await typed.press('Enter');
	}
	await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
	return 'graded';
}

async function answerAndContinue(page: Page) {
	if ((await answerCurrent(page)) === 'graded') {
		await page.getByRole('button', { name: 'Continue' }).click();
	}
}

/** Answers, then overrides the rating with Easy, so the card leaves the session for days. */
async function answerAndMarkEasy(page: Page) {
	if ((await answerCurrent(page, 'right')) === 'graded') {
		await page.getByRole('button', { name: /^Easy/ }).click();
	}
}

test('answers are saved as they are given and a reload resumes the session', async ({ page }) => {
	await setNewPerDay(page, 5);
	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('5');
	await page.getByRole('link', { name: 'Start review' }).click();
	await expect(mainHeading(page, 'Review')).toBeVisible();
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();

	for (let i = 0; i < 3; i++) await answerAndContinue(page);
	// Wrong answers come back after their learning step, so the total may grow.
	await expect(page.getByText(/Question 4 of \d+/)).toBeVisible();
	expect(await countReviews(page)).toBe(3);

	await page.reload();
	await expect(page.getByText(/Question 4 of \d+/)).toBeVisible();
	expect(await countReviews(page)).toBe(3);

	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('2');
	await expect(page.getByTestId('streak')).toHaveText('1');
});

test('"Open in source" lands on the paragraph with the evidence highlighted, and back returns', async ({
	page
}) => {
	await setNewPerDay(page, 3);
	await page.goto('/study/session');
	await answerCurrent(page);
	const prompt = await question(page).getByRole('heading', { level: 2 }).innerText();
	const evidence = await question(page).locator('blockquote mark').innerText();

	await page.getByRole('link', { name: 'Open in source' }).click();
	await expect(page).toHaveURL(/\/read\/[a-z0-9-]+\?q=.+#.+/);
	const paragraphId = new URL(page.url()).hash.slice(1);
	const paragraph = page.locator(`[id="${paragraphId}"]`);
	await expect(paragraph).toBeInViewport();
	await expect(paragraph).toBeFocused();
	await expect(paragraph.locator('mark')).toHaveText(evidence);
	await expect(page.locator('mark')).toHaveCount(1);

	await page.goBack();
	await expect(question(page).getByRole('heading', { level: 2 })).toHaveText(prompt);
	await expect(question(page).getByRole('heading', { level: 3 })).toBeVisible();
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
});

test('undo restores the question and removes the answer from the log', async ({ page }) => {
	await setNewPerDay(page, 3);
	await page.goto('/study/session');
	const prompt = await question(page).getByRole('heading', { level: 2 }).innerText();
	await answerAndContinue(page);
	await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
	expect(await countReviews(page)).toBe(1);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await expect(question(page).getByRole('heading', { level: 2 })).toHaveText(prompt);
	await expect(question(page).getByRole('heading', { level: 3 })).toHaveCount(0);
	expect(await countReviews(page)).toBe(0);
});

test('the keyboard answers, rates and continues', async ({ page }) => {
	await setNewPerDay(page, 20);
	// Multiple choice everywhere it can be, so digits choose.
	await page.goto('/study/session?practice=1&kinds=date,number&count=3&mode=choice&counted=1');
	await expect(question(page).getByRole('list', { name: 'Options' })).toBeVisible();
	await page.keyboard.press('2');
	await expect(question(page).getByRole('heading', { level: 3 })).toBeFocused();
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
	await page.keyboard.press('3');
	await expect(page.getByText(/Question 2 of \d+/)).toBeVisible();
	await page.keyboard.press('1');
	await expect(question(page).getByRole('heading', { level: 3 })).toBeVisible();
	await page.keyboard.press(' ');
	await expect(page.getByText(/Question 3 of \d+/)).toBeVisible();
	expect(await countReviews(page)).toBe(2);
});

test('a whole review session works offline', async ({ page, context }) => {
	await setNewPerDay(page, 4);
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('link', { name: 'Start review' }).click();
	for (let i = 0; i < 4; i++) {
		await expect(page.getByText(`Question ${i + 1} of 4`)).toBeVisible();
		await answerAndMarkEasy(page);
	}
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	expect(await countReviews(page)).toBe(4);
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page.getByTestId('streak')).toHaveText('1');
});

// One test per theme, as in a11y.spec.ts: each of the six axe runs takes seconds on a busy
// machine, and two tests share the time limit and the workers better than one.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`the study screens have no accessibility violations in the ${colorScheme} theme`, async ({
		page
	}) => {
		await setNewPerDay(page, 3);
		await page.emulateMedia({ colorScheme });
		await page.goto('/study/session');
		await expect(question(page)).toBeVisible();
		const asking = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(asking.violations.map((v) => v.id)).toEqual([]);
		await answerCurrent(page);
		const answered = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(answered.violations.map((v) => v.id)).toEqual([]);
		await page.getByRole('link', { name: 'Open in source' }).click();
		await expect(page.locator('mark')).toBeVisible();
		const reader = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(reader.violations.map((v) => v.id)).toEqual([]);
	});
}
