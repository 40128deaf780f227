import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/parse-csv.ts';
import { toCsv } from './csv.ts';
import { CARD_COLUMNS, REVIEW_COLUMNS, cardRow, reviewRow, type QuestionIndex } from './exports.ts';
import type { CardRecord, ReviewRecord } from './scheduling/card-record.ts';
import type { Bank, Question } from './questions/types.ts';

const question: Question = {
	id: 'q-1',
	kind: 'date',
	prompt: 'When was the treaty signed, and where?',
	answer: '=1648',
	distractors: [],
	source: { paragraph: 'p1', start: 0, end: 4 }
};

const document: Bank['document'] = {
	id: 'doc-a',
	title: 'Peace, "at last"',
	source: 'a.md',
	paragraphs: [{ id: 'p1', text: '1648 saw peace.' }]
};

const index: QuestionIndex = {
	questionById: new Map([['q-1', { question, documentId: 'doc-a' }]]),
	bankById: new Map([['doc-a', { document }]])
};

const card: CardRecord = {
	id: 'q-1',
	documentId: 'doc-a',
	kind: 'date',
	due: Date.UTC(2025, 2, 10, 8),
	stability: 3.123456789,
	difficulty: 5.5,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 1,
	state: 'review',
	lastReview: Date.UTC(2025, 2, 7, 8),
	retired: 0
};

describe('cardRow', () => {
	it('joins the card with its question and document, one value per column', () => {
		const row = cardRow(card, index);
		expect(row).toHaveLength(CARD_COLUMNS.length);
		expect(Object.fromEntries(CARD_COLUMNS.map((c, i) => [c, row[i]]))).toEqual({
			'Question id': 'q-1',
			'Document id': 'doc-a',
			Document: 'Peace, "at last"',
			Kind: 'date',
			Prompt: 'When was the treaty signed, and where?',
			Answer: '=1648',
			State: 'review',
			Due: '2025-03-10T08:00:00.000Z',
			Stability: 3.1235,
			Difficulty: 5.5,
			Reps: 2,
			Lapses: 1,
			'Last review': '2025-03-07T08:00:00.000Z',
			Retired: false
		});
	});

	it('keeps a retired card whose question is gone, with the prompt left empty', () => {
		const gone: CardRecord = { ...card, id: 'q-gone', retired: 1, lastReview: undefined };
		const [parsed] = parseCsv(toCsv([cardRow(gone, index)]));
		expect(parsed).toEqual([
			'q-gone',
			'doc-a',
			'Peace, "at last"',
			'date',
			'',
			'',
			'review',
			'2025-03-10T08:00:00.000Z',
			'3.1235',
			'5.5',
			'2',
			'1',
			'',
			'true'
		]);
	});

	it('survives CSV quoting, with formulas defused', () => {
		const [header, parsed] = parseCsv(toCsv([CARD_COLUMNS, cardRow(card, index)]));
		expect(header).toEqual([...CARD_COLUMNS]);
		expect(parsed?.[2]).toBe('Peace, "at last"');
		expect(parsed?.[4]).toBe('When was the treaty signed, and where?');
		expect(parsed?.[5]).toBe("'=1648");
	});
});

describe('reviewRow', () => {
	const review: ReviewRecord = {
		id: 7,
		cardId: 'q-1',
		documentId: 'doc-a',
		kind: 'date',
		rating: 'hard',
		correct: true,
		answer: 'in 1648,\n"I think"',
		mode: 'typed',
		durationMs: 4321.4,
		reviewedAt: Date.UTC(2025, 2, 10, 8),
		counted: true,
		previous: card
	};

	it('writes when, what, how it went and the card as it stood before', () => {
		const row = reviewRow(review, index);
		expect(row).toHaveLength(REVIEW_COLUMNS.length);
		expect(Object.fromEntries(REVIEW_COLUMNS.map((c, i) => [c, row[i]]))).toEqual({
			'Reviewed at': '2025-03-10T08:00:00.000Z',
			'Question id': 'q-1',
			'Document id': 'doc-a',
			Document: 'Peace, "at last"',
			Kind: 'date',
			Prompt: 'When was the treaty signed, and where?',
			'Correct answer': '=1648',
			'Answer given': 'in 1648,\n"I think"',
			Correct: true,
			Rating: 'hard',
			'Answer mode': 'typed',
			'Time taken (ms)': 4321,
			Counted: true,
			'State before': 'review',
			'Stability before': 3.1235,
			'Difficulty before': 5.5,
			'Days since previous review': 3,
			'Review id': 7
		});
		const [parsed] = parseCsv(toCsv([row]));
		expect(parsed?.[7]).toBe('in 1648,\n"I think"');
	});

	it('marks a first meeting as new, with nothing before it', () => {
		const row = reviewRow({ ...review, previous: null, cardId: 'q-gone', counted: false }, index);
		const named = Object.fromEntries(REVIEW_COLUMNS.map((c, i) => [c, row[i]]));
		expect(named['State before']).toBe('new');
		expect(named['Stability before']).toBeUndefined();
		expect(named['Days since previous review']).toBeUndefined();
		expect(named.Prompt).toBeUndefined();
		expect(named.Counted).toBe(false);
	});
});
