import { hashText } from './hash.ts';

/**
 * A seeded pseudo-random generator (mulberry32): the pipeline never calls Math.random, so the
 * same seed always gives the same sequence, in Node and in the browser.
 * @example const next = createRandom('bank-1'); next(); // 0 <= x < 1
 */
export function createRandom(seed: string): () => number {
	let state = parseInt(hashText(seed).slice(-7), 36) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A copy of `items` in a seeded random order. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
