import { expect, test } from 'vitest';
import { gradeTypedAnswer } from './grade-answer.ts';
import { readQuantity, type Unit } from './numbers.ts';

type Outcome = 'right' | 'slip' | 'wrong';

function outcome(answer: string, reply: string, accept?: string[], distractors: string[] = []) {
	const result = gradeTypedAnswer({ kind: 'number', answer, accept, distractors }, reply);
	if (!result.correct) return 'wrong';
	return result.slip ? 'slip' : 'right';
}

/** The value of a reading as a plain number, for tables that read easily. */
function read(text: string): [number, Unit | undefined] | undefined {
	const q = readQuantity(text);
	return q && [Number(q.value.digits) * 10 ** q.value.exponent, q.unit];
}

test.each<[string, number, Unit | undefined]>([
	['$12bn', 12e9, 'dollars'],
	['12 billion dollars', 12e9, 'dollars'],
	['US$12 billion', 12e9, 'dollars'],
	['12,000,000,000 dollars', 12e9, 'dollars'],
	['USD 12bn', 12e9, 'dollars'],
	['twelve billion US dollars', 12e9, 'dollars'],
	['1.5 million', 1.5e6, undefined],
	['1,500,000', 1.5e6, undefined],
	['1 500 000', 1.5e6, undefined],
	['1.5m', 1.5e6, undefined],
	['one and a half million', 1.5e6, undefined],
	['half a million', 5e5, undefined],
	['a million', 1e6, undefined],
	['7,000', 7000, undefined],
	['7000', 7000, undefined],
	['7k', 7000, undefined],
	['seven thousand', 7000, undefined],
	['7 thousand', 7000, undefined],
	['one hundred and twenty', 120, undefined],
	['twenty-five', 25, undefined],
	['two hundred thousand', 2e5, undefined],
	['40%', 40, 'per cent'],
	['40 per cent', 40, 'per cent'],
	['40 percent', 40, 'per cent'],
	['forty percent', 40, 'per cent'],
	['12.5%', 12.5, 'per cent'],
	['12,5 %', 12.5, 'per cent'],
	['£4 million', 4e6, 'pounds'],
	['4m pounds', 4e6, 'pounds'],
	['£5.8bn', 5.8e9, 'pounds'],
	['4 million pounds sterling', 4e6, 'pounds'],
	['€300', 300, 'euros'],
	['100,000 troops', 1e5, undefined],
	['about 100,000 troops', 1e5, undefined],
	['more than 7,000', 7000, undefined],
	['$3.5m.', 3.5e6, 'dollars'],
	['$3.5 mil', 3.5e6, 'dollars'],
	['-5', -5, undefined],
	['0', 0, undefined]
])('reads %j', (text, value, unit) => {
	expect(read(text)).toEqual([value, unit]);
});

test.each([
	'',
	'many',
	'12 or 13',
	'12-13',
	'12 to 13 million',
	'12bn and 13bn',
	'$12bn £12bn',
	'1,50,0',
	'1.2.3',
	'seven seven',
	'thousand',
	'forty forty',
	'12 billion dollars or pounds',
	'12 dollars pounds',
	'7,000 troops and 5 tanks',
	'7,000 troops, seven thousand'
])('%j is no single number', (text) => {
	expect(readQuantity(text)).toBeUndefined();
});

test('large values are exact', () => {
	const a = readQuantity('$2.4 billion')?.value;
	const b = readQuantity('2,400,000,000')?.value;
	expect(a && b && a.digits === b.digits && a.exponent === b.exponent).toBe(true);
	const c = readQuantity('2,400,000,001')?.value;
	expect(c?.digits).toBe(2400000001n);
});

test.each<[string, string, Outcome]>([
	// The same value, written otherwise.
	['$12bn', '$12bn', 'right'],
	['$12bn', '12 billion dollars', 'right'],
	['$12bn', 'US$12 billion', 'right'],
	['$12bn', '12,000,000,000 dollars', 'right'],
	['$12bn', '$12 billion', 'right'],
	['$12bn', 'twelve billion dollars', 'right'],
	['$12bn', '12bn', 'right'],
	['$12bn', '12 billion', 'right'],
	['$12bn', '$12.0bn', 'right'],
	['$12bn', 'about $12bn', 'right'],
	['1.5 million', '1,500,000', 'right'],
	['1.5 million', '1.5m', 'right'],
	['1.5 million', 'one and a half million', 'right'],
	['1.5 million', '1,5 million', 'right'],
	['1.5 million', '1 500 000', 'right'],
	['1.5 million', '1.50 million', 'right'],
	['7,000', '7000', 'right'],
	['7,000', 'seven thousand', 'right'],
	['7,000', '7k', 'right'],
	['40%', '40 per cent', 'right'],
	['40%', 'forty percent', 'right'],
	['40 per cent', '40%', 'right'],
	['£4 million', '4m pounds', 'right'],
	['£4 million', '£4,000,000', 'right'],
	['100,000', '100,000 troops', 'right'],
	['17', 'seventeen', 'right'],
	['$2.4 billion', '$2.4bn', 'right'],
	['$2.4 billion', '2400 million dollars', 'right'],
	// A unit the answer has, left out: the value is what is asked.
	['$12bn', '12000000000', 'right'],
	['40%', '40', 'right'],
	['£5.8bn', '5.8 billion', 'right'],
	// Off by a digit, a decimal, a scale: never typos.
	['$12bn', '$13bn', 'wrong'],
	['$12bn', '$11bn', 'wrong'],
	['$12bn', '$21bn', 'wrong'],
	['$12bn', '$120bn', 'wrong'],
	['$12bn', '$1.2bn', 'wrong'],
	['$12bn', '$12m', 'wrong'],
	['$12bn', '12', 'wrong'],
	['1.5 million', '1.6 million', 'wrong'],
	['1.5 million', '15 million', 'wrong'],
	['1.5 million', '1.5', 'wrong'],
	['1.5 million', '150,000', 'wrong'],
	['1.5 million', '1,500', 'wrong'],
	['7,000', '7,001', 'wrong'],
	['7,000', '70,000', 'wrong'],
	['7,000', 'seventy thousand', 'wrong'],
	['40%', '41%', 'wrong'],
	['40%', '4%', 'wrong'],
	['40%', 'fourteen percent', 'wrong'],
	['96%', '69%', 'wrong'],
	['17', '71', 'wrong'],
	['17', '-17', 'wrong'],
	// Units that disagree.
	['$12bn', '£12bn', 'wrong'],
	['$12bn', '12 billion pounds', 'wrong'],
	['$12bn', '€12bn', 'wrong'],
	['£4 million', '$4 million', 'wrong'],
	['40%', '$40', 'wrong'],
	// Not one number.
	['$12bn', '$12bn or $13bn', 'wrong'],
	['$12bn', '12-13bn', 'wrong'],
	['$12bn', 'billions', 'wrong'],
	['$12bn', 'twelve', 'wrong'],
	['7,000', 'several thousand', 'wrong'],
	['7,000', '', 'wrong']
])('number %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test('a distractor typed is wrong', () => {
	expect(outcome('$12bn', '$9bn', undefined, ['$9bn', '$6bn', '$18bn'])).toBe('wrong');
	expect(outcome('1.5 million', '2.2 million', undefined, ['2.2 million'])).toBe('wrong');
});

test('an alias value counts', () => {
	expect(outcome('7,000', 'seven thousand', ['7k'])).toBe('right');
	expect(outcome('12', 'a dozen', ['a dozen'])).toBe('right');
	expect(outcome('12', 'two dozen', ['a dozen'])).toBe('wrong');
	expect(outcome('$12bn', '£8bn', ['£8bn'])).toBe('right');
});

test.each([
	['$12bn', '£12bn', 'Check the unit: dollars, not pounds'],
	['£4 million', '4 million dollars', 'Check the unit: pounds, not dollars'],
	['40%', '$40', 'Check the unit: per cent, not dollars'],
	['$12bn', '$12m', 'Check the scale: thousands, millions or billions'],
	['7,000', '7', 'Check the scale: thousands, millions or billions'],
	['7,000', 'lots', 'Not a number']
])('number %j, reply %j says %j', (answer, reply, note) => {
	const result = gradeTypedAnswer({ kind: 'number', answer, distractors: [] }, reply);
	expect(result).toEqual({ correct: false, slip: false, note });
});

test('an answer that is no number is compared as text', () => {
	const question = { kind: 'number' as const, answer: 'dozens', distractors: [] };
	expect(gradeTypedAnswer(question, 'Dozens').correct).toBe(true);
	expect(gradeTypedAnswer(question, 'hundreds').correct).toBe(false);
});

test('a sign is part of the value', () => {
	expect(outcome('-17', '-17', undefined, ['17'])).toBe('right');
	expect(outcome('-17', '17', undefined, ['17'])).toBe('wrong');
	expect(outcome('-17', '−17')).toBe('right');
});
