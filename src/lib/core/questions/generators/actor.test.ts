import { expect, test } from 'vitest';
import { actorGenerator } from './actor.ts';
import { contextOf } from './test-context.ts';

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
	]
])('%s', (text, expected) => {
	expect(roleQuestions(text)).toEqual(expected);
});
