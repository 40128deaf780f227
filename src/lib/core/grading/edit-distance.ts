/**
 * Damerau-Levenshtein distance in its optimal string alignment form (an adjacent swap costs 1,
 * which is the typo people make most), bounded by `max`. Only the diagonal band of width `max`
 * is computed, so comparing a 10,000-character reply with a name costs next to nothing.
 * Returns `max + 1` for anything further apart than `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	const s = Array.from(a);
	const t = Array.from(b);
	const n = s.length;
	const m = t.length;
	const cap = Math.min(max, Math.max(n, m));
	const over = cap + 1;
	if (Math.abs(n - m) > cap) return over;
	if (n === 0 || m === 0) return Math.max(n, m);
	let before = new Array<number>(m + 1).fill(over);
	let prev = new Array<number>(m + 1).fill(over);
	let row = new Array<number>(m + 1).fill(over);
	for (let j = 0; j <= Math.min(m, cap); j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		const lo = Math.max(1, i - cap);
		const hi = Math.min(m, i + cap);
		row[lo - 1] = lo === 1 ? Math.min(i, over) : over;
		if (hi < m) row[hi + 1] = over;
		let best = row[lo - 1] as number;
		for (let j = lo; j <= hi; j++) {
			const same = s[i - 1] === t[j - 1];
			let value = Math.min(
				(prev[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(prev[j - 1] as number) + (same ? 0 : 1)
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				value = Math.min(value, (before[j - 2] as number) + 1);
			}
			row[j] = Math.min(value, over);
			if (value < best) best = value;
		}
		if (best > cap) return over;
		[before, prev, row] = [prev, row, before];
	}
	return Math.min(prev[m] as number, over);
}

/**
 * How many typos a word of this length may carry and still count: none under 5 characters
 * (short words are too easily another word), 1 up to 8, 2 from 9.
 */
export function typoAllowance(length: number): number {
	if (length >= 9) return 2;
	if (length >= 5) return 1;
	return 0;
}
