/**
 * Several tabs of one browser (pages of one context share IndexedDB and localStorage): an answer
 * in one tab shows on the others' Today and Stats screens without a reload, a setting changed in
 * one applies in the others, two sessions over the same card both record their answers, the
 * second built on the first, a card answered elsewhere and no longer due is skipped, and an open
 * class report takes in a receipt collected in another tab. Each test has its own context.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CardRecord, ReviewRecord } from '../../src/lib/core/scheduling/card-record.ts';
import { newCardRecord, rateCard } from '../../src/lib/core/scheduling/schedule.ts';
import { readTable } from './helpers.ts';

const question = (page: Page) => page.getByRole('article', { name: 'Question' });

/** Every tab of the context starts with this daily limit of new questions. */
async function limitNewPerDay(context: BrowserContext, newPerDay: number) {
	await context.addInitScript((n) => {
		if (!localStorage.getItem('footnote:settings')) {
			localStorage.setItem('footnote:settings', JSON.stringify({ newPerDay: n }));
		}
	}, newPerDay);
}

/** Answers the question on screen with its first option, or reveals it and grades it Good. */
async function answerFirst(page: Page): Promise<void> {
	const card = question(page);
	const options = card.getByRole('list', { name: 'Options' });
	const reveal = card.getByRole('button', { name: 'Show answer' });
	await expect(options.or(reveal)).toBeVisible();
	if (await reveal.isVisible()) {
		await reveal.click();
		await page.getByRole('button', { name: /^Good/ }).click();
		return;
	}
	await options.getByRole('button').first().click();
	await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** Marks the page, so a test can tell that it changed without being reloaded. */
async function markPage(page: Page) {
	await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
	return () => page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);
}

test("an answer in one tab shows on the other tabs' Today and Stats without a reload", async ({
	context,
	page: today
}) => {
	await limitNewPerDay(context, 3);
	await today.goto('/');
	await expect(today.getByTestId('new-count')).toHaveText('3');
	await expect(today.getByTestId('streak')).toHaveText('0');
	const stats = await context.newPage();
	await stats.goto('/stats');
	await expect(stats.getByText('No reviews yet')).toBeVisible();
	const todayUnreloaded = await markPage(today);
	const statsUnreloaded = await markPage(stats);

	const study = await context.newPage();
	await study.goto('/study/session?mode=choice');
	await answerFirst(study);

	await expect(today.getByTestId('new-count')).toHaveText('2');
	await expect(today.getByTestId('streak')).toHaveText('1');
	await expect(stats.getByTestId('stats-summary')).toBeVisible();
	expect(await todayUnreloaded()).toBe(true);
	expect(await statsUnreloaded()).toBe(true);
});

test('a setting changed in one tab applies in the others', async ({ context, page: today }) => {
	await limitNewPerDay(context, 3);
	await today.goto('/');
	await expect(today.getByTestId('new-count')).toHaveText('3');
	const other = await context.newPage();
	await other.goto('/settings');
	const settings = await context.newPage();
	await settings.goto('/settings');
	const todayUnreloaded = await markPage(today);

	await settings.getByLabel('New questions per day').fill('5');
	await settings.getByLabel('New questions per day').press('Tab');
	await settings.getByLabel('Answer by').selectOption('typed');

	await expect(today.getByTestId('new-count')).toHaveText('5');
	await expect(other.getByLabel('New questions per day')).toHaveValue('5');
	await expect(other.getByLabel('Answer by')).toHaveValue('typed');
	expect(await todayUnreloaded()).toBe(true);
});

test('two sessions over the same card record both answers, the second built on the first', async ({
	context,
	page: first
}) => {
	await limitNewPerDay(context, 1);
	const second = await context.newPage();
	await first.goto('/study/session?mode=choice');
	await second.goto('/study/session?mode=choice');
	const prompt = question(first).getByRole('heading', { level: 2 });
	await expect(question(second).getByRole('heading', { level: 2 })).toHaveText(
		await prompt.innerText()
	);

	await answerFirst(first);
	await answerFirst(second);

	const log = await readTable<ReviewRecord>(first, 'reviews');
	expect(log).toHaveLength(2);
	const [a, b] = log.sort((x, y) => x.id! - y.id!) as [ReviewRecord, ReviewRecord];
	expect(b.cardId).toBe(a.cardId);
	expect(a.previous).toBeNull();
	// The second answer saw the card as the first left it: no answer was lost.
	expect(b.previous).toMatchObject({ reps: 1, lastReview: a.reviewedAt });

	const [card] = await readTable<CardRecord>(first, 'cards');
	const ref = { id: a.cardId, documentId: a.documentId, kind: a.kind };
	const once = rateCard(
		newCardRecord(ref, new Date(a.reviewedAt)),
		a.rating,
		new Date(a.reviewedAt)
	);
	expect(b.previous).toEqual(once);
	expect(card).toEqual(rateCard(once, b.rating, new Date(b.reviewedAt)));
	expect(card!.reps).toBe(2);
});

test('a card answered in another tab and no longer due is skipped, with a word why', async ({
	context,
	page: first
}) => {
	await limitNewPerDay(context, 2);
	const second = await context.newPage();
	await first.goto('/study/session?mode=choice');
	await second.goto('/study/session?mode=choice');
	await expect(second.getByText('Question 1 of 2')).toBeVisible();
	const prompt = await question(second).getByRole('heading', { level: 2 }).innerText();

	// The first tab answers both questions; the second is still on the first one.
	await answerFirst(first);
	await expect(first.getByText(/Question 2 of \d/)).toBeVisible();
	await answerFirst(first);

	await expect(
		second.getByRole('status').filter({ hasText: 'answered in another tab' })
	).toHaveText('One question was answered in another tab and is not due any more: skipped here.');
	await expect(second.getByText('Question 1 of 1')).toBeVisible();
	// The question on screen stays, and its answer counts on top of the other tab's.
	await expect(question(second).getByRole('heading', { level: 2 })).toHaveText(prompt);
	await answerFirst(second);
	const log = await readTable<ReviewRecord>(second, 'reviews');
	expect(log).toHaveLength(3);
	const [card] = (await readTable<CardRecord>(second, 'cards')).filter(
		(c) => c.id === log[0]!.cardId
	);
	expect(card!.reps).toBe(2);
});

test('an open class report takes in a receipt collected in another tab', async ({
	browser,
	context,
	page: report
}) => {
	await report.goto('/teach');
	await report.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
	await report.getByLabel('Number of questions').fill('3');
	await report.getByRole('button', { name: 'Pick 3 at random' }).click();
	await report.getByLabel('Title (required)').fill('Tabs check');
	await report.getByRole('button', { name: 'Publish 3 questions' }).click();
	await expect(report.getByRole('heading', { level: 1, name: 'Tabs check' })).toBeVisible();
	const link = await report.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	const list = await context.newPage();
	await list.goto('/teach');
	const entry = list.getByRole('listitem').filter({ hasText: 'Tabs check' });
	await expect(entry).toContainText('0 receipts collected');
	const reportUnreloaded = await markPage(report);

	// The student is on a device of their own.
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await student.getByLabel('Your name').fill('Noor');
	await student.getByRole('button', { name: 'Start' }).click();
	for (let i = 0; i < 3; i++) {
		await expect(student.getByText(`Question ${i + 1} of 3`)).toBeVisible();
		await question(student)
			.getByRole('list', { name: 'Options' })
			.getByRole('button')
			.first()
			.click();
		const next = student.getByRole('button', { name: 'Next' });
		if (await next.isVisible()) await next.click();
	}
	await student.getByRole('button', { name: 'Submit' }).click();
	const receipt = await student.getByLabel('Your receipt', { exact: true }).inputValue();
	await studentContext.close();

	// The teacher opens the receipt link: it opens a tab of its own.
	const intake = await context.newPage();
	await intake.goto(receipt);
	await expect(intake.getByText("Added Noor's answers")).toBeVisible();

	await expect(report.getByRole('region', { name: "Students' scores" })).toContainText('Noor');
	await expect(entry).toContainText('1 receipt collected');
	expect(await reportUnreloaded()).toBe(true);
});
