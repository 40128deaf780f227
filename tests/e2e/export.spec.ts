/**
 * Exports for other tools and the backup reminder, in the built app. Progress is made through
 * the study screen; each CSV is downloaded from Settings, parsed, and checked against what was
 * answered and against the shipped banks. The reminder is checked for a fresh learner, a learner
 * whose last backup is old, and one who never made one, and it must go away after "Back up now"
 * and after "Remind me later". Each test has its own browser context, so it starts empty.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '../../src/lib/core/questions/types.ts';
import { parseCsv } from '../parse-csv.ts';
import { answerQuestions, mainHeading } from './helpers.ts';

const DAY = 86_400_000;
const BANK_DIR = 'questions/banks';
const banks: Bank[] = readdirSync(BANK_DIR)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(join(BANK_DIR, f), 'utf8')) as Bank);
const questions = new Map(
	banks.flatMap((bank) => bank.questions.map((q) => [q.id, { question: q, bank }] as const))
);

/**
 * A prompt as the study screen's text reads: the cloze blank is the word "blank", and the
 * drawn blank may leave a space before the punctuation after it.
 */
function shown(prompt: string): string {
	return prompt
		.replace(/_{3,}/, 'blank')
		.replace(/\s+/g, ' ')
		.replace(/ ([,.;:?!])/g, '$1')
		.trim();
}

/** Clicks an export button in Settings and returns the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const started = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file: Download = await started;
	const stream = await file.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Columns by header name, so the checks read like the file. */
function table(text: string) {
	expect(text.startsWith('\uFEFF'), 'spreadsheet files start with a byte order mark').toBe(true);
	const [header, ...rows] = parseCsv(text.slice(1));
	return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('the cards and review-log CSVs hold exactly what was answered', async ({ page }) => {
	const prompts = await answerQuestions(page, ['Hard', 'Easy', 'Good']);
	await page.goto('/settings');
	await expect(mainHeading(page, 'Settings')).toBeVisible();

	const cards = await download(page, 'Cards (CSV)');
	expect(cards.name).toBe(`footnote-cards-${today()}.csv`);
	await expect(page.getByRole('status').filter({ hasText: 'Saved footnote-cards' })).toHaveText(
		`Saved footnote-cards-${today()}.csv: 3 cards.`
	);
	const cardRows = table(cards.text);
	expect(cardRows).toHaveLength(3);
	for (const row of cardRows) {
		const known = questions.get(row['Question id']!);
		expect(known, `question ${row['Question id']} is in a shipped bank`).toBeDefined();
		expect(row.Prompt).toBe(known!.question.prompt);
		expect(row.Answer).toBe(known!.question.answer);
		expect(row.Document).toBe(known!.bank.document.title);
		expect(row['Document id']).toBe(known!.bank.document.id);
		expect(row.Kind).toBe('date');
		expect(row.Reps).toBe('1');
		expect(row.Retired).toBe('false');
		expect(Date.parse(row.Due!)).toBeGreaterThan(Date.now() - 60_000);
		expect(row['Last review']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
	}
	expect(cardRows.map((r) => shown(r.Prompt!)).sort()).toEqual(prompts.map(shown).sort());

	const log = await download(page, 'Review log (CSV)');
	expect(log.name).toBe(`footnote-review-log-${today()}.csv`);
	const reviews = table(log.text);
	expect(reviews).toHaveLength(3);
	// Oldest first, in the order the questions were answered, with the rating each was given.
	expect(reviews.map((r) => shown(r.Prompt!))).toEqual(prompts.map(shown));
	expect(reviews.map((r) => r.Rating)).toEqual(['hard', 'easy', 'good']);
	expect(reviews.map((r) => r['Question id']).sort()).toEqual(
		cardRows.map((r) => r['Question id']).sort()
	);
	for (const review of reviews) {
		expect(review['Answer mode']).toBe('choice');
		expect(review.Counted).toBe('true');
		expect(review['State before']).toBe('new');
		expect(['true', 'false']).toContain(review.Correct);
		const options = questions.get(review['Question id']!)!.question;
		expect([options.answer, ...options.distractors]).toContain(review['Answer given']);
		expect(review.Correct).toBe(String(review['Answer given'] === options.answer));
	}
});

test('the Anki deck holds every question, with the header lines Anki reads', async ({ page }) => {
	await page.goto('/settings');
	const deck = await download(page, 'Anki deck (CSV)');
	expect(deck.name).toBe(`footnote-anki-deck-${today()}.csv`);
	const lines = deck.text.split('\r\n');
	expect(lines.slice(0, 6)).toEqual([
		'#separator:Comma',
		'#html:true',
		'#notetype:Basic',
		'#guid column:1',
		'#deck column:4',
		'#tags column:5'
	]);
	const notes = parseCsv(lines.slice(6).join('\r\n'));
	expect(notes).toHaveLength(questions.size);
	expect(new Set(notes.map((n) => n[0])).size).toBe(questions.size);

	// A question whose answer is bound to be in its evidence span, shown in bold.
	const [id, { question, bank }] = [...questions].find(([, { question: q }]) => q.kind === 'date')!;
	const note = notes.find((n) => n[0] === `footnote:${id}`);
	expect(note).toBeDefined();
	const [, front, back, deckName, tags] = note!;
	const escape = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	expect(front).toBe(escape(question.prompt));
	expect(deckName).toBe(`Footnote::${bank.document.title}`);
	expect(tags).toBe(`date ${bank.document.id}`);
	const paragraph = bank.document.paragraphs.find((p) => p.id === question.source.paragraph)!;
	const evidence = paragraph.text.slice(question.source.start, question.source.end);
	expect(back).toContain(`<b>${escape(evidence)}</b>`);
	expect(back!.startsWith(`${escape(question.answer)}<br><br>`)).toBe(true);
	expect(back!.endsWith(`<i>${escape(bank.document.title)}</i>`)).toBe(true);
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
		`Saved footnote-anki-deck-${today()}.csv: ${questions.size} notes.`
	);
});

/** Sets the last backup once, before the app first loads; later writes by the app stand. */
async function lastBackedUp(page: Page, daysAgo: number) {
	await page.addInitScript(
		(iso) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem('footnote:last-backup', iso);
		},
		new Date(Date.now() - daysAgo * DAY).toISOString()
	);
}

const reminder = (page: Page) => page.getByRole('region', { name: 'Back up your progress' });

/** Opens Today and waits until the reminder has made up its mind. */
async function openToday(page: Page) {
	await page.goto('/');
	await expect(page.getByTestId('due-count')).toBeVisible();
	await expect(page.locator('[data-backup-reminder]')).not.toHaveAttribute(
		'data-backup-reminder',
		'checking'
	);
}

test('no reminder for someone who has never studied, nor right after studying', async ({
	page
}) => {
	await openToday(page);
	await expect(page.locator('[data-backup-reminder]')).toHaveAttribute(
		'data-backup-reminder',
		'quiet'
	);
	await expect(reminder(page)).toHaveCount(0);

	await answerQuestions(page, ['Good']);
	await openToday(page);
	await expect(reminder(page)).toHaveCount(0);
});

test('an old backup and new progress bring the reminder; "Back up now" downloads and ends it', async ({
	page
}) => {
	await lastBackedUp(page, 30);
	await openToday(page);
	// An old backup alone is no reason: nothing has changed since.
	await expect(reminder(page)).toHaveCount(0);

	await answerQuestions(page, ['Good', 'Easy']);
	await openToday(page);
	await expect(reminder(page)).toBeVisible();
	await expect(reminder(page)).toContainText('Your last backup was 4 weeks ago.');
	await expect(reminder(page)).toContainText('Your progress lives only in this browser');

	const started = page.waitForEvent('download');
	await reminder(page).getByRole('button', { name: 'Back up now' }).click();
	const file = await started;
	expect(file.suggestedFilename()).toBe(`footnote-backup-${today()}.json`);
	const backup = JSON.parse(readFileSync(await file.path(), 'utf8'));
	expect(backup.format).toBe('footnote-backup');
	expect(backup.tables.reviews).toHaveLength(2);
	await expect(reminder(page)).toHaveCount(0);
	await expect(page.getByText('Backup saved.')).toBeFocused();

	await openToday(page);
	await expect(reminder(page)).toHaveCount(0);
	const stored = await page.evaluate(() => localStorage.getItem('footnote:last-backup'));
	expect(Date.now() - Date.parse(stored!)).toBeLessThan(60_000);
});

test('"Remind me later" puts the reminder away for three days', async ({ page }) => {
	await lastBackedUp(page, 9);
	await answerQuestions(page, ['Good']);
	await openToday(page);
	await expect(reminder(page)).toContainText('Your last backup was 9 days ago.');

	await reminder(page).getByRole('button', { name: 'Remind me later' }).click();
	await expect(reminder(page)).toHaveCount(0);
	await expect(page.getByText('We will remind you again in 3 days.')).toBeFocused();

	await openToday(page);
	await expect(reminder(page)).toHaveCount(0);
	const until = await page.evaluate(() =>
		localStorage.getItem('footnote:backup-reminder-snoozed-until')
	);
	expect(Date.parse(until!) - Date.now()).toBeGreaterThan(3 * DAY - 60_000);
	expect(Date.parse(until!) - Date.now()).toBeLessThanOrEqual(3 * DAY);
});

test('a week after the first answer with no backup at all, the reminder says so', async ({
	page
}) => {
	await answerQuestions(page, ['Good']);
	await page.clock.setSystemTime(Date.now() + 8 * DAY);
	await openToday(page);
	await expect(reminder(page)).toContainText('You have not made a backup yet.');
});
