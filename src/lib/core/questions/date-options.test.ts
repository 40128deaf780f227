import { expect, test } from 'vitest';
import { contextOf } from './generators/test-context.ts';
import { readFileSync } from 'node:fs';
import { dateOptions, withoutLadders } from './date-options.ts';
import { dateGenerator } from './generators/date.ts';

/** The wrong options for the date question whose answer is `answer`, best first. */
function optionsFor(text: string, answer: string, published?: string): string[] {
	const context = contextOf(text, published);
	const c = dateGenerator.generate(context).find((x) => x.answer === answer);
	if (!c) throw new Error(`no question answered ${answer}`);
	return dateOptions(c, context);
}

const NORMANS =
	'Cnut seized the English throne in 1016. Edward the Confessor became king in 1042.\n\n' +
	'In 1066 three men claimed the English crown. William was crowned on Christmas Day.\n\n' +
	'In 1086 William ordered the Domesday survey, and he died in 1087.';
const ROME =
	'Rome was founded in 753 BC. The last king was expelled in 509 BC.\n\n' +
	'Caesar crossed the Rubicon in 49 BC. Caesar was killed by senators in 44 BC. Actium was fought in 31 BC.';

test.each<[string, string, string, string[]]>([
	// The document's own dates come first, on both sides of the answer, when near enough.
	['own dates first', NORMANS, '1066', ['1042', '1086', '1016']],
	['own BC dates first', ROME, '44 BC', ['31 BC', '49 BC', '33 BC']],
	// Then dates spread by a step of the era: decades for a medieval year, not 1065 or 1067;
	// never three that make an evenly spaced ladder with the answer.
	[
		'a lone medieval year',
		'The Normans invaded England in 1066.',
		'1066',
		['1055', '1088', '1037']
	],
	// Not 845 for 793: the same sentence names it, and it could be true too; nothing after it
	// either, since the sentence tells the raids in order.
	[
		'an early year',
		'The Vikings raided Lindisfarne in 793, and Paris in 845.',
		'793',
		['814', '755', '742']
	],
	// An estimate keeps its roundness: no 2543 BC against 2500 BC.
	[
		'a round early year',
		'The first pottery on the island dates to 2500 BC.',
		'2500 BC',
		['2000 BC', '3500 BC', '1000 BC']
	],
	[
		'a lone modern year',
		'The treaty was signed in 1992 at Maastricht.',
		'1992',
		['1991', '1994', '1989']
	],
	[
		'a century',
		'Stone castles were built in the 11th century.',
		'11th century',
		['12th century', '10th century', '13th century']
	],
	[
		'a century in words',
		'Norway became Christian in the eleventh century.',
		'eleventh century',
		['tenth century', 'twelfth century', 'ninth century']
	],
	[
		'a century BC',
		'Confucius lived in the 6th century BC.',
		'6th century BC',
		['7th century BC', '5th century BC', '8th century BC']
	],
	['a decade', 'In the 1960s NASA flew to the Moon.', '1960s', ['1970s', '1950s', '1930s']],
	[
		'a month',
		'The invasion began in March 2003 and ended in May.',
		'March 2003',
		['February 2003', 'May 2003', 'December 2002']
	],
	[
		'a day',
		'The armistice was signed on 11 November 1918 at Compiègne.',
		'11 November 1918',
		['13 November 1918', '7 November 1918', '17 November 1918']
	],
	[
		'a day at the start of its year, within the year',
		'The scheme began on 2 January 1970 in Velden.',
		'2 January 1970',
		['4 January 1970', '8 January 1970', '10 January 1970']
	],
	[
		'a day written month first',
		'On June 4, 2007, the bridge opened to traffic.',
		'June 4, 2007',
		['June 2, 2007', 'June 8, 2007', 'May 29, 2007']
	]
])('%s: %j, answer %j -> %j first', (_, text, answer, first) => {
	expect(optionsFor(text, answer).slice(0, 3)).toEqual(first);
});

test.each<[string, string, string, (option: string) => boolean]>([
	// Never a year inside a range the sentence gives, nor one the answer ends.
	[
		'The Seven Years War was fought from 1756 to 1763 in Europe and America.',
		'1756',
		'outside 1756–1763',
		(o) => Number(o) < 1756 || Number(o) > 1763
	],
	[
		'Alfred was king of Wessex from 871 to 899 and defeated the Danes in 878.',
		'878',
		'outside 871–899',
		(o) => Number(o) < 871 || Number(o) > 899
	],
	// Never another date the sentence names: it could be true too.
	[
		'In democratic elections in 1992 and 1997, Moi won re-election.',
		'1992',
		'not 1997',
		(o) => o !== '1997'
	],
	// The sentence's other dates fence the answer in: he cannot have died before he conquered.
	[
		'The duke conquered the kingdom in 1066 and died there in 1087, at Rouen.',
		'1087',
		'after 1066',
		(o) => Number(o) > 1066
	],
	[
		'The count was born in 1133, was crowned in 1154 and died in 1189.',
		'1154',
		'between 1133 and 1189',
		(o) => Number(o) > 1133 && Number(o) < 1189
	],
	// A decade the sentence names around the answer holds the options.
	[
		'Unrest grew during the 1960s, and in 1968 the council set up a commission.',
		'1968',
		'in the 1960s',
		(o) => Number(o) >= 1960 && Number(o) <= 1969
	],
	// "By 1400" is true of any later year too; "until 1400" of any earlier one.
	[
		'By 1400 the town had stone walls on every side.',
		'1400',
		'before 1400',
		(o) => Number(o) < 1400
	],
	[
		'The town belonged to the county until 1400, when it became a county itself.',
		'1400',
		'after 1400',
		(o) => Number(o) > 1400
	],
	[
		'The council has met in the hall since 1990, every month.',
		'1990',
		'before 1990',
		(o) => Number(o) < 1990
	],
	// BC stays BC; an AD answer stays AD where the document names no BC date.
	['Caesar was killed in 44 BC by a group of senators.', '44 BC', 'BC', (o) => /^\d+ BC$/.test(o)],
	[
		'Claudius invaded Britain in AD 43 with four legions.',
		'AD 43',
		'AD 1 or later',
		(o) => /^AD \d+$/.test(o)
	],
	[
		'The empire was divided in 293, and Rome was sacked in 410.',
		'293',
		'AD and bare',
		(o) => /^\d+$/.test(o) && Number(o) > 0
	]
])('%j, answer %j: every option %s', (text, answer, _, fits) => {
	const options = optionsFor(`In 1066 the Normans came.\n\n${text}`, answer);
	expect(options.length).toBeGreaterThanOrEqual(3);
	for (const o of options) expect([o, fits(o)]).toEqual([o, true]);
});

test('no option after the publication date, nor after the last date a modern document names', () => {
	const published = optionsFor(
		'The council was elected in 2014 for four years.',
		'2014',
		'2015-03'
	);
	expect(published.every((o) => Number(o) <= 2015)).toBe(true);
	const unknown = optionsFor(
		'The council was founded in 1990. The council was last elected in 2014 for four years.',
		'2014'
	);
	expect(unknown.every((o) => Number(o) <= 2016)).toBe(true);
	const months = optionsFor('The new council met in February 2015.', 'February 2015', '2015-03');
	expect(months).not.toContain('April 2015');
});

test('an AD answer may be offered a BC option in a document about that era', () => {
	const options = optionsFor(
		'The Han dynasty replaced the Qin in 206 BC. Paper was invented in the 2nd century AD.',
		'2nd century AD'
	);
	expect(options).toContain('1st century BC');
	expect(options).not.toContain('0th century');
});

test('the first three options are never all on one side of a free answer, nor a regular ladder', () => {
	for (const [text, answer] of [
		['The Normans invaded England in 1066.', '1066'],
		['The treaty was signed in 1992 at Maastricht.', '1992'],
		['The bridge was opened in 1701 by the king.', '1701'],
		['Luther posted his theses in 1517 at Wittenberg.', '1517']
	] as const) {
		const first = optionsFor(text, answer).slice(0, 3).map(Number);
		const year = Number(answer);
		expect(first.some((y) => y < year) && first.some((y) => y > year)).toBe(true);
		const sorted = [...first, year].sort((a, b) => a - b);
		const gaps = sorted.slice(1).map((y, i) => y - (sorted[i] as number));
		expect(new Set(gaps).size).toBeGreaterThan(1);
	}
});

test.each([
	['norman-england.txt', 12],
	['roman-empire.txt', 12],
	['vikings.txt', 8],
	['chinese-dynasties.txt', 8]
])('every date of %s is asked with options of its own grain and era', (file, least) => {
	const text = readFileSync(
		new URL(`../../../../tests/fixtures/early-history/${file}`, import.meta.url),
		'utf8'
	).replace(/^[^\n]*\n\n/, '');
	const context = contextOf(text);
	const candidates = dateGenerator.generate(context);
	expect(candidates.length).toBeGreaterThanOrEqual(least);
	const shape = (s: string) =>
		s
			.replace(/\d+(st|nd|rd|th)\b/g, '9th')
			.replace(/\d+/g, '9')
			.replace(
				/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
				'M'
			)
			.replace(/\b[a-z]+(-[a-z]+)? century/, 'N century')
			.replace(/ (AD|BC)$/, '');
	for (const c of candidates) {
		const options = dateOptions(c, context).slice(0, 3);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const o of options) {
			expect([c.answer, o, shape(o)]).toEqual([c.answer, o, shape(c.answer)]);
			// BC stays BC.
			if (/BC$/.test(c.answer)) {
				expect([c.answer, o]).toEqual([c.answer, expect.stringMatching(/BC$/)]);
			}
		}
	}
});

test.each<[number, number[], number[]]>([
	[1700, [1699, 1701, 1702, 1697], [1699, 1701, 1697, 1702]],
	[1521, [1522, 1520, 1523, 1517], [1522, 1520, 1517, 1523]],
	[19, [18, 20, 17, 21, 16], [18, 20, 16, 17, 21]],
	[1066, [1055, 1088, 1037], [1055, 1088, 1037]]
])('around %i, %j are offered as %j: no evenly spaced ladder', (answer, options, expected) => {
	expect(withoutLadders(answer, options)).toEqual(expected);
});

test('no part of a century offered that begins after the last date a modern document names', () => {
	const options = optionsFor(
		'Steam turbines drove large ships throughout the late 20th century. By 2012 gas turbines had replaced many of them.',
		'20th century'
	);
	expect(options.length).toBeGreaterThanOrEqual(2);
	expect(options).not.toContain('21st century');
});

test('in a life, a deed after birth is not offered before it, nor one before death after it', () => {
	const life =
		'Karl Olden (1400 – 3 February 1468) was an Ostish printer and goldsmith.\n\n' +
		'By 1448 Olden was back in Velden, where he borrowed money for a press.\n\n' +
		'In 1465 the archbishop granted Olden a place at court.';
	for (const o of optionsFor(life, '1448')) expect(Number(o)).toBeGreaterThan(1400);
	for (const o of optionsFor(life, '1465')) expect(Number(o)).toBeLessThanOrEqual(1468);
});
