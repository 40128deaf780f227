import { compactKey, digitRuns, normaliseAnswer } from './normalise.ts';
import { closestTypo, rivalNear } from './tolerance.ts';
import { right, wrong, type GradeResult } from './types.ts';

/**
 * A term or place as compared: normalised, 'No.' before a number dropped ('Order No. 39' is
 * 'Order 39'), and for places a leading preposition dropped ('in Baghdad').
 */
export function termKey(text: string, place: boolean): string {
	let key = normaliseAnswer(text).replace(/\b(?:no|nr|num|number) (?=\d)/g, '');
	if (place) key = key.replace(/^(?:in|at|near|from|to|into) (?=\S)/, '');
	return key;
}

function sameTerm(a: string, b: string): boolean {
	return compactKey(a) === compactKey(b) && digitRuns(a) === digitRuns(b);
}

/**
 * Grades a place or a term: the answer or an alias, exactly or nearly. An acronym and its
 * expansion are only equal when the bank lists one as an alias of the other.
 */
export function gradeTerm(
	answer: string,
	accept: readonly string[],
	distractors: readonly string[],
	reply: string,
	known: readonly string[],
	place: boolean
): GradeResult {
	const targets = [answer, ...accept].map((t) => termKey(t, place)).filter((t) => t !== '');
	const r = termKey(reply, place);
	if (r === '') return wrong('No answer given');
	if (targets.some((t) => sameTerm(r, t))) return right();
	if (distractors.some((d) => sameTerm(r, termKey(d, place)))) return wrong();
	const distance = closestTypo([r], targets);
	if (distance === undefined) return wrong();
	// Known names are only read once a typo is in reach: a bank may know thousands.
	const rivals = [...distractors, ...known]
		.map((t) => termKey(t, place))
		.filter((o) => !targets.some((t) => sameTerm(o, t)));
	if (rivalNear([r], distance, rivals)) {
		return wrong('Too close to another name to count as a typo');
	}
	return right(true);
}
