/**
 * Lecture notes and revision sheets are written in lines, not sentences: "Mud March, February
 * 1907, about 3,000 women." "Union founded 10 October 1903." A card built on such a line reads
 * as a puzzle. A document whose lines often have no verb is read as notes, and in notes only a
 * line with a subject and a verb of its own is asked.
 */
import { MONTHS } from '../months.ts';
import type { AnalysedParagraph, Token } from './analyse.ts';

/** The share of sentences without a verb from which a document reads as notes. Prose has few. */
const NOTE_SHARE = 0.1;
/** Fewer lines than this without a verb are a caption or two, not a way of writing. */
const NOTE_LINES = 5;

/** A verb; "Act" in "the Reform Act" is tagged one, but a capital inside a line marks a name. */
const isVerb = (t: Token, k: number) =>
	(t.pos === 'VERB' || t.pos === 'AUX') && (k === 0 || !/^\p{Lu}/u.test(t.text));
const isWord = (t: Token) => /\p{L}/u.test(t.text);

/** "First presented the idea …": an adverb the tagger calls a noun is no subject. */
const isSubjectWord = (t: Token) =>
	/^(NOUN|PROPN|PRON)$/.test(t.pos) &&
	!/^(first|then|later|also|once|soon|next|now)$/i.test(t.text);
const MONTH = new RegExp(`^(${MONTHS.join('|')})$`, 'i');

/** Whether a document is written as notes: one sentence in ten or more, and five, have no verb. */
export function isNoteStyle(paragraphs: readonly AnalysedParagraph[]): boolean {
	let sentences = 0;
	let verbless = 0;
	for (const p of paragraphs) {
		for (const s of p.sentences) {
			const tokens = p.tokens.slice(s.first, s.last);
			if (tokens.filter(isWord).length < 4) continue;
			sentences++;
			if (!tokens.some(isVerb)) verbless++;
		}
	}
	return verbless >= NOTE_LINES && verbless / sentences >= NOTE_SHARE;
}

/**
 * Verbs whose bare past ends a clause: "Velt died in 1840" is a sentence, where "Union founded
 * in 1903" has lost its "was".
 */
const INTRANSITIVE = new Set(
	(
		'die live arrive return sail flee rise fall begin end occur happen serve remain retire ' +
		'resign work move travel emigrate settle marry collapse surrender erupt start continue fail ' +
		'succeed grow decline spread vote speak stay study emerge expand last peak come go walk ' +
		'march riot strike protest agree object'
	).split(' ')
);

/**
 * Whether a line of notes is a fragment: a label before a colon or a comma ("Key moment, _____:
 * …"), no verb outside the blank, a verb with no subject before it ("Laughed out of the
 * Commons"), a subject left with an "-ing" ("thousands lining the streets"), or a passive that
 * has lost its "was" ("Asquith replaced as PM", "Union founded _____"), or lines chained by a
 * colon or a semicolon. `tokens` are the
 * sentence's; `blank` the span of the answer, in the same offsets.
 */
export function isNoteFragment(
	prompt: string,
	tokens: readonly Token[],
	blank: { start: number; end: number }
): boolean {
	if (/[:;]/.test(prompt.replace(/[“"][^”"]*[”"]/g, ''))) return true;
	const outside = tokens.filter((t) => t.end <= blank.start || t.start >= blank.end);
	const v = outside.findIndex((t) => isVerb(t, tokens.indexOf(t)));
	if (v < 0) return true;
	const verb = outside[v] as Token;
	// "In 1866, Mill moved …": a comma after an opening phrase, not after a label.
	const comma = outside.findIndex((t) => t.text === ',');
	const opening = outside[0]?.pos === 'ADP' && comma < v ? comma + 1 : 0;
	const before = outside.slice(opening, v);
	if (before.some((t) => t.text === ',')) return true;
	const blankSubject = blank.end <= verb.start;
	if (!blankSubject && !before.some(isSubjectWord)) return true;
	if (verb.pos === 'AUX') return false;
	const word = verb.text.toLowerCase();
	if (/ing$/.test(word)) return true;
	if (!/ed$/.test(word) || INTRANSITIVE.has(verb.lemma.toLowerCase())) return false;
	const next = tokens[tokens.indexOf(verb) + 1];
	// "About five million more women added.", "Union founded _____ at …", "replaced as PM".
	if (!next || (next.start >= blank.start && next.start < blank.end)) return true;
	return /^(ADP|NUM|PUNCT)$/.test(next.pos) || MONTH.test(next.text);
}

/** "Trace the campaign for votes …": an instruction to the reader, not something to learn. */
export function isInstruction(tokens: readonly Token[]): boolean {
	const first = tokens.find(isWord);
	if (!first || first.pos !== 'VERB' || !/^\p{Lu}/u.test(first.text)) return false;
	return first.text.toLowerCase() === first.lemma.toLowerCase();
}
