import { expect, test } from 'vitest';
import { readDate } from './dates.ts';
import { gradeTypedAnswer } from './grade-answer.ts';

type Outcome = 'right' | 'slip' | 'wrong';

function outcome(answer: string, reply: string, accept?: string[], distractors: string[] = []) {
	const result = gradeTypedAnswer({ kind: 'date', answer, accept, distractors }, reply);
	if (!result.correct) return 'wrong';
	return result.slip ? 'slip' : 'right';
}

test.each([
	['19 August 2010', { year: 2010, month: 8, day: 19 }],
	['August 19, 2010', { year: 2010, month: 8, day: 19 }],
	['Aug 19th 2010', { year: 2010, month: 8, day: 19 }],
	['Aug. 19th, 2010', { year: 2010, month: 8, day: 19 }],
	['the 19th of August 2010', { year: 2010, month: 8, day: 19 }],
	['Thursday 19 August 2010', { year: 2010, month: 8, day: 19 }],
	['19/08/2010', { year: 2010, month: 8, day: 19 }],
	['19.08.2010', { year: 2010, month: 8, day: 19 }],
	['19-8-2010', { year: 2010, month: 8, day: 19 }],
	['08/19/2010', { year: 2010, month: 8, day: 19 }],
	['04/06/2007', { year: 2007, month: 6, day: 4 }],
	['2010-08-19', { year: 2010, month: 8, day: 19 }],
	['2010/8/19', { year: 2010, month: 8, day: 19 }],
	['September 2003', { year: 2003, month: 9 }],
	['Sept 2003', { year: 2003, month: 9 }],
	['sep 2003', { year: 2003, month: 9 }],
	['09/2003', { year: 2003, month: 9 }],
	['2003-09', { year: 2003, month: 9 }],
	['in September, 2003', { year: 2003, month: 9 }],
	['2003', { year: 2003 }],
	['in 2003', { year: 2003 }],
	['early 2003', { year: 2003 }],
	['1990s', { decade: 1990 }],
	['the 1990s', { decade: 1990 }],
	["the 1990's", { decade: 1990 }],
	['August 19th', { month: 8, day: 19 }],
	['19 August', { month: 8, day: 19 }],
	['June 15', { month: 6, day: 15 }],
	['last October', { month: 10 }],
	['29 February 2004', { year: 2004, month: 2, day: 29 }],
	['ＳＥＰＴＥＭＢＥＲ ２００３', { year: 2003, month: 9 }]
])('reads %j', (text, date) => {
	expect(readDate(text)?.date).toEqual(date);
});

test.each([
	'',
	'yesterday',
	'2003 or 2004',
	'2003-2004',
	'2003–2004',
	'19 August 2010 at noon',
	'31 June 2010',
	'29 February 2003',
	'13/13/2010',
	'32 August 2010',
	'August August 2010',
	'2010 2011',
	'19',
	'Juen 2003',
	'Mai 2003',
	'12bn'
])('%j is no date', (text) => {
	expect(readDate(text)).toBeUndefined();
});

test.each([
	['44 BC', { year: -44 }],
	['44 BCE', { year: -44 }],
	['44 B.C.', { year: -44 }],
	['AD 79', { year: 79 }],
	['79 AD', { year: 79 }],
	['79 CE', { year: 79 }],
	['AD79', { year: 79 }],
	['2500 BC', { year: -2500 }],
	['11th century', { century: 11 }],
	['the 11th century', { century: 11 }],
	['the eleventh century', { century: 11 }],
	['the late 9th century', { century: 9 }],
	['12th Century', { century: 12 }],
	['5th century BC', { century: -5 }],
	['fifth century BCE', { century: -5 }],
	['2nd century AD', { century: 2 }],
	['twenty-first century', { century: 21 }],
	['the 890s', { decade: 890 }],
	['c. 1066', { year: 1066 }]
])('reads %j', (text, date) => {
	expect(readDate(text)?.date).toEqual(date);
});

test('a short number is a year only with its era or in a question of early times', () => {
	expect(readDate('911')).toBeUndefined();
	expect(readDate('911', true)?.date).toEqual({ year: 911 });
	expect(readDate('in 911', true)?.date).toEqual({ year: 911 });
	expect(readDate('0', true)).toBeUndefined();
});

test.each<[string, string, Outcome]>([
	['1066', 'in 1066', 'right'],
	['1066', '1065', 'wrong'],
	['911', '911', 'right'],
	['911', 'in 911', 'right'],
	['911', '912', 'wrong'],
	['911', 'AD 911', 'right'],
	['476', '476 CE', 'right'],
	['44 BC', '44 BCE', 'right'],
	['44 BC', '44 B.C.', 'right'],
	['44 BC', '44 bc', 'right'],
	['44 BC', '44', 'wrong'],
	['44 BC', 'AD 44', 'wrong'],
	['44 BC', '43 BC', 'wrong'],
	['AD 79', '79', 'right'],
	['AD 79', '79 AD', 'right'],
	['AD 79', '79 CE', 'right'],
	['AD 79', '79 BC', 'wrong'],
	['AD 79', '78', 'wrong'],
	['11th century', '11th century', 'right'],
	['11th century', 'the eleventh century', 'right'],
	['11th century', 'eleventh', 'wrong'],
	['eleventh century', '11th century', 'right'],
	['11th century', '1066', 'right'],
	['11th century', '1100', 'right'],
	['11th century', '1000', 'wrong'],
	['11th century', '12th century', 'wrong'],
	['11th century', '11th century BC', 'wrong'],
	['11th century', 'the 1060s', 'right'],
	['1066', '11th century', 'wrong'],
	['5th century BC', '5th century BCE', 'right'],
	['5th century BC', 'fifth century BC', 'right'],
	['5th century BC', '5th century', 'wrong'],
	['5th century BC', '450 BC', 'right'],
	['5th century BC', '390 BC', 'wrong'],
	['2nd century AD', '2nd century', 'right'],
	['1st century AD', 'AD 79', 'right'],
	['the 1790s', '1790s', 'right'],
	['the 1790s', '1795', 'right'],
	['the 1790s', '1780s', 'wrong']
])('date %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test('a century asked and a year given say so', () => {
	expect(
		gradeTypedAnswer({ kind: 'date', answer: '1066', distractors: [] }, '11th century')
	).toEqual({ correct: false, slip: false, note: 'The question asks for the year' });
});

test('a misspelt month is read, and flagged', () => {
	expect(readDate('Septmber 2003')).toEqual({ date: { year: 2003, month: 9 }, monthTypo: true });
	expect(readDate('Febuary 2020')).toEqual({ date: { year: 2020, month: 2 }, monthTypo: true });
	expect(readDate('Novmber 2004')?.monthTypo).toBe(true);
	expect(readDate('November 2004')?.monthTypo).toBe(false);
});

test.each<[string, string, Outcome]>([
	// The same date, written otherwise.
	['19 August 2010', '19 August 2010', 'right'],
	['19 August 2010', 'August 19, 2010', 'right'],
	['19 August 2010', 'aug 19th 2010', 'right'],
	['19 August 2010', '19/08/2010', 'right'],
	['19 August 2010', '2010-08-19', 'right'],
	['19 August 2010', 'on 19 August 2010', 'right'],
	['19 August 2010', 'Thursday, 19 August 2010', 'right'],
	['September 2003', 'Sept 2003', 'right'],
	['September 2003', 'september 2003', 'right'],
	['September 2003', '09/2003', 'right'],
	['September 2003', '2003-09', 'right'],
	['September 2003', 'in September 2003', 'right'],
	['2003', 'in 2003', 'right'],
	['2003', '2003', 'right'],
	['the 1990s', '1990s', 'right'],
	['1990s', "the 1990's", 'right'],
	// More precise than asked, and consistent.
	['2003', 'March 2003', 'right'],
	['2003', '19 March 2003', 'right'],
	['September 2003', '12 September 2003', 'right'],
	['the 1990s', '1995', 'right'],
	['the 1990s', 'May 1999', 'right'],
	// Typos in month names only.
	['September 2003', 'Septmber 2003', 'slip'],
	['September 2003', 'Setpember 2003', 'slip'],
	['19 August 2010', '19 Agust 2010', 'slip'],
	['February 2020', 'Febuary 2020', 'slip'],
	['2003', 'Septmber 2003', 'right'],
	// Neighbours: never typos.
	['2003', '2004', 'wrong'],
	['2003', '2002', 'wrong'],
	['2003', '2030', 'wrong'],
	['2003', '203', 'wrong'],
	['2003', '20003', 'wrong'],
	['September 2003', 'September 2004', 'wrong'],
	['September 2003', 'October 2003', 'wrong'],
	['September 2003', 'August 2003', 'wrong'],
	['September 2003', '10/2003', 'wrong'],
	['19 August 2010', '18 August 2010', 'wrong'],
	['19 August 2010', '20 August 2010', 'wrong'],
	['19 August 2010', '19 August 2011', 'wrong'],
	['19 August 2010', '19 July 2010', 'wrong'],
	['19 August 2010', '08/19/2011', 'wrong'],
	['4 June 2007', '06/04/2007', 'wrong'],
	['the 1990s', '1980s', 'wrong'],
	['the 1990s', '2001', 'wrong'],
	['1995', '1990s', 'wrong'],
	['2003', 'March 2004', 'wrong'],
	// Less precise than asked.
	['September 2003', '2003', 'wrong'],
	['September 2003', 'September', 'wrong'],
	['19 August 2010', 'August 2010', 'wrong'],
	['19 August 2010', '2010', 'wrong'],
	// Not one date.
	['2003', '2003 or 2004', 'wrong'],
	['2003', '2003-2004', 'wrong'],
	['2003', 'two thousand and three', 'wrong'],
	['2003', 'Sept', 'wrong'],
	['2003', '   ', 'wrong'],
	['2003', '?', 'wrong']
])('date %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test.each<[string, string[], string, Outcome]>([
	['19 August 2010', ['August 19th'], 'August 19th', 'right'],
	['19 August 2010', ['August 19th'], '19 Aug', 'right'],
	['19 August 2010', ['August 19th'], 'August 20th', 'wrong'],
	['19 August 2010', ['August 19th'], '19 August 2011', 'wrong'],
	['19 August 2010', ['August 19th'], 'August 19th 2009', 'wrong'],
	['April 2003', ['April'], 'April', 'right'],
	['April 2003', ['April'], 'Aprl', 'slip'],
	['April 2003', ['April'], 'April 2004', 'wrong'],
	['April 2003', ['April'], 'May', 'wrong'],
	['October 2016', ['last October'], 'October', 'right'],
	['October 2016', ['last October'], 'last October', 'right'],
	['October 2016', ['last October'], 'October 2015', 'wrong'],
	['June 15', [], 'June 15th', 'right'],
	['June 15', [], '15 June', 'right'],
	['June 15', [], '15 June 2015', 'right'],
	['June 15', [], 'June 16', 'wrong'],
	['June 15', [], 'June', 'wrong']
])('date %j accepting %j, reply %j: %s', (answer, accept, reply, expected) => {
	expect(outcome(answer, reply, accept)).toBe(expected);
});

test('a distractor typed is wrong', () => {
	expect(outcome('2003', '2004', undefined, ['2004', '2002', '2005'])).toBe('wrong');
	expect(outcome('19 August 2010', '22 August 2010', undefined, ['22 August 2010'])).toBe('wrong');
});

test.each([
	['September 2003', '2003', 'The question asks for the month and year'],
	['19 August 2010', 'August 2010', 'The question asks for the day, month and year'],
	['19 August 2010', '2010', 'The question asks for the day, month and year'],
	['2003', 'the 2000s', 'The question asks for the year'],
	['June 15', 'June', 'The question asks for the day and month'],
	['the 1990s', 'May', 'The question asks for the decade']
])('date %j, reply %j says %j', (answer, reply, note) => {
	const result = gradeTypedAnswer({ kind: 'date', answer, distractors: [] }, reply);
	expect(result).toEqual({ correct: false, slip: false, note });
});

test('a contradicting date gets no precision note', () => {
	const result = gradeTypedAnswer(
		{ kind: 'date', answer: 'September 2003', distractors: [] },
		'2004'
	);
	expect(result).toEqual({ correct: false, slip: false });
});

test('a month typo says so', () => {
	const result = gradeTypedAnswer(
		{ kind: 'date', answer: 'September 2003', distractors: [] },
		'Septembre 2003'
	);
	expect(result).toEqual({ correct: true, slip: true, note: 'Accepted despite a typo' });
});

test('an answer that is no date is compared as text', () => {
	const question = { kind: 'date' as const, answer: 'Ramadan', distractors: [] };
	expect(gradeTypedAnswer(question, 'ramadan').correct).toBe(true);
	expect(gradeTypedAnswer(question, 'Ramadam').correct).toBe(true);
	expect(gradeTypedAnswer(question, 'Easter').correct).toBe(false);
});
