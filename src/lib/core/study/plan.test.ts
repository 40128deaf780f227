import { expect, test } from 'vitest';
import { buildChoices, chooseMode, countByParagraph, pickPracticeQuestions } from './plan.ts';
import { hashString, shuffle } from './shuffle.ts';
import type { Question } from '../questions/types.ts';

function question(id: string, overrides: Partial<Question> = {}): Question {
	return {
		id,
		kind: 'date',
		prompt: `Prompt ${id}`,
		answer: `Answer ${id}`,
		distractors: ['A', 'B', 'C'],
		source: { paragraph: 'p1', start: 0, end: 5 },
		...overrides
	};
}

test('shuffles are deterministic per seed and keep every item', () => {
	const items = Array.from({ length: 20 }, (_, i) => i);
	expect(shuffle(items, 'x')).toEqual(shuffle(items, 'x'));
	expect(shuffle(items, 'x')).not.toEqual(shuffle(items, 'y'));
	expect([...shuffle(items, 'x')].sort((a, b) => a - b)).toEqual(items);
	expect(hashString('abc')).toBe(hashString('abc'));
});

test('causes are always flipped', () => {
	const cause = question('c', { kind: 'cause', distractors: [] });
	for (const pref of ['auto', 'choice', 'typed'] as const) {
		expect(chooseMode(cause, undefined, pref)).toBe('flip');
	}
});

test.each([
	// A definition: no wrong options and a phrase to recall.
	['term', [], 'A period of mass executions between 1793 and 1794', 'flip'],
	['term', [], 'An assembly of the three estates', 'flip'],
	// Four words or fewer can still be typed.
	['term', [], 'the National Assembly', 'typed'],
	['actor', [], 'Maximilien de Robespierre', 'typed'],
	// Wrong options make it a choice, however long the answer.
	['term', ['A', 'B', 'C'], 'A period of mass executions between 1793 and 1794', 'choice']
] as const)(
	'a %s with %j wrong options answered "%s" is asked as %s',
	(kind, distractors, answer, mode) => {
		const q = question('q', { kind, distractors: [...distractors], answer });
		expect(chooseMode(q, undefined, 'auto')).toBe(mode);
		if (mode === 'flip') {
			expect(chooseMode(q, undefined, 'typed')).toBe('flip');
			expect(chooseMode(q, { state: 'review' }, 'choice')).toBe('flip');
		}
	}
);

test('auto asks new cards as choices and known cards as typed recall', () => {
	const q = question('q');
	expect(chooseMode(q, undefined, 'auto')).toBe('choice');
	expect(chooseMode(q, { state: 'learning' }, 'auto')).toBe('choice');
	expect(chooseMode(q, { state: 'review' }, 'auto')).toBe('typed');
	expect(chooseMode(q, { state: 'relearning' }, 'auto')).toBe('typed');
});

test('a question without enough distractors is typed', () => {
	const q = question('q', { distractors: ['only one'] });
	expect(chooseMode(q, undefined, 'auto')).toBe('typed');
	expect(chooseMode(q, undefined, 'choice')).toBe('typed');
	expect(chooseMode(question('q'), undefined, 'typed')).toBe('typed');
});

test('choices hold the answer and at most three distractors, in a stable order', () => {
	const q = question('q', { distractors: ['A', 'B', 'C', 'D', 'Answer q'] });
	const choices = buildChoices(q, 's');
	expect(choices).toHaveLength(4);
	expect(choices).toContain('Answer q');
	expect(new Set(choices).size).toBe(4);
	expect(buildChoices(q, 's')).toEqual(choices);
});

test('choices never repeat an option, even when the stored question does', () => {
	const q = question('q', { distractors: ['A', 'A', ' Answer q', 'a', 'B', 'C'] });
	const choices = buildChoices(q, 's');
	expect([...choices].sort()).toEqual(['A', 'Answer q', 'B', 'C']);
	expect(chooseMode(question('q', { distractors: ['A', 'A '] }), undefined, 'choice')).toBe(
		'typed'
	);
});

test('practice picks by kind, paragraph and count', () => {
	const qs = [
		question('1'),
		question('2', { kind: 'actor' }),
		question('3', { kind: 'actor', source: { paragraph: 'p2', start: 0, end: 1 } }),
		question('4', { source: { paragraph: 'p2', start: 0, end: 1 } })
	];
	expect(
		pickPracticeQuestions(qs, { kinds: ['actor'], seed: 's' })
			.map((q) => q.id)
			.sort()
	).toEqual(['2', '3']);
	expect(pickPracticeQuestions(qs, { paragraph: 'p2', seed: 's' }).map((q) => q.id)).toEqual([
		'3',
		'4'
	]);
	expect(pickPracticeQuestions(qs, { count: 2, seed: 's' })).toHaveLength(2);
	expect(pickPracticeQuestions(qs, { kinds: ['place'], seed: 's' })).toEqual([]);
});

test('counts questions per paragraph', () => {
	const qs = [
		question('1'),
		question('2'),
		question('3', { source: { paragraph: 'p2', start: 0, end: 1 } })
	];
	expect([...countByParagraph(qs)]).toEqual([
		['p1', 2],
		['p2', 1]
	]);
});
