import { expect, test } from 'vitest';
import {
	centuryOf,
	compareDates,
	findEraDates,
	formatDate,
	parsePublished,
	resolveDateExpression,
	yearSpan,
	type PartialDate
} from './dates.ts';

const resolve = (text: string, anchor: number | undefined, published: string) => {
	const found = resolveDateExpression(text, anchor, parsePublished(published));
	return found && formatDate(found.date);
};

test('"last October" in a July 2017 article is October 2016', () => {
	expect(resolve('last October', undefined, '2017-07')).toBe('October 2016');
});

test('a partial date takes an explicit year given earlier in the paragraph', () => {
	expect(resolve('On June 4', 2007, '2010-08')).toBe('4 June 2007');
	expect(resolve('In January', 2010, '2010-08')).toBe('January 2010');
});

test('a partial date falls back to the publication year, never after publication', () => {
	expect(resolve('In January', undefined, '2010-08')).toBe('January 2010');
	expect(resolve('In October', undefined, '2010-08')).toBe('October 2009');
	expect(resolve('August 19th', undefined, '2010-08')).toBe('19 August 2010');
});

test.each([
	['September 2003', 2010, 'September 2003'],
	['23 April 2003', undefined, '23 April 2003'],
	['January 1066', undefined, 'January 1066'],
	['1987', undefined, '1987'],
	['1415', undefined, '1415'],
	['the mid 1990s', undefined, '1990s'],
	['the 11th century', undefined, '11th century'],
	['44 BC', undefined, '44 BC'],
	['2006-07', undefined, undefined],
	['last week', undefined, undefined]
])('%j resolves to %j', (text, anchor, expected) => {
	expect(resolve(text, anchor, '2010-08')).toBe(expected);
});

test.each<[string, string | undefined, string | undefined]>([
	// Centuries, in figures or words, with or without an era.
	['In the 11th century, the Normans built castles.', '11th century', '11th century'],
	['in the eleventh century', 'eleventh century', 'eleventh century'],
	['by the late 9th century the Danes ruled', '9th century', '9th century'],
	['The 12th Century church', '12th Century', '12th century'],
	['in the 5th century BC', '5th century BC', '5th century BC'],
	['in the 2nd century AD', '2nd century AD', '2nd century AD'],
	['the first century AD', 'first century AD', 'first century AD'],
	['the twenty-first century', 'twenty-first century', 'twenty-first century'],
	['Bródno (9th/10th century)', undefined, undefined],
	['the 18th and 19th centuries', undefined, undefined],
	// Decades; never "the 1800s" (a decade or a century?) nor "the 60s".
	['In the 1960s, a', '1960s', '1960s'],
	["in the 1790's", "1790's", '1790s'],
	['the mid-1960s', '1960s', '1960s'],
	['the 1800s', undefined, undefined],
	['the 60s', undefined, undefined],
	// Years with their era.
	['Caesar was killed in 44 BC by senators.', '44 BC', '44 BC'],
	['In 27 BCE Augustus', '27 BCE', '27 BCE'],
	['Vesuvius erupted in AD 79.', 'AD 79', 'AD 79'],
	['in 79 AD', '79 AD', '79 AD'],
	['Paper, c. 105 CE, spread', '105 CE', '105 CE'],
	['founded in 753 B.C. by Romulus', '753 B.C.', '753 BC'],
	['pottery dating to 2500 BC.', '2500 BC', '2500 BC'],
	['in 10,000 BC', '10,000 BC', '10000 BC'],
	// Bare numbers are not read here: whether they are years depends on the sentence.
	['in 1066, William', undefined, undefined],
	['an AD campaign', undefined, undefined]
])('in %j finds %j as %j', (text, written, formatted) => {
	const found = findEraDates(text)[0];
	expect(found?.text).toBe(written);
	expect(found && formatDate(found.date)).toBe(formatted);
	if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
});

test.each<[PartialDate, string]>([
	[{ year: 2007, month: 6, day: 4 }, '4 June 2007'],
	[{ year: 2003, month: 9 }, 'September 2003'],
	[{ year: 1066 }, '1066'],
	[{ year: 911 }, '911'],
	[{ year: -44 }, '44 BC'],
	[{ year: -27, era: 'BCE' }, '27 BCE'],
	[{ year: 79, era: 'AD', eraFirst: true }, 'AD 79'],
	[{ year: 79, era: 'CE' }, '79 CE'],
	[{ year: 1960, precision: 'decade' }, '1960s'],
	[{ year: 1001, precision: 'century' }, '11th century'],
	[{ year: 1001, precision: 'century', spelled: true }, 'eleventh century'],
	[{ year: 101, precision: 'century', era: 'AD' }, '2nd century AD'],
	[{ year: -500, precision: 'century' }, '5th century BC'],
	[{ year: -100, precision: 'century', era: 'BCE' }, '1st century BCE'],
	[{ year: 2001, precision: 'century' }, '21st century'],
	[{ year: 1201, precision: 'century' }, '13th century']
])('%j is written %j', (date, text) => {
	expect(formatDate(date)).toBe(text);
});

test.each<[number, number]>([
	[1066, 11],
	[1000, 10],
	[1001, 11],
	[1, 1],
	[-1, -1],
	[-44, -1],
	[-100, -1],
	[-101, -2],
	[2000, 20]
])('year %i is in century %i', (year, century) => {
	expect(centuryOf(year)).toBe(century);
});

test.each<[PartialDate, [number, number]]>([
	[{ year: 1066 }, [1066, 1066]],
	[{ year: 1960, precision: 'decade' }, [1960, 1969]],
	[{ year: 1001, precision: 'century' }, [1001, 1100]],
	[{ year: -500, precision: 'century' }, [-500, -401]]
])('%j spans %j', (date, span) => {
	expect(yearSpan(date)).toEqual(span);
});

test('dates sort by time, a century before the years inside it, BC before AD', () => {
	const dates: PartialDate[] = [
		{ year: 1066, month: 10, day: 14 },
		{ year: 1066 },
		{ year: 79 },
		{ year: -44 },
		{ year: 1001, precision: 'century' },
		{ year: 1066, month: 10 },
		{ year: 1060, precision: 'decade' },
		{ year: 1001 }
	];
	expect([...dates].sort(compareDates).map(formatDate)).toEqual([
		'44 BC',
		'79',
		'11th century',
		'1001',
		'1060s',
		'1066',
		'October 1066',
		'14 October 1066'
	]);
});
