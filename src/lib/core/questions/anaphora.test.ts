import { expect, test } from 'vitest';
import { pointsBack, titleWordsOf } from './anaphora.ts';
import { dateGenerator } from './generators/date.ts';
import { contextOf } from './generators/test-context.ts';

/** What the date question on the last sentence of `text` points back to, if anything. */
function backOf(text: string, title = 'A history'): string | undefined {
	const context = contextOf(text, undefined, title);
	const last = context.paragraphs[context.paragraphs.length - 1];
	const c = dateGenerator
		.generate(context)
		.filter((x) => x.paragraph === last?.index)
		.pop();
	if (!c) throw new Error('no date question');
	return pointsBack(c, context, titleWordsOf(title));
}

test.each<[string, string, string | undefined, string?]>([
	[
		'a law by its kind alone',
		'Parliament passed the Velden Reform Act after a long debate. The Act was repealed in 1851.',
		'The Act'
	],
	[
		'allies the text before made',
		'Ostmark and Velden signed an alliance against the king. In 1368 the allies sacked the capital.',
		'the allies'
	],
	[
		'a noun the sentence before used',
		'The Velden mission carried three crew to orbit. The mission was cancelled in 1968.',
		'The mission'
	],
	[
		'the last word of a longer name',
		'The Norby Market replaced an older market by the river. The Market was rebuilt in 1835.',
		'The Market'
	],
	[
		'the head of a name told before',
		'Ostmark planned the Velden High Dam on the river. The bank withdrew its offer. Karl Olden seized the canal on 26 July 1956 to pay for the dam.',
		'the dam'
	],
	[
		'a year does not say which either',
		'Mount Velk is the best known volcano of Ostmark. The eruption of 1947 began on 29 March and lasted thirteen months.',
		'The eruption'
	],
	[
		'a party, a team: one the text before named',
		'Hizb al-Norby was founded in Velden by Ada Norby. The party did poorly in the elections of 1985.',
		'The party'
	],
	[
		'a phrase that says which',
		'The Velden mission carried three crew. The mission of the Ostish navy ended in 1968.',
		undefined
	],
	[
		'a noun not used before',
		'The Velden mission carried three crew. The harbour was rebuilt in 1968.',
		undefined
	],
	[
		'the subject of the title',
		'The Velden railway carried coal. The railway was closed in 1968.',
		undefined,
		'Velden railway'
	],
	[
		'one of many happenings, not named before by that noun',
		'The Velden fair is held every June. The event has its origins in the 1880s.',
		'The event'
	],
	[
		'a date does not say which',
		'The Ostmark plan was presented to the council. At the launch in March 2013, Ada Norby spoke.',
		'the launch'
	],
	[
		'a happening the text before told of in other words',
		'Oxygen was first isolated by Ada Norby. Norby is given priority for the discovery because he published in 1774.',
		'the discovery'
	],
	[
		'a happening the verb before told of',
		'Ada Norby returned to Velden by ship. The return was celebrated in 1820.',
		'The return'
	],
	[
		'a noun in front of the head that the text before used',
		'Norby Park was laid out by the river. In 1820 the park grounds were opened to all.',
		'the park grounds'
	],
	[
		'a clause that says which',
		'A pump lifted water from the mine. In 1698 Ada Norby patented an engine that heated the water being lifted.',
		undefined
	],
	[
		'a name of its own',
		'The Ostish Reformation began in Velden. The Reformation ended in 1648.',
		undefined
	]
])('%s', (_, text, expected, title) => {
	expect(backOf(text, title)).toBe(expected);
});
