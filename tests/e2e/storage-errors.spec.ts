/**
 * A full disk, for real: the DevTools protocol gives the app's origin a one-byte quota, so
 * IndexedDB writes fail with QuotaExceededError. An answer given then (in a review session, and
 * in a student's assignment) gets a message that says what happened and what to do, stays on
 * screen, is not recorded, survives a reload, and is recorded exactly once when "Try again"
 * works. Publishing an assignment, restoring a backup and changing a setting keep what the person
 * did, too. The error states are checked with axe here, where they are reached. Each test has its
 * own browser context; every limit is lifted before the test ends.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	createAssignmentId,
	encodeAssignmentLink,
	exportPublicKey,
	generateTeacherKeys,
	randomBytes,
	type Assignment
} from '../../src/lib/core/assign/index.ts';
import { APP_URL } from '../chromium.ts';
import { axeViolations, limitStorage, readTable, setNewPerDay } from './helpers.ts';

const FULL =
	'Your device is out of storage space, so this answer is not saved yet. Free some space, then press Try again.';

const question = (page: Page) => page.getByRole('article', { name: 'Question' });

/** Answers the question on screen with its first option, or reveals it and grades it Good. */
async function answerFirst(page: Page): Promise<void> {
	const card = question(page);
	const options = card.getByRole('list', { name: 'Options' });
	const reveal = card.getByRole('button', { name: 'Show answer' });
	await expect(options.or(reveal)).toBeVisible();
	if (await reveal.isVisible()) {
		await reveal.click();
		await page.getByRole('button', { name: /^Good/ }).click();
	} else {
		await options.getByRole('button').first().click();
	}
	await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
}

test('a review answer on a full disk is kept on screen, survives a reload and is saved once', async ({
	page
}) => {
	await setNewPerDay(page, 3);
	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('3');
	await page.goto('/study/session?mode=choice');
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	const prompt = await question(page).getByRole('heading', { level: 2 }).innerText();
	const lift = await limitStorage(page);

	await answerFirst(page);
	await expect(page.getByRole('alert')).toContainText(FULL);
	// The answer stays in view, the session waits, and nothing reached the log.
	await expect(question(page).getByRole('heading', { level: 2 })).toHaveText(prompt);
	await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
	expect(await readTable(page, 'reviews')).toHaveLength(0);

	// Leaving asks first: inside the app with a question, out of it with the browser's own.
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.type());
		void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
	});
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect.poll(() => dialogs).toEqual(['confirm']);
	await expect(page).toHaveURL(/\/study\/session/);
	await page.reload();
	expect(dialogs).toEqual(['confirm', 'beforeunload']);

	// After the reload the answer is still there, still unsaved, and can be saved again.
	await expect(question(page).getByRole('heading', { level: 2 })).toHaveText(prompt);
	await expect(question(page).getByRole('heading', { level: 3 })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('This answer is not saved yet.');
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toContainText(FULL);
	expect(await readTable(page, 'reviews')).toHaveLength(0);

	await lift();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText(/Question 2 of \d/)).toBeVisible();
	const log = await readTable<{ cardId: string }>(page, 'reviews');
	expect(log).toHaveLength(1);

	await page.goto('/');
	await expect(page.getByTestId('new-count')).toHaveText('2');
	expect(await readTable(page, 'reviews')).toHaveLength(1);
	expect(await readTable(page, 'cards')).toHaveLength(1);
});

const bank = JSON.parse(readFileSync('questions/banks/end-of-the-war-in-iraq.json', 'utf8'));

async function makeLink(overrides: Partial<Assignment> = {}) {
	const keys = await generateTeacherKeys();
	const questions = bank.questions.filter((q: { kind: string }) => q.kind === 'date').slice(0, 3);
	const assignment: Assignment = {
		v: 1,
		id: createAssignmentId(randomBytes(9)),
		title: 'Iraq: dates to know',
		mode: 'choice',
		shuffle: false,
		feedback: 'immediate',
		items: questions.map((q: { id: string }) => ({ ref: q.id })),
		teacherKey: await exportPublicKey(keys.publicKey),
		...overrides
	};
	return { assignment, link: encodeAssignmentLink(assignment, APP_URL) };
}

/** The answers of the student's attempt, as saved on the device. */
async function savedAnswers(page: Page) {
	const [attempt] = await readTable<{ answers: { item: number; given: string }[] }>(
		page,
		'attempts'
	);
	return attempt?.answers ?? [];
}

test("a student's answer on a full disk waits on screen and is saved once when space is back", async ({
	page
}) => {
	// Starting writes the attempt: the limit takes half a minute to bite (see limitStorage).
	test.setTimeout(120_000);
	const { assignment, link } = await makeLink();
	await page.goto(link);
	await page.getByLabel('Your name').fill('Amira Haddad');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	const lift = await limitStorage(page, { afterWrites: true });

	const options = question(page).getByRole('list', { name: 'Options' }).getByRole('button');
	const chosen = (await options.first().innerText()).split('\n')[1]!;
	await options.first().click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(FULL);
	await expect(alert).toContainText(`Your answer: ${chosen}`);
	await expect(options.first()).toBeDisabled();
	expect(await savedAnswers(page)).toEqual([]);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page)).toEqual([]);
	}

	// A reload (the browser asks first) brings the unsaved answer back, not a blank question.
	page.on('dialog', (dialog) => void dialog.accept());
	await page.reload();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await expect(alert).toContainText('This answer is not saved yet.');
	await expect(alert).toContainText(`Your answer: ${chosen}`);

	await lift();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(question(page).getByRole('heading', { level: 3 })).toBeVisible();
	await expect(alert).toHaveCount(0);
	expect(await savedAnswers(page)).toEqual([expect.objectContaining({ item: 0, given: chosen })]);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();

	await page.reload();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	expect(await savedAnswers(page)).toHaveLength(1);
	expect(assignment.items).toHaveLength(3);
});

test('publishing an assignment on a full disk keeps the form, and publishing again works', async ({
	page
}) => {
	await page.goto('/teach');
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
	await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
	await page.getByLabel('Number of questions').fill('5');
	await page.getByRole('button', { name: 'Pick 5 at random' }).click();
	await page.getByLabel('Title (required)').fill('Full disk check');
	const lift = await limitStorage(page);

	await page.getByRole('button', { name: 'Publish 5 questions' }).click();
	await expect(
		page.getByText('Your device is out of storage space, so the assignment is not published yet.')
	).toBeVisible();
	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.getByLabel('Title (required)')).toHaveValue('Full disk check');
	expect(await readTable(page, 'published')).toHaveLength(0);

	await lift();
	await page.getByRole('button', { name: 'Publish 5 questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full disk check' })).toBeVisible();
	expect(await readTable(page, 'published')).toHaveLength(1);
});

test('a setting changed while localStorage is full applies, says it is not saved, and saves later', async ({
	page
}) => {
	await page.goto('/settings');
	const perDay = page.getByLabel('New questions per day');
	await expect(perDay).toBeVisible();
	// Fill this origin's localStorage to the brim, the way a crowded device leaves it.
	await page.evaluate(() => {
		const chunk = 'x'.repeat(512 * 1024);
		for (let i = 0; i < 200; i++) {
			try {
				localStorage.setItem(`filler-${i}`, chunk);
			} catch {
				break;
			}
		}
		// Less than one chunk is left: halving pieces leave less than the smallest one.
		for (let size = 256 * 1024; size >= 16; size /= 2) {
			try {
				localStorage.setItem(`filler-small-${size}`, 'x'.repeat(size));
			} catch {
				// Full at this size: try smaller pieces.
			}
		}
	});
	await perDay.fill('7');
	await perDay.press('Tab');
	await expect(page.getByRole('alert')).toHaveText(
		'Your device is out of storage space, so this change is not saved yet. Free some space, then change the setting again. Until then it applies in this tab only.'
	);
	await expect(perDay).toHaveValue('7');
	expect(await axeViolations(page)).toEqual([]);

	await page.evaluate(() => {
		for (const key of Object.keys(localStorage)) {
			if (key.startsWith('filler-')) localStorage.removeItem(key);
		}
	});
	await perDay.fill('8');
	await perDay.press('Tab');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await expect(page.getByLabel('New questions per day')).toHaveValue('8');
});

test('restoring a backup on a full disk changes nothing, and restoring again works', async ({
	browser
}, testInfo) => {
	const first = await browser.newContext();
	const page = await first.newPage();
	await setNewPerDay(page, 2);
	await page.goto('/study/session?practice=1&mode=choice&count=2&counted=1&kinds=date');
	for (let i = 0; i < 2; i++) {
		await question(page).getByRole('list', { name: 'Options' }).getByRole('button').first().click();
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
	await fresh.getByLabel('Restore from a backup file').setInputFiles(file);
	const merge = fresh.getByRole('button', { name: 'Merge into this device' });
	const lift = await limitStorage(fresh);
	await merge.click();
	await expect(
		fresh.getByText(
			'Your device is out of storage space, so the backup is not restored yet. Free some space, then restore it again. Nothing on this device was changed.'
		)
	).toBeVisible();
	expect(await readTable(fresh, 'cards')).toHaveLength(0);
	expect(await readTable(fresh, 'reviews')).toHaveLength(0);

	// The checked file is still chosen: one press restores it once there is room.
	await lift();
	await merge.click();
	await expect(
		fresh.getByText('Merged: the backup was added to what this device had.')
	).toBeVisible();
	expect(await readTable(fresh, 'cards')).toHaveLength(2);
	expect(await readTable(fresh, 'reviews')).toHaveLength(2);
	await second.close();
});
