import { editDistance, typoAllowance } from './edit-distance.ts';
import { foldText } from './normalise.ts';
import { right, wrong, type GradeResult } from './types.ts';

/** Share of the answer's content words a reply must contain. */
export const CAUSE_COVERAGE = 0.6;
/** ...and never fewer than this many of them (or all, for shorter answers). */
export const CAUSE_MIN_WORDS = 3;

const STOP_WORDS = new Set(
	(
		'a an the and or but if then so as of at by for with about against between into through ' +
		'during before after above below to from up down in out on off over under again further ' +
		'once here there when where why how all any both each few more most other some such only ' +
		'own same than too very can will just should now i me my we our you your he him his she ' +
		'her it its they them their what which who whom this that these those am is are was were ' +
		'be been being have has had having do does did doing would could might must shall may ' +
		'also because since while although though whereas until unless even still yet either ' +
		'there thus therefore however many much lot lots like'
	).split(' ')
);
// A reply that negates what the answer affirms (or the reverse) says the opposite.
const NEGATIONS = new Set(
	(
		'not no never neither nor none nobody nothing without cannot cant dont doesnt didnt isnt ' +
		'arent wasnt werent wont wouldnt couldnt shouldnt hasnt havent hadnt'
	).split(' ')
);
const SUFFIXES = [
	'ations',
	'ation',
	'ings',
	'ing',
	'ions',
	'ion',
	'ments',
	'ment',
	'ness',
	'ies',
	'ied',
	'ers',
	'er',
	'ed',
	'es',
	'ly',
	's',
	'e'
];

/** A crude stem: one common suffix trimmed, keeping at least three letters. */
export function stem(word: string): string {
	if (/\d/.test(word)) return word;
	for (const suffix of SUFFIXES) {
		if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
			const base = word.slice(0, -suffix.length);
			return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
		}
	}
	return word;
}

interface Content {
	stems: Set<string>;
	numbers: Set<string>;
	negated: boolean;
	count: number;
}

function content(text: string): Content {
	const words =
		foldText(text)
			.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
			.match(/\p{L}+|\d+(?:\.\d+)?/gu) ?? [];
	const stems = new Set<string>();
	const numbers = new Set<string>();
	let negated = false;
	let count = 0;
	for (const w of words) {
		if (NEGATIONS.has(w)) negated = true;
		if (STOP_WORDS.has(w) || NEGATIONS.has(w)) continue;
		count++;
		if (/\d/.test(w)) numbers.add(w);
		stems.add(stem(w));
	}
	return { stems, numbers, negated, count };
}

/**
 * Grades a typed explanation by its content words: right when it contains at least
 * CAUSE_COVERAGE (60%) of the answer's content words, and at least CAUSE_MIN_WORDS of them (all
 * of them when the answer has fewer), after stop words are dropped and words crudely stemmed.
 * A reply with a number the answer lacks, or negated where the answer is not (or the reverse),
 * is wrong however many words it shares; so is a reply far longer than the answer, which
 * would pass by containing everything. Content words of 5 letters or more may carry a typo.
 */
export function gradeCause(answer: string, reply: string): GradeResult {
	const a = content(answer);
	const r = content(reply);
	if (r.count === 0) return wrong('No answer given');
	if (r.count > Math.max(3 * a.stems.size, a.stems.size + 10)) {
		return wrong('Answer in a few words');
	}
	if ([...r.numbers].some((n) => !a.numbers.has(n))) return wrong();
	if (a.negated !== r.negated) return wrong();
	let exact = 0;
	let near = 0;
	for (const s of a.stems) {
		if (r.stems.has(s)) {
			exact++;
		} else if (!/\d/.test(s) && [...r.stems].some((w) => isTypo(w, s))) {
			near++;
		}
	}
	const needed = Math.max(
		Math.ceil(CAUSE_COVERAGE * a.stems.size),
		Math.min(CAUSE_MIN_WORDS, a.stems.size)
	);
	if (a.stems.size === 0 || exact + near < needed) return wrong();
	return right(exact < needed);
}

function isTypo(word: string, target: string): boolean {
	const allowed = typoAllowance(target.length);
	return (
		allowed > 0 &&
		word[0] === target[0] &&
		!/\d/.test(word) &&
		editDistance(word, target, allowed) <= allowed
	);
}
