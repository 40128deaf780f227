import { expect, test } from 'vitest';
import { contextOf } from './test-context.ts';
import { lifeDates, lifeDatesGenerator } from './life-dates.ts';

/** Each life-date question of a text as "answer: prompt". */
function ask(text: string): string[] {
	return lifeDatesGenerator.generate(contextOf(text)).map((c) => `${c.answer}: ${c.prompt}`);
}

test.each<[string, string[]]>([
	[
		'Ada Velt (3 May 1820 – 9 June 1881) was a Ruritanian engineer.',
		['3 May 1820: When was Ada Velt born?', '9 June 1881: When did Ada Velt die?']
	],
	// A note before the dates (another spelling, a pronunciation) is passed over.
	[
		'Ada Velt (Ruritanian: Ada Veltova; May 3, 1820 – June 9, 1881) was an engineer.',
		['May 3, 1820: When was Ada Velt born?', 'June 9, 1881: When did Ada Velt die?']
	],
	[
		'The scholar Omar Tarik (Tarikus, 981–1037) wrote on the origin of mountains.',
		['981: When was Omar Tarik born?', '1037: When did Omar Tarik die?']
	],
	[
		'Marcus Velius (106–43 BC) was a Roman orator.',
		['106 BC: When was Marcus Velius born?', '43 BC: When did Marcus Velius die?']
	],
	['Ada Norby (born 12 April 1961) is a pilot.', ['12 April 1961: When was Ada Norby born?']],
	// A title that holds an office makes the years as likely a reign or a term.
	['King Olaf Velt (1509–1547) built the fortress.', []],
	['Henry Velt II (1509–1547) built the fortress.', []],
	// Too short or too long for a life: a war, a dynasty.
	['Ada Velt (1939–1945) built the fortress.', []],
	['Ada Velt (1368–1644) built the fortress.', []],
	// Anything else in brackets.
	['Ada Velt (later Lady Norby) built the fortress.', []],
	['The Velden Works (1820–1881) built engines.', []]
])('%s', (text, expected) => {
	expect(ask(text)).toEqual(expected);
});

test('the answers point at the dates in the paragraph', () => {
	const inside = 'Ruritanian: Ada Veltova; 3 May 1820 – 9 June 1881';
	const [born, died] = lifeDates(inside, 10);
	expect(born && inside.slice(born.start - 10, born.end - 10)).toBe('3 May 1820');
	expect(died && inside.slice(died.start - 10, died.end - 10)).toBe('9 June 1881');
	expect(died?.date).toEqual({ year: 1881, month: 6, day: 9 });
});
