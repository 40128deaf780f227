import { expect, test } from 'vitest';
import { editDistance, typoAllowance } from './edit-distance.ts';

test.each([
	['', '', 0],
	['', 'abc', 3],
	['abc', '', 3],
	['bremer', 'bremer', 0],
	['bremer', 'bremmer', 1],
	['bremer', 'bremr', 1],
	['bremer', 'brener', 1],
	['bremer', 'berm er', 2],
	['fisk', 'fsik', 1],
	['september', 'septmeber', 1],
	['ca', 'abc', 3],
	['maliki', 'malki', 1],
	['malik', 'malki', 1],
	['kitten', 'sitting', 3],
	['petraeus', 'patreus', 2],
	['شيعة', 'شيع', 1]
])('distance from %j to %j is %i', (a, b, expected) => {
	expect(editDistance(a, b)).toBe(expected);
	expect(editDistance(b, a)).toBe(expected);
});

/** Plain full-table optimal string alignment, to check the banded version against. */
function reference(a: string, b: string): number {
	const d: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		d.push([]);
		for (let j = 0; j <= b.length; j++) {
			if (i === 0 || j === 0) {
				d[i]![j] = i + j;
				continue;
			}
			let v = Math.min(
				d[i - 1]![j]! + 1,
				d[i]![j - 1]! + 1,
				d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				v = Math.min(v, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = v;
		}
	}
	return d[a.length]![b.length]!;
}

test('the bounded distance agrees with the full table', () => {
	const alphabet = 'abc';
	let seed = 7;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed;
	};
	const word = () => {
		let w = '';
		for (let k = next() % 8; k > 0; k--) w += alphabet[next() % alphabet.length];
		return w;
	};
	for (let run = 0; run < 2000; run++) {
		const a = word();
		const b = word();
		const full = reference(a, b);
		for (const max of [0, 1, 2, 3]) {
			expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
		}
		expect(editDistance(a, b)).toBe(full);
	}
});

// Texts of 200,000 characters: the whole table would be 4 × 10^10 cells, which no test could wait
// for, so finishing at all shows that only the band of width `max` is computed, and that a
// comparison already past `max` stops.
test('a huge text is compared within a band of width max, and stops once past it', () => {
	const huge = 'x'.repeat(200_000);
	expect(editDistance(huge, 'bremer', 2)).toBe(3);
	expect(editDistance(huge, `${huge}y`, 2)).toBe(1);
	expect(editDistance(`${huge}ab`, `${huge}ba`, 2)).toBe(1);
	expect(editDistance(huge, 'y'.repeat(200_000), 2)).toBe(3);
});

test.each([
	[0, 0],
	[4, 0],
	[5, 1],
	[8, 1],
	[9, 2],
	[30, 2]
])('a word of %i characters may carry %i typos', (length, allowed) => {
	expect(typoAllowance(length)).toBe(allowed);
});
