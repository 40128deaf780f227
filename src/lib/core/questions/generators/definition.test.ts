import { expect, test } from 'vitest';
import { definitionGenerator, definitionHead } from './definition.ts';
import { contextOf } from './test-context.ts';

/** The definition questions of a short text, as prompt and answer. */
function definitions(text: string, title = 'A history'): [string, string][] {
	return definitionGenerator
		.generate(contextOf(text, undefined, title))
		.map((c) => [c.prompt, c.answer]);
}

test.each([
	[
		'The Reign of Terror was a period of mass executions between September 1793 and July 1794.',
		'What was the Reign of Terror?',
		'A period of mass executions between September 1793 and July 1794'
	],
	[
		'The Estates-General, an assembly of representatives of the three orders of French society, had not met since 1614.',
		'What was the Estates-General, according to the text?',
		'An assembly of representatives of the three orders of French society'
	],
	[
		'The National Convention, the assembly elected to write a new constitution, declared France a republic.',
		'What was the National Convention, according to the text?',
		'The assembly elected to write a new constitution'
	],
	[
		'The spinning jenny, a hand-powered machine that spun several threads at once, was invented around 1764.',
		'What was the spinning jenny, according to the text?',
		'A hand-powered machine that spun several threads at once'
	],
	[
		'The Public Health Act of 1848 created a central Board of Health, a body that could advise towns on drainage.',
		'What was the Board of Health, according to the text?',
		'A body that could advise towns on drainage'
	],
	[
		'In 1996, a more conservative and anti-democratic Islamist movement known as the Taliban rose to power.',
		'What was the Taliban, according to the text?',
		'A more conservative and anti-democratic Islamist movement'
	],
	[
		'Luddism was a movement of textile workers who destroyed machinery in protest against low wages.',
		'What was Luddism, according to the text?',
		'A movement of textile workers who destroyed machinery in protest against low wages'
	],
	[
		'The Satsuma Rebellion of 1877 was the last and largest uprising of discontented samurai.',
		'What was the Satsuma Rebellion of 1877?',
		'The last and largest uprising of discontented samurai'
	],
	[
		'In 1930 Congress passed the Smoot–Hawley Tariff Act, a law that raised duties on thousands of imported goods.',
		'What was the Smoot–Hawley Tariff Act, according to the text?',
		'A law that raised duties on thousands of imported goods'
	],
	[
		'Roosevelt promised a New Deal, a programme of relief, recovery and reform.',
		'What was the New Deal, according to the text?',
		'A programme of relief, recovery and reform'
	],
	[
		'Quinine, a drug made from the bark of the cinchona tree, protected Europeans against malaria.',
		'What was quinine, according to the text?',
		'A drug made from the bark of the cinchona tree'
	],
	[
		'The term mercantilism refers to an economic policy that aimed to increase a nation’s exports.',
		'What is mercantilism, according to the text?',
		'An economic policy that aimed to increase a nation’s exports'
	]
])('%s', (text, prompt, answer) => {
	expect(definitions(text)).toEqual([[prompt, answer]]);
});

test.each([
	// A person, a people or a place is not a term.
	'Johann Tetzel, a Dominican friar and papal commissioner for indulgences, was sent to Germany.',
	'Mohamed Morsi, an Islamist democrat of the Muslim Brotherhood, was elected president.',
	'The Bastille, a royal fortress and prison in eastern Paris, held only seven prisoners.',
	'The Huns, a nomadic people from the steppes of central Asia, moved westward in the 370s.',
	'The Vistula River is the specific axis of the city and its parks.',
	// Too short to be worth a card, or a clause rather than a noun phrase.
	'The storming of the Bastille was a turning point.',
	'After an unmanned test flight AS-206, a crew would fly the first Block II module.',
	'The SAMA Festival, an East Asian cultural festival is also held in early October.',
	// A list, not an appositive; a described word, not a definition.
	'Honorary freemen include Bob Geldof, Alan Shearer, the late Nelson Mandela and the Royal Shakespeare Company.',
	'The different Islamist movements have been described as oscillating between two poles of thought.',
	// A capitalised opening word is not a name.
	'Since the Quaternary is a very short period with short epochs, it is expanded in the fourth scale.',
	// Two names and one definition; the short form of a longer name.
	'Velden and the Old Gate, a city gate built between 1464 and 1478, are on the coins.',
	'The Authority, an agency of the Ostish government headquartered in Velden, manages the park.',
	// One common noun after "The" stands for something named before.
	'The cycle is an arrangement of components as is typically used for simple power production.'
])('no definition: %s', (text) => {
	expect(definitions(text)).toEqual([]);
});

test('the document’s own subject is not asked', () => {
	expect(
		definitions(
			'The French Revolution was a period of political and social upheaval in France.',
			'The French Revolution'
		)
	).toEqual([]);
});

test.each([
	['a period of mass executions between 1793 and 1794', 'period'],
	['a music festival held on the quayside', 'festival'],
	['a hand-powered machine that spun threads', 'machine']
])('the head of "%s" is %s', (definition, head) => {
	expect(definitionHead(definition)).toBe(head);
});
