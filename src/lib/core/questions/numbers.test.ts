import { expect, test } from 'vitest';
import { nearbyNumbers, readNumber } from './numbers.ts';

test('money keeps its unit and scale', () => {
	const text = 'The CPA was given $12bn in cash and $2.4 billion later; 96% was lost.';
	expect(readNumber(text, text.indexOf('$12'))?.number.text).toBe('$12bn');
	expect(readNumber(text, text.indexOf('$12'))?.number.value).toBe(12e9);
	expect(readNumber(text, text.indexOf('$2.4'))?.number.text).toBe('$2.4 billion');
	expect(readNumber(text, text.indexOf('96'))?.number.text).toBe('96%');
});

test('nearby numbers have the same unit, scale and format, never the answer', () => {
	const n = readNumber('$12bn', 0)?.number;
	if (!n) throw new Error('not read');
	const options = nearbyNumbers(n, 3);
	expect(options).toHaveLength(3);
	expect(options.every((o) => /^\$\d+bn$/.test(o) && o !== '$12bn')).toBe(true);
	const grouped = readNumber('9,300 megawatts', 0)?.number;
	expect(grouped && nearbyNumbers(grouped, 2).every((o) => /^\d{1,2},\d{3}$/.test(o))).toBe(true);
});

test('a figure with decimals gets options with as many decimals', () => {
	for (const text of ['11.8%', '305.1%', '$6.5bn', '2.25 metres']) {
		const n = readNumber(text, 0)?.number;
		if (!n) throw new Error(`not read: ${text}`);
		const places = n.decimals;
		for (const option of nearbyNumbers(n, 6)) {
			expect(/\.(\d+)/.exec(option)?.[1]?.length, `${text} -> ${option}`).toBe(places);
		}
	}
});

test.each([
	['45 minutes', 5],
	['3,600 revolutions', 100],
	['150 seats', 50]
])('options for %s are as round as it (multiples of %i)', (text, grid) => {
	const n = readNumber(text, 0)?.number;
	if (!n) throw new Error(`not read: ${text}`);
	const options = nearbyNumbers(n, 4);
	expect(options.length).toBeGreaterThanOrEqual(3);
	for (const o of options) expect(Number(o.replace(/[^\d]/g, '')) % grid).toBe(0);
});

test('the first three options lie between half and twice the figure', () => {
	for (const text of [
		'1,350 hours',
		'6,739 metres',
		'51 churches',
		'99 years',
		'13,200',
		'4 million'
	]) {
		const n = readNumber(text, 0)?.number;
		if (!n) throw new Error(`not read: ${text}`);
		for (const option of nearbyNumbers(n, 3)) {
			const ratio = (readNumber(option, 0)?.number.value ?? 0) / n.value;
			expect(ratio, `${text} -> ${option}`).toBeGreaterThanOrEqual(0.45);
			expect(ratio, `${text} -> ${option}`).toBeLessThanOrEqual(2);
		}
	}
});
