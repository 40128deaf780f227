/** Text helpers shared by the pipeline: quote and apostrophe variants, slugs, comparison keys. */

const APOSTROPHES = /['’‘ʼ`´]/g;

/** A url-safe slug: 'The end of the war in Iraq?' -> 'the-end-of-the-war-in-iraq'. */
export function slugify(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(APOSTROPHES, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80)
			.replace(/-+$/g, '') || 'document'
	);
}

/**
 * A key for comparing answers: case, accents, apostrophes, hyphens and spaces do not count, so
 * "Shi'ite" and "Shiite", "al-Sadr" and "Al Sadr" compare equal.
 */
export function compareKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/[^a-z0-9$%£€.]+/g, '')
		.replace(/\.(?!\d)/g, '');
}

/** Edit distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			row.push(value);
			if (value < best) best = value;
		}
		if (best > max) return max + 1;
		prev = row;
	}
	return prev[b.length] ?? max + 1;
}

/** Collapses runs of spaces and tabs and trims, keeping the words as written. */
export function squeeze(text: string): string {
	return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Counts words the way a reader would (anything between spaces with a letter or digit). */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
