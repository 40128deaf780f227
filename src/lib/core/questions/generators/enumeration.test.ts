import { expect, test } from 'vitest';
import { enumerationGenerator, findEnumeration } from './enumeration.ts';
import { contextOf } from './test-context.ts';

test.each([
	[
		'There are three major types of rock: igneous, sedimentary, and metamorphic.',
		'What are the three major types of rock?',
		'igneous, sedimentary, and metamorphic',
		'term'
	],
	[
		'There were two kinds of guild in Velden: merchant guilds and craft guilds.',
		'What were the two kinds of guild in Velden?',
		'merchant guilds and craft guilds',
		'term'
	],
	[
		'The Velden Diet had three standing committees: finance, justice and trade.',
		'What three standing committees did the Velden Diet have?',
		'finance, justice and trade',
		'term'
	],
	// Places counted out are places.
	[
		'Velden has two major bus stations: Haymarket bus station and Eldon bus station.',
		'What two major bus stations does Velden have?',
		'Haymarket bus station and Eldon bus station',
		'place'
	]
])('%s', (text, prompt, list, kind) => {
	expect(findEnumeration(text)).toEqual({ prompt, list, kind });
});

test.each([
	// The count and the list disagree.
	'There are three major types of rock: igneous and sedimentary.',
	// An item is a clause, not a name.
	'There are two reasons for this: the river was low, and the mill was closed.',
	// The subject points back.
	'It has three parts: a head, a body and a tail.',
	// No count.
	'There are many kinds of rock: igneous, sedimentary and metamorphic.'
])('no list question from %s', (text) => {
	expect(findEnumeration(text)).toBeUndefined();
});

test('the card is a flip card whose answer is the list as the text gives it', () => {
	const [c] = enumerationGenerator.generate(
		contextOf(
			'Rocks are old. There are three major types of rock: igneous, sedimentary, and metamorphic.'
		)
	);
	expect(c).toMatchObject({
		kind: 'term',
		prompt: 'What are the three major types of rock?',
		answer: 'Igneous, sedimentary, and metamorphic',
		selfGraded: true
	});
});
