import { describe, expect, it } from 'vitest';
import type { Question } from '$core/questions/types.ts';
import { validateAssignment } from '$core/assign/index.ts';
import { generateTeacherKeys, exportPublicKey } from '$core/assign/index.ts';
import {
	buildAssignment,
	checkBuilder,
	excerpt,
	filterCandidates,
	paragraphsWithQuestions,
	type BuilderSettings
} from './builder.ts';
import { bank } from './teach-fixtures.ts';

const settings: BuilderSettings = {
	title: '  Westphalia ',
	instructions: '',
	mode: 'choice',
	shuffle: true,
	feedback: 'immediate',
	due: '',
	timeLimitMin: null
};

describe('filterCandidates', () => {
	it('filters by document, kind and paragraph', () => {
		const all = {
			documentIds: ['doc-a'],
			kinds: ['date', 'place', 'actor'] as const,
			paragraphId: ''
		};
		expect(
			filterCandidates([bank], { ...all, kinds: [...all.kinds] }).map((c) => c.question.id)
		).toEqual(['q1', 'q2', 'q3']);
		expect(
			filterCandidates([bank], { ...all, kinds: ['actor'] }).map((c) => c.question.id)
		).toEqual(['q3']);
		expect(
			filterCandidates([bank], { ...all, kinds: [...all.kinds], paragraphId: 'p1' }).map(
				(c) => c.question.id
			)
		).toEqual(['q1', 'q2']);
		expect(filterCandidates([bank], { ...all, kinds: [...all.kinds], documentIds: [] })).toEqual(
			[]
		);
	});

	it('lists the paragraphs that have questions', () => {
		expect(paragraphsWithQuestions([bank], ['doc-a']).map((p) => p.id)).toEqual(['p1', 'p2']);
		expect(paragraphsWithQuestions([bank], ['doc-a'])[0]?.label).toMatch(/^¶1: The treaty/);
	});
});

describe('excerpt', () => {
	it('cuts at a word boundary', () => {
		expect(excerpt('short', 10)).toBe('short');
		expect(excerpt('one two three four five', 12)).toBe('one two…');
	});
});

describe('checkBuilder', () => {
	it('asks for a title, a question and a sensible time limit', () => {
		expect(checkBuilder({ ...settings, title: ' ', timeLimitMin: 0 }, [], {})).toEqual([
			'Give the assignment a title.',
			'Choose at least one question.',
			'The time limit must be a whole number of minutes from 1 to 600.'
		]);
		expect(checkBuilder(settings, ['q1'], {})).toEqual([]);
	});

	it('refuses multiple choice when an imported question has no wrong options', () => {
		expect(checkBuilder({ ...settings, mode: 'choice' }, ['q1', 'q2'], {}, 2)).toEqual([
			'2 chosen questions have no wrong options to choose from: ask for typed answers, or leave them out.'
		]);
		expect(checkBuilder({ ...settings, mode: 'typed' }, ['q1', 'q2'], {}, 2)).toEqual([]);
	});
});

describe('buildAssignment', () => {
	it('builds a valid assignment with only real rewordings', async () => {
		const teacherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);
		const assignment = buildAssignment({
			id: 'abcdefghijkl',
			teacherKey,
			settings: { ...settings, due: '2025-05-01', timeLimitMin: 15, instructions: ' Read first. ' },
			picked: bank.questions,
			edits: { q1: ' The treaty dates from _____. ', q2: 'Where was the treaty signed?', q3: '  ' }
		});
		expect(assignment.items).toEqual([
			{ ref: 'q1', edit: { prompt: 'The treaty dates from _____.' } },
			{ ref: 'q2' },
			{ ref: 'q3' }
		]);
		expect(assignment).toMatchObject({
			title: 'Westphalia',
			instructions: 'Read first.',
			due: '2025-05-01',
			timeLimitMin: 15
		});
		expect(validateAssignment(assignment).ok).toBe(true);
	});

	it('carries questions of imported documents whole, rewording included', async () => {
		const teacherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);
		const [first, second] = bank.questions as [Question, Question];
		const assignment = buildAssignment({
			id: 'abcdefghijkl',
			teacherKey,
			settings,
			picked: [first, second],
			edits: { [first.id]: 'Reworded?' },
			banks: [bank],
			imported: new Set([bank.document.id])
		});
		const paragraph = bank.document.paragraphs.find((p) => p.id === first.source.paragraph);
		expect(assignment.items[0]).toEqual({
			q: { ...first, prompt: 'Reworded?' },
			paragraph,
			documentTitle: bank.document.title
		});
		expect(assignment.items[1]).toMatchObject({ q: second });
		expect(validateAssignment(assignment).ok).toBe(true);
	});

	it('leaves empty optional fields out', () => {
		const assignment = buildAssignment({
			id: 'abcdefghijkl',
			teacherKey: 'k',
			settings,
			picked: [bank.questions[0]!],
			edits: {}
		});
		expect(
			'instructions' in assignment || 'due' in assignment || 'timeLimitMin' in assignment
		).toBe(false);
	});
});
