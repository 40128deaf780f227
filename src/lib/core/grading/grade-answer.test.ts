import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Bank, QuestionKind } from '../questions/types.ts';
import { gradeChoice, gradeTypedAnswer, normaliseAnswer } from './index.ts';

const QUESTIONS: Record<
	QuestionKind,
	{ answer: string; accept?: string[]; distractors: string[] }
> = {
	date: { answer: 'September 2003', distractors: ['November 2003', 'July 2003'] },
	number: { answer: '$12bn', distractors: ['$9bn', '$6bn', '$18bn'] },
	actor: { answer: 'Paul Bremer', accept: ['Bremer'], distractors: ['Dick Cheney'] },
	place: { answer: 'Fallujah', distractors: ['Baghdad', 'Mosul'] },
	term: { answer: 'Order 39', distractors: ['Order 49', 'Liberation Act'] },
	cause: { answer: 'Restrictions and poverty', distractors: [] }
};
const KINDS = Object.keys(QUESTIONS) as QuestionKind[];
const ask = (kind: QuestionKind) => ({ kind, ...QUESTIONS[kind] });

test.each(KINDS)('%s: the answer itself is right', (kind) => {
	expect(gradeTypedAnswer(ask(kind), QUESTIONS[kind].answer)).toEqual({
		correct: true,
		slip: false
	});
});

test.each(KINDS)('%s: the answer in other case and spacing is right', (kind) => {
	const reply = `  ${QUESTIONS[kind].answer.toUpperCase()}\t`;
	expect(gradeTypedAnswer(ask(kind), reply).correct).toBe(true);
});

test.each(
	KINDS.flatMap((kind) => ['', '   ', '\n\t', '…', '?!', '\u200b', '--'].map((r) => [kind, r]))
)('%s: %j is no answer', (kind, reply) => {
	expect(gradeTypedAnswer(ask(kind as QuestionKind), reply)).toEqual({
		correct: false,
		slip: false,
		note: 'No answer given'
	});
});

test.each(KINDS.flatMap((kind) => QUESTIONS[kind].distractors.map((d) => [kind, d] as const)))(
	'%s: the distractor %j typed is wrong',
	(kind, distractor) => {
		expect(gradeTypedAnswer(ask(kind), distractor).correct).toBe(false);
		expect(gradeTypedAnswer(ask(kind), distractor.toLowerCase()).correct).toBe(false);
	}
);

test.each(KINDS)('%s: a huge reply is refused at once', (kind) => {
	const answer = QUESTIONS[kind].answer;
	const replies = [
		'x'.repeat(10_000),
		`${answer} `.repeat(1_000),
		`${'a '.repeat(5_000)}${answer}`,
		'é'.repeat(10_000),
		'9'.repeat(10_000),
		`${' '.repeat(10_000)}${answer}${' '.repeat(10_000)}`
	];
	const start = performance.now();
	for (const reply of replies) {
		const result = gradeTypedAnswer(ask(kind), reply, { known: ['Bremmer', 'Falluja'] });
		// Spaces around an answer are trimmed away; anything else this long is no answer.
		expect(result.correct).toBe(reply.trim() === answer);
	}
	expect(performance.now() - start).toBeLessThan(250);
});

test('a long reply within the limit is still graded quickly', () => {
	const question = {
		kind: 'term' as const,
		answer: 'Stryker Brigade Combat Team',
		distractors: []
	};
	const known = Array.from({ length: 2_000 }, (_, i) => `Brigade ${i}`);
	const start = performance.now();
	for (let i = 0; i < 20; i++) {
		expect(
			gradeTypedAnswer(question, 'Stryker Brigade Combat Tema '.repeat(3), { known }).correct
		).toBe(false);
		expect(gradeTypedAnswer(question, 'Stryker Brigade Combat Tema', { known }).slip).toBe(true);
	}
	expect(performance.now() - start).toBeLessThan(1_500);
});

test.each<[QuestionKind, string, boolean]>([
	['place', 'Fa\u0301llujah', true],
	['place', 'ＦＡＬＬＵＪＡＨ', true],
	['place', 'Fal\u00adlujah', true],
	['place', 'Fallujah\u200d', true],
	['place', 'Fallujah 🙂', true],
	['place', '\u202eFallujah', true],
	['place', 'Фаллуджа', false],
	['actor', 'Paul\u00a0Bremer', true],
	['actor', 'Paul\u2009Bremer', true],
	['actor', 'Brémer', true],
	['term', 'Order\u00a039', true],
	['term', 'Order ３９', true],
	['term', 'Order ٣٩', false],
	['date', 'September\u00a02003', true],
	['number', '$１２bn', true],
	['number', '$12\u00a0bn', true]
])('%s: Unicode oddity %j -> %s', (kind, reply, correct) => {
	expect(gradeTypedAnswer(ask(kind), reply).correct).toBe(correct);
});

test('grading is deterministic', () => {
	const replies = ['Bremmer', 'Paul', 'Sept 2003', '£12bn', 'Falluja', 'Order 38', 'poverty'];
	for (const kind of KINDS) {
		for (const reply of replies) {
			const first = gradeTypedAnswer(ask(kind), reply, { known: ['Brenner'] });
			expect(gradeTypedAnswer(ask(kind), reply, { known: ['Brenner'] })).toEqual(first);
		}
	}
});

test('known names never help a wrong reply', () => {
	const q = ask('actor');
	expect(gradeTypedAnswer(q, 'Cheney', { known: ['Cheney', 'Bremer'] }).correct).toBe(false);
	expect(gradeTypedAnswer(q, 'Bremer', { known: ['Bremer'] }).correct).toBe(true);
});

test.each([
	['Paul Bremer', 'Paul Bremer', true],
	['Paul Bremer', '  Paul Bremer ', true],
	['Paul Bremer', 'paul bremer', false],
	['Paul Bremer', 'Bremer', false],
	['Paul Bremer', 'Dick Cheney', false],
	['$12bn', '$12bn', true],
	['$12bn', '12 billion dollars', false],
	['Shi’ites', "Shi'ites", false],
	['2003', '2004', false],
	['', '', true]
])('choice of %j: %j is %s', (answer, choice, correct) => {
	expect(gradeChoice({ answer }, choice)).toEqual({ correct, slip: false });
});

test('normaliseAnswer is exported for the database and the interface', () => {
	expect(normaliseAnswer('  The Shi’ite  Militia! ')).toBe('shiite militia');
});

const banksDir = new URL('../../../../questions/banks/', import.meta.url);
const banks: Bank[] = readdirSync(banksDir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(new URL(f, banksDir), 'utf8')) as Bank);

test('every bank question accepts its answer and aliases and refuses its distractors', () => {
	expect(banks.length).toBeGreaterThan(0);
	let checked = 0;
	for (const bank of banks) {
		for (const question of bank.questions) {
			const known = bank.questions
				.filter((q) => q !== question && q.kind === question.kind)
				.flatMap((q) => [q.answer, ...q.distractors]);
			const grade = (reply: string) => gradeTypedAnswer(question, reply, { known });
			expect(grade(question.answer), question.answer).toEqual({ correct: true, slip: false });
			for (const alias of question.accept ?? []) {
				expect(grade(alias).correct, `${question.answer} / ${alias}`).toBe(true);
			}
			for (const distractor of question.distractors) {
				expect(grade(distractor).correct, `${question.answer} / ${distractor}`).toBe(false);
			}
			expect(grade('').correct).toBe(false);
			checked++;
		}
	}
	expect(checked).toBe(banks.reduce((sum, bank) => sum + bank.questions.length, 0));
	expect(checked).toBeGreaterThan(50);
});
