import { expect, test } from 'vitest';
import { actorGenerator, namesAPerson } from './actor.ts';
import { contextOf } from './test-context.ts';
import { allCandidates } from '../generate-bank.ts';

/** The "Who was ...?" questions of a text, as "answer: prompt". */
function roleQuestions(text: string): string[] {
	return actorGenerator
		.generate(contextOf(text))
		.filter((c) => /^Who (was|is described as) /.test(c.prompt))
		.map((c) => `${c.answer}: ${c.prompt}`);
}

test.each<[string, string[]]>([
	[
		'Ada Norby, inventor of the keyed Velden pipes, lived and worked in the town.',
		['Ada Norby: Who was the inventor of the keyed Velden pipes?']
	],
	[
		'Karl Olden, president of the Federation of Velden Millers, called a strike.',
		['Karl Olden: Who was president of the Federation of Velden Millers?']
	],
	// A surname alone is half an answer; one the text gives in full is answered in full.
	['Norby, former Professor of History at the University of Velden, retired in 1990.', []],
	[
		'Ada Norby wrote a history. Later Norby, former Professor of History at the University of Velden, retired.',
		['Ada Norby: Who is described as former Professor of History at the University of Velden?']
	],
	// What the appositive names is no person: a seat, a town, a work.
	['The main loss was Velden Ridge, the seat of former party leader Karl Olden, to the Greens.', []]
])('%s', (text, expected) => {
	expect(roleQuestions(text)).toEqual(expected);
});

test.each([
	['the seat of former party leader Karl Olden', false],
	['the capital of the province', false],
	['president of the Federation of Velden Millers', true],
	['the daughter of a Velden miller', true],
	['a leading designer of steam pumps', true],
	['the oldest settlement of the valley', false],
	['a descendant of the first miller', true]
])('"%s" names a person: %s', (appositive, expected) => {
	expect(namesAPerson(appositive)).toBe(expected);
});

test.each([
	[
		'Karl Olden was elected on the regional list and the Greens suffered a net loss of five seats.',
		false
	],
	['Karl Olden was elected on the regional list and later returned to Velden.', true]
])('a who-question never spans a second clause: %s', (text, asked) => {
	const prompts = actorGenerator.generate(contextOf(text)).map((c) => c.prompt);
	expect(prompts.some((q) => q.startsWith('Who was elected'))).toBe(asked);
});

test('a second clause inside what was said is part of it', () => {
	const text = 'Karl Olden said that the threat had worked and bombs were not needed.';
	const prompts = actorGenerator.generate(contextOf(text)).map((c) => c.prompt);
	expect(prompts).toContain('Who said that the threat had worked and bombs were not needed?');
});

test.each([
	['The pilot was Karl F. Olden, Jr. and he flew the mission.', 'Karl F. Olden'],
	['The mill was founded by Karl F. Olden in the valley.', undefined]
])('a name with its suffix after the blank is not cut: %s', (text, cut) => {
	const answers = actorGenerator.generate(contextOf(text)).map((c) => c.answer);
	expect(answers.includes('Karl F. Olden')).toBe(cut === undefined);
});

test('the end of a name built with "of" is no blank of its own', () => {
	const text =
		'In 1923 Karl Olden, Archbishop of Canterbury, opened the National Gallery of Ireland in Dublin.';
	const prompts = allCandidates(contextOf(text)).map((c) => c.prompt);
	expect(prompts.filter((q) => /\bof _____/.test(q))).toEqual([]);
});
