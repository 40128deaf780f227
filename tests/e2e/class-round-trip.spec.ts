/**
 * An assigned quiz from end to end, with the teacher and the student in separate browser
 * contexts (separate devices, as far as storage goes): the teacher publishes; the student opens
 * the link, answers offline and submits; the receipt goes back to the teacher, whose report shows
 * the right score. Nothing passes between them but the two links.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { decodeAssignmentLink, isImportedItem } from '../../src/lib/core/assign/index.ts';
import type { Question } from '../../src/lib/core/questions/types.ts';
import { waitForServiceWorker } from './helpers.ts';

const questionsById = new Map<string, Question>(
	readdirSync('questions/banks').flatMap((file) =>
		(JSON.parse(readFileSync(`questions/banks/${file}`, 'utf8')).questions as Question[]).map(
			(q) => [q.id, q] as const
		)
	)
);

/**
 * Chooses an option for the question on screen, telling it apart by its set of options. A
 * question without distractors shows its answer alone, so it can only be answered right.
 * @returns whether the option chosen was wrong
 */
async function answerOnScreen(page: Page, questions: Question[], right: boolean) {
	const options = page
		.getByRole('article', { name: 'Question' })
		.getByRole('list', { name: 'Options' });
	const texts = (await options.getByRole('button').allInnerTexts()).map((t) => t.split('\n')[1]!);
	// The options are exactly the answer and its first three distractors: a set that tells the
	// question apart even when two questions share an answer or a distractor.
	const same = (q: Question) => {
		const expected = [q.answer, ...q.distractors.slice(0, 3)];
		return expected.length === texts.length && expected.every((t) => texts.includes(t));
	};
	const question = questions.find(same)!;
	const wanted = texts.findIndex((t) => (t === question.answer) === right);
	const index = wanted >= 0 ? wanted : texts.indexOf(question.answer);
	await options.getByRole('button').nth(index).click();
	const next = page.getByRole('button', { name: 'Next' });
	if (await next.isVisible()) await next.click();
	return texts[index] !== question.answer;
}

test('teacher publishes, student answers offline, the receipt brings the right score back', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const studentContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const student = await studentContext.newPage();

	await teacher.goto('/teach');
	await teacher.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
	await teacher.getByLabel('Number of questions').fill('6');
	await teacher.getByRole('button', { name: 'Pick 6 at random' }).click();
	await teacher.getByLabel('Title (required)').fill('Friday check');
	await teacher.getByRole('button', { name: 'Publish 6 questions' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: 'Friday check' })).toBeVisible();
	const link = await teacher.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	// The key's fingerprint, to compare with the one the students see.
	const fingerprint = await teacher.getByTestId('teacher-key').locator('code').innerText();
	expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

	const decoded = decodeAssignmentLink(link);
	if (!decoded.ok) throw new Error(decoded.message);
	const questions = decoded.assignment.items.map((item) => {
		if (isImportedItem(item)) throw new Error('a shipped bank gives shipped items');
		return questionsById.get(item.ref)!;
	});
	// Typed mode would need typed answers; the builder's default asks multiple choice.
	expect(decoded.assignment.mode).toBe('choice');

	// The student has opened the app once before, so it is installed for offline use.
	await student.goto('/');
	await waitForServiceWorker(student);
	await studentContext.setOffline(true);
	await student.goto(link);
	await expect(student.getByTestId('teacher-key').locator('code')).toHaveText(fingerprint);
	await student.getByLabel('Your name').fill('Noor');
	await student.getByRole('button', { name: 'Start' }).click();
	// One wrong answer, from the third question on.
	let wrong = 0;
	for (let i = 0; i < 6; i++) {
		await expect(student.getByText(`Question ${i + 1} of 6`)).toBeVisible();
		if (await answerOnScreen(student, questions, i < 2 || wrong > 0)) wrong++;
	}
	expect(wrong).toBe(1);
	await student.getByRole('button', { name: 'Submit' }).click();
	await expect(student.getByRole('heading', { name: 'Submitted' })).toBeVisible();
	const receipt = await student.getByLabel('Your receipt', { exact: true }).inputValue();

	await teacher.getByLabel('Receipt links (one or many)').fill(receipt);
	await teacher.getByRole('button', { name: 'Add receipts' }).click();
	const students = teacher.getByRole('region', { name: "Students' scores" });
	await expect(students).toContainText('Noor');
	await expect(students).toContainText('5/6');
	await expect(students).toContainText('83%');

	// Opening the receipt link itself on the teacher's device adds it too, once.
	await teacher.goto(receipt);
	await expect(teacher.getByRole('alert')).toContainText('already collected');
	await teacher.getByRole('link', { name: 'See the class report' }).click();
	await expect(
		teacher.getByRole('region', { name: "Students' scores" }).getByRole('row')
	).toHaveCount(2);

	await teacherContext.close();
	await studentContext.close();
});
