/**
 * The student's side of an assigned quiz, against a link made the way the teacher's app makes it
 * (with a teacher key pair held here, in the test): a name, answers saved as given, a reload that
 * resumes, the rest answered offline, and a sealed receipt that only the teacher's key opens with
 * the right score. Damaged links get a page that says so. Each test has its own browser context.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	createAssignmentId,
	encodeAssignmentLink,
	exportPublicKey,
	generateTeacherKeys,
	openReceipt,
	randomBytes,
	type Assignment
} from '../../src/lib/core/assign/index.ts';
import { ByteWriter, crc32, toBase64Url } from '../../src/lib/core/assign/bytes.ts';
import { encodePayload } from '../../src/lib/core/assign/link-codec.ts';
import type { Bank, Paragraph, Question } from '../../src/lib/core/questions/types.ts';
import { APP_URL } from '../chromium.ts';
import { readTable, waitForServiceWorker } from './helpers.ts';

const bank = JSON.parse(readFileSync('questions/banks/end-of-the-war-in-iraq.json', 'utf8'));

async function makeLink(overrides: Partial<Assignment> = {}) {
	const keys = await generateTeacherKeys();
	const questions = bank.questions.filter((q: { kind: string }) => q.kind === 'date').slice(0, 5);
	const assignment: Assignment = {
		v: 1,
		id: createAssignmentId(randomBytes(9)),
		title: 'Iraq: dates to know',
		instructions: 'Answer on your own. You have one attempt.',
		mode: 'choice',
		shuffle: false,
		feedback: 'immediate',
		items: questions.map((q: { id: string }) => ({ ref: q.id })),
		teacherKey: await exportPublicKey(keys.publicKey),
		...overrides
	};
	return { assignment, keys, questions, link: encodeAssignmentLink(assignment, APP_URL) };
}

/**
 * A link framed as the app frames one, but with no check of what it carries: what a hand-made
 * link or an older version of the app could hold, which the app's own encoder refuses to write.
 */
function uncheckedLink(assignment: Assignment): string {
	const payload = encodePayload(assignment);
	const head = new ByteWriter().u8(0).varint(payload.length).bytes(payload).result();
	const crc = crc32(head);
	const tail = Uint8Array.of(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
	return `${APP_URL}/a#1.${toBase64Url(new ByteWriter().bytes(head).bytes(tail).result())}`;
}

/** Picks the right option for the question on screen (its answer is known), or a wrong one. */
async function answer(page: Page, answerText: string, right: boolean) {
	const card = page.getByRole('article', { name: 'Question' });
	const options = card.getByRole('list', { name: 'Options' }).getByRole('button');
	const texts = await options.allInnerTexts();
	const index = texts.findIndex((t) => (t.split('\n')[1] === answerText) === right);
	await options.nth(index).click();
	await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
}

test('a student takes an assignment, resumes after a reload, finishes offline and hands in a sealed receipt', async ({
	page,
	context
}) => {
	const { assignment, keys, questions, link } = await makeLink();
	// The questions keep the teacher's order (shuffle is off), so the test knows each answer.
	const answers: string[] = questions.map((q: { answer: string }) => q.answer);
	await page.goto(APP_URL);
	await waitForServiceWorker(page);

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: assignment.title })).toBeVisible();
	await page.getByLabel('Your name').fill('Amira Haddad');
	await page.getByRole('button', { name: 'Start' }).click();

	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await answer(page, answers[0]!, true);
	await page.getByRole('button', { name: 'Next' }).click();
	await answer(page, answers[1]!, false);

	// Closing the tab or reloading resumes at the next unanswered question.
	await page.reload();
	await expect(page.getByText('Question 3 of 5')).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Question 3 of 5')).toBeVisible();
	for (let i = 2; i < 5; i++) {
		await answer(page, answers[i]!, true);
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByText('You answered 5 of 5 questions')).toBeVisible();
	await page.getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();
	await expect(page.getByText('4 of 5')).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code of your receipt/ })).toBeVisible();

	const receiptLink = await page.getByLabel('Your receipt', { exact: true }).inputValue();
	expect(receiptLink).toContain('/r#');
	const opened = await openReceipt(receiptLink, keys.privateKey, assignment.id);
	expect(opened.ok).toBe(true);
	if (opened.ok) {
		expect(opened.receipt.name).toBe('Amira Haddad');
		expect(opened.receipt.score).toEqual({ correct: 4, total: 5 });
		expect(opened.receipt.answers.map((a) => a.correct)).toEqual([true, false, true, true, true]);
	}

	// Submitted stays submitted, and the questions joined the student's own deck.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();
	await page.goto(`${APP_URL}/`);
	await expect(page.getByTestId('streak')).toHaveText('1');
});

test('feedback after submitting shows nothing until the end', async ({ page }) => {
	const { link } = await makeLink({ feedback: 'after' });
	await page.goto(link);
	await page.getByLabel('Your name').fill('Jo');
	await page.getByRole('button', { name: 'Start' }).click();
	const card = page.getByRole('article', { name: 'Question' });
	await card.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	await expect(page.getByText('Question 2 of 5')).toBeVisible();
	await expect(card.getByRole('heading', { level: 3 })).toHaveCount(0);
});

for (const [what, mangle] of [
	['truncated', (l: string) => l.slice(0, -20)],
	['hand-edited', (l: string) => l.replace(/#1\.(.)/, (_, c) => `#1.${c === 'A' ? 'B' : 'A'}`)],
	['from a newer version', (l: string) => l.replace('#1.', '#9.')],
	['empty', (l: string) => l.slice(0, l.indexOf('#'))]
] as const) {
	test(`a ${what} link opens a page that says so`, async ({ page }) => {
		const { link } = await makeLink();
		await page.goto(mangle(link));
		await expect(
			page.getByRole('heading', { name: 'This assignment link does not work' })
		).toBeVisible();
		await expect(page.getByRole('alert')).not.toBeEmpty();
	});
}

test('a link whose question repeats an option is refused, not opened onto a broken quiz', async ({
	page
}) => {
	const q = bank.questions.find((q: { distractors: string[] }) => q.distractors.length >= 3);
	const paragraph = bank.document.paragraphs.find(
		(p: { id: string }) => p.id === q.source.paragraph
	);
	const repeated = { ...q, distractors: [q.distractors[0], q.distractors[0], q.answer] };
	const { assignment } = await makeLink();
	const items = [{ q: repeated, paragraph, documentTitle: bank.document.title }];
	await page.goto(uncheckedLink({ ...assignment, items }));
	await expect(
		page.getByRole('heading', { name: 'This assignment link does not work' })
	).toBeVisible();
	await expect(page.getByRole('alert')).not.toBeEmpty();
});

test('the assignment screens have no accessibility violations', async ({ page }) => {
	const { link } = await makeLink();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(link);
		const check = async () =>
			(
				await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze()
			).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
		if (colorScheme === 'light') {
			await expect(page.getByLabel('Your name')).toBeVisible();
			expect(await check()).toEqual([]);
			await page.getByLabel('Your name').fill('Sam');
			await page.getByRole('button', { name: 'Start' }).click();
		}
		await expect(page.getByRole('article', { name: 'Question' })).toBeVisible();
		expect(await check()).toEqual([]);
	}
});

/**
 * A document the student imported themselves, as the import screen saves it: a shipped bank's
 * text under other ids, so its questions are the student's own and no shipped bank has them.
 */
function studentsOwnBank(): Bank {
	const shipped = JSON.parse(readFileSync('questions/banks/iraq-falling-apart.json', 'utf8'));
	const own = (id: string) => `${id}-own`;
	return {
		...shipped,
		document: {
			...shipped.document,
			id: 'reading-notes-4f2a91',
			title: 'Reading notes',
			source: 'pasted text',
			paragraphs: shipped.document.paragraphs.map((p: Paragraph) => ({ ...p, id: own(p.id) }))
		},
		questions: shipped.questions.map((q: Question) => ({
			...q,
			id: own(q.id),
			source: { ...q.source, paragraph: own(q.source.paragraph) }
		}))
	};
}

/** Writes a row straight into a table of the app's database (the app has made the tables). */
function putRow(page: Page, table: string, row: unknown) {
	return page.evaluate(
		([name, value]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('footnote');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(name as string, 'readwrite');
					tx.objectStore(name as string).put(value);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[table, row] as const
	);
}

test('submitting questions from a text the student imported leaves their document whole', async ({
	page
}) => {
	const own = studentsOwnBank();
	await page.goto(APP_URL);
	await expect(page.getByTestId('streak')).toBeVisible();
	await putRow(page, 'documents', { id: own.document.id, bank: own, importedAt: Date.now() });

	// The teacher imported the same text: the link carries three of its questions whole.
	const carried = own.questions.filter((q) => q.distractors.length >= 2).slice(0, 3);
	const { link } = await makeLink({
		feedback: 'after',
		items: carried.map((q) => ({
			q,
			paragraph: own.document.paragraphs.find((p) => p.id === q.source.paragraph)!,
			documentTitle: 'Iraq, falling apart'
		}))
	});
	await page.goto(link);
	await page.getByLabel('Your name').fill('Tomasz Wren');
	await page.getByRole('button', { name: 'Start' }).click();
	const card = page.getByRole('article', { name: 'Question' });
	for (let i = 1; i <= carried.length; i++) {
		await expect(page.getByText(`Question ${i} of ${carried.length}`)).toBeVisible();
		await card.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
	}
	await page.getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();

	// The answers join the deck after the receipt is shown: as the student's own cards.
	const cards = () => readTable<{ id: string; documentId: string; retired: number }>(page, 'cards');
	await expect
		.poll(async () => (await cards()).map((c) => [c.id, c.documentId, c.retired]).sort())
		.toEqual(carried.map((q) => [q.id, own.document.id, 0]).sort());
	const documents = await readTable<{ id: string; bank: Bank }>(page, 'documents');
	expect(documents.map((d) => d.id)).toEqual([own.document.id]);
	expect(documents[0]?.bank).toEqual(own);
});

test('a link with the id of an assignment already started but other content is refused', async ({
	page
}) => {
	const { assignment, link } = await makeLink({ feedback: 'after' });
	await page.goto(link);
	await page.getByLabel('Your name').fill('Ines Varga');
	await page.getByRole('button', { name: 'Start' }).click();
	await page
		.getByRole('article', { name: 'Question' })
		.getByRole('list', { name: 'Options' })
		.getByRole('button')
		.first()
		.click();
	await expect(page.getByText('Question 2 of 5')).toBeVisible();

	// The same id, fewer questions and another key: a link someone changed.
	const swapped = await makeLink({ id: assignment.id, items: assignment.items.slice(0, 1) });
	await page.goto(swapped.link);
	await expect(
		page.getByRole('heading', { name: 'This assignment link does not work' })
	).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('already started');

	// The link first opened still resumes where it was.
	await page.goto(link);
	await expect(page.getByText('Question 2 of 5')).toBeVisible();
});
