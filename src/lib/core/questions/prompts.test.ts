import { expect, test } from 'vitest';
import { baseForm, previousPerson } from './prompts.ts';
import { contextOf } from './generators/test-context.ts';
import { rejectionOf } from './filters.ts';
import { personSort } from './distractors.ts';
import type { Candidate } from './candidate.ts';

test('keeps the source spelling of a verb in its base form', () => {
	expect(baseForm('organised', 'organize')).toBe('organise');
	expect(baseForm('organized', 'organize')).toBe('organize');
	expect(baseForm('analysed', 'analyze')).toBe('analyse');
	expect(baseForm('announced', 'announce')).toBe('announce');
});

const candidate = (kind: Candidate['kind'], prompt: string, answer: string): Candidate => ({
	kind,
	prompt,
	answer,
	paragraph: 0,
	sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
	answerStart: 0,
	answerEnd: 0,
	score: 1
});

test('rejects a prompt that names a distinctive word of its answer', () => {
	expect(
		rejectionOf(
			candidate(
				'place',
				'Hamas, which governs the _____, could see Egypt opening its border with Gaza.',
				'Gaza Strip'
			)
		)
	).toBe('answer-in-prompt');
	expect(
		rejectionOf(
			candidate(
				'actor',
				'In 2010, _____, vice president Joe Biden’s wife, visited schools.',
				'Jill Biden'
			)
		)
	).toBe('answer-in-prompt');
	// A generic head ("Forces") in lower case is not the name.
	expect(
		rejectionOf(
			candidate(
				'term',
				'Patriots in the armed forces are cooperating with the _____, Iraqi militias.',
				'Popular Mobilisation Forces'
			)
		)
	).toBeUndefined();
});

test('sorts people so that distractors are of the same sort', () => {
	expect(personSort('another union leader')).toBe('union');
	expect(personSort("the oil union's general secretary")).toBe('union');
	expect(personSort('Lt Gen')).toBe('military');
	expect(personSort('vice president Joe Biden’s wife')).toBe('relative');
	expect(personSort('defence secretary')).toBe('politics');
	expect(personSort('the archbishop of Mainz')).toBe('religious');
	expect(personSort('physicist')).toBe('science');
});

test.each([
	['Ada Norby built the first mill at Velden. He sold it in 1820.', 'Ada Norby'],
	['Ada Norby prayed that God would spare the mill. He sold it in 1820.', 'Ada Norby'],
	['The sermon said that God forgives. He sold the mill in 1820.', undefined]
])('"he" in %s is %s', (text, expected) => {
	const context = contextOf(text);
	const p = context.paragraphs[0]!;
	expect(previousPerson(context, p, p.sentences[1]!)).toBe(expected);
});

test.each([
	// The nearest sentence that names anyone, when the ones between name nobody.
	[
		'Ada Norby built the first mill at Velden. The mill burned in 1815. He sold it in 1820.',
		'A history',
		'Ada Norby'
	],
	[
		'Ada Norby built the mill. Otto Berg bought the farm. He sold it in 1820.',
		'A history',
		undefined
	],
	// In a document about a person, that person when nobody else is named.
	[
		'Ada Norby was a miller.\n\nThe river rose. The mill flooded. The wheel broke. The roof fell. He sold it in 1820.',
		'Ada Norby',
		'Ada Norby'
	],
	[
		'Ada Norby was a miller.\n\nThe river rose. The mill flooded. The wheel broke. The roof fell. He sold it in 1820.',
		'Mills of Velden',
		undefined
	],
	[
		'Ada Norby was a miller.\n\nOtto Berg came. The mill flooded. The wheel broke. The roof fell. He sold it in 1820.',
		'Ada Norby',
		undefined
	],
	// A new paragraph of a life: the last person named before it may not be who "he" is.
	[
		'Ada Norby was a miller. She read the treatise of Otto Berg.\n\nIn 1820 he sold the mill.',
		'Ada Norby',
		undefined
	],
	[
		'Ada Norby was a miller. She read the treatise of Otto Berg.\n\nIn 1820 he sold the mill.',
		'Mills of Velden',
		'Otto Berg'
	],
	// A name of unknown sort as the subject of the sentence before may be who "he" is.
	[
		'In 1580 the minister, Otto Berg, raised the tax.\n\nVelkar is remembered for his tolerance. He abolished the tax in 1564.',
		'Mills of Velden',
		undefined
	],
	[
		'In 1580 the minister, Otto Berg, raised the tax.\n\nYears of war followed. He abolished the tax in 1564.',
		'Mills of Velden',
		'Otto Berg'
	],
	// In a life, the surname alone is the person the document is titled after.
	[
		'The engineer was born in 1790.\n\nHer brother, Karl Velt, died in 1795.\n\nIn 1813 Velt built a mill. She sold it in 1820.',
		'Ada Velt',
		'Ada Velt'
	]
])('"he" at the end of %j (titled %s) is %s', (text, title, expected) => {
	const context = contextOf(text, undefined, title);
	const p = context.paragraphs[context.paragraphs.length - 1]!;
	expect(previousPerson(context, p, p.sentences[p.sentences.length - 1]!)).toBe(expected);
});
