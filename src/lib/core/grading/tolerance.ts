import { editDistance, typoAllowance } from './edit-distance.ts';
import { compactKey, digitRuns, words } from './normalise.ts';

/**
 * How far a reply is from a target, when the difference can pass for a typo; undefined when it
 * cannot. Both texts are normalised. A typo never changes a number ('Order 38' is not
 * 'Order 39') nor the first letter of a word: people rarely mistype a first letter, and a
 * different first letter is how most different names look ('Cremer', 'Bremer').
 */
export function typoDistance(reply: string, target: string): number | undefined {
	if (digitRuns(reply) !== digitRuns(target)) return undefined;
	const r = compactKey(reply);
	const t = compactKey(target);
	const allowed = typoAllowance(Array.from(t).length);
	if (allowed === 0 || r[0] !== t[0]) return undefined;
	const rw = words(reply);
	const tw = words(target);
	if (rw.length === tw.length && rw.some((w, i) => w[0] !== tw[i]?.[0])) return undefined;
	const distance = editDistance(r, t, allowed);
	return distance <= allowed ? distance : undefined;
}

/** The smallest typo distance from any of the reply's forms to any target, if one is in reach. */
export function closestTypo(
	replies: readonly string[],
	targets: Iterable<string>
): number | undefined {
	let best: number | undefined;
	for (const target of targets) {
		for (const reply of replies) {
			const d = typoDistance(reply, target);
			if (d !== undefined && (best === undefined || d < best)) best = d;
		}
	}
	return best;
}

/**
 * Whether another name stands at least as close to the reply as the answer does (`distance`
 * away). Such a reply may be that other name, spelt right or nearly: it is never given the
 * benefit of the doubt. Known forms that are forms of the answer itself must be left out.
 */
export function rivalNear(
	replies: readonly string[],
	distance: number,
	known: Iterable<string>
): boolean {
	const compacts = replies.map(compactKey);
	for (const name of known) {
		const k = compactKey(name);
		if (k === '') continue;
		for (const r of compacts) {
			if (editDistance(r, k, distance) <= distance) return true;
		}
	}
	return false;
}
