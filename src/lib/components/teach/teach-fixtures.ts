// Fixed data for this folder's tests: a tiny bank and receipts with known answers.
import type { Assignment, Receipt } from '$core/assign/index.ts';
import type { Bank } from '$core/questions/types.ts';

export const bank: Bank = {
	schema: 1,
	document: {
		id: 'doc-a',
		title: 'Document A',
		source: 'a.md',
		paragraphs: [
			{ id: 'p1', text: 'The treaty was signed in 1648 at Münster, ending the long war.' },
			{ id: 'p2', text: 'Wallenstein commanded the imperial army until his murder at Eger.' }
		]
	},
	generator: { version: 'test' },
	questions: [
		{
			id: 'q1',
			kind: 'date',
			prompt: 'The treaty was signed in _____.',
			answer: '1648',
			distractors: ['1618', '1650'],
			source: { paragraph: 'p1', start: 25, end: 29 }
		},
		{
			id: 'q2',
			kind: 'place',
			prompt: 'Where was the treaty signed?',
			answer: 'Münster',
			distractors: ['Prague', 'Vienna'],
			source: { paragraph: 'p1', start: 33, end: 40 }
		},
		{
			id: 'q3',
			kind: 'actor',
			prompt: 'Who commanded the imperial army?',
			answer: 'Wallenstein',
			distractors: ['Tilly', 'Gustavus'],
			source: { paragraph: 'p2', start: 0, end: 11 }
		}
	]
};

export const TEACHER_KEY = 'A'.repeat(44);

export const assignment: Assignment = {
	v: 1,
	id: 'abcdefgh',
	title: 'Peace of Westphalia',
	mode: 'typed',
	shuffle: false,
	feedback: 'after',
	items: [
		{ ref: 'q1' },
		{ ref: 'q2', edit: { prompt: 'Name the city of the treaty.' } },
		{ ref: 'q3' }
	],
	teacherKey: TEACHER_KEY
};

function receipt(
	receiptId: string,
	name: string,
	answers: [item: number, given: string, correct: boolean, ms: number][]
): Receipt {
	const correct = answers.filter((a) => a[2]).length;
	return {
		v: 1,
		assignmentId: assignment.id,
		receiptId,
		name,
		submittedAt: '2025-03-04T10:00:00.000Z',
		answers: answers.map(([item, given, ok, ms]) => ({ item, given, correct: ok, ms })),
		score: { correct, total: 3 }
	};
}

export const receipts: Receipt[] = [
	receipt('r-ana', 'Ana', [
		[0, '1648', true, 10_000],
		[1, 'Münster', true, 20_000],
		[2, 'Tilly', false, 30_000]
	]),
	receipt('r-ben', 'Ben, "the quick"', [
		[0, '1618', false, 5_000],
		[1, 'prague', false, 5_000],
		[2, 'Wallenstein', true, 5_000]
	]),
	receipt('r-cy', 'Cy', [
		[0, '1618 ', false, 1_000],
		[1, 'Prague', false, 1_000]
		// Cy never answered the last question.
	])
];
