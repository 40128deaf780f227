import { describe, expect, test } from 'vitest';
import { derivable, numberGenerator, withoutConversion } from './number.ts';
import { contextOf } from './test-context.ts';

describe('withoutConversion', () => {
	test.each([
		['It weighed about _____ pounds (5,560 kg) in all.', 'It weighed about _____ pounds in all.'],
		['Its winds reached _____ mph (180 km/h).', 'Its winds reached _____ mph.'],
		['The average height is _____ mm (5 ft 3 in).', 'The average height is _____ mm.'],
		[
			'Lines were converted to _____ mm (4 ft 8 1⁄2 in) gauge.',
			'Lines were converted to _____ mm gauge.'
		],
		['Out of _____ (£5.8bn), most was lost.', 'Out of _____, most was lost.'],
		[
			'The tower is _____ m tall (the tallest in 1900).',
			'The tower is _____ m tall (the tallest in 1900).'
		]
	])('%s', (prompt, expected) => {
		expect(withoutConversion(prompt)).toBe(expected);
	});
});

describe('derivable', () => {
	test.each([
		[131, 'The chamber has 129 seats for members and 2 for others, _____ in all.', false, true],
		[34, 'Of 638,000 people, 219,000 were Jews (around _____ percent).', true, true],
		[73, 'Of the 129 MSPs, _____ are elected in constituencies.', false, false],
		[44, 'There are 22 electorates with 2 members each, _____ members in all.', false, true],
		[
			35.7,
			'Of them 56.2% were Catholics, _____ Jews, 5% Orthodox and 2.8% Protestants.',
			true,
			true
		],
		[500, 'Most of the _____ workers were young immigrant women, some only 14.', false, false],
		[
			7_500_000,
			'Its thrust of _____ pounds-force was raised to 7,610,000 pounds-force.',
			false,
			true
		],
		[3600, 'Speeds are _____ RPM in Ostmark and 3000 RPM in Velden.', false, false],
		// A temperature given on another scale.
		[90.2, 'The gas boils at _____ K (−182.95 °C) at sea level.', false, true],
		[-297.3, 'The gas boils at _____ °F (−182.95 °C).', false, true],
		[54.36, 'The liquid freezes at _____ K (−182.95 °C).', false, false]
	])('%s from "%s"', (answer, prompt, percent, expected) => {
		expect(derivable(answer, prompt, percent)).toBe(expected);
	});
});

test('a piece of a time or of a reference is no figure to ask', () => {
	const asked = (text: string) => numberGenerator.generate(contextOf(text)).map((c) => c.answer);
	expect(asked('Question Time in Velden runs on Thursdays from 11:40 a.m. to noon.')).toEqual([]);
	expect(
		asked('The night ferry leaves Velden at 11 p.m. and the mail boat at 10 o’clock.')
	).toEqual([]);
	expect(asked('The Velden council meets on Thursdays and has 61 members.')).toEqual(['61']);
});

test('a figure run into letters is a format or a name, no count', () => {
	const asked = (text: string) => numberGenerator.generate(contextOf(text)).map((c) => c.answer);
	expect(asked('The Velden channel is sent in 720p high definition to 40 stations.')).toEqual([
		'40'
	]);
});
