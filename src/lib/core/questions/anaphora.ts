/**
 * "The mission was launched in _____", "the regime", "the duchy", "the Market": a definite noun
 * phrase whose noun the text just before used points back to the thing named there ("the Apollo
 * mission", "the Duchy of Ruritania"). A student reading the card alone cannot tell which, so the
 * card needs the sentence before, and is not asked.
 */
import type { AnalysedParagraph, Token } from './analyse.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { MONTHS } from '../months.ts';
import { TERM_WORDS } from './gazetteer.ts';

type Month = (typeof MONTHS)[number];

/** Things there is only one of, whatever came before. */
const UNIQUE = new Set(
	'world sun moon earth sky sea public past present future time people population government'.split(
		' '
	)
);

/**
 * Nouns for one of many happenings, works or bodies: "the event", "the launch", "the report".
 * Used bare, each means one the reader was just told of.
 */
const INSTANCES = new Set(
	(
		'event launch meeting conference convention summit agreement deal plan project programme program ' +
		'campaign operation mission expedition attack raid battle report study survey book work film ' +
		'song hymn poem letter speech document bill decision ruling trial festival celebration ceremony ' +
		'election vote referendum strike protest riot revolt rebellion uprising incident accident ' +
		'disaster proposal scheme reform announcement visit tour journey voyage flight posting ' +
		'exhibition competition match game season series episode album discovery invention fire ' +
		'explosion blast crash collapse defeat victory win loss miss siege invasion merger sale ' +
		'purchase acquisition takeover contract marriage wedding divorce murder assassination arrest ' +
		'execution injury storm flood earthquake eruption outbreak split crisis disagreement dispute ' +
		'conflict controversy scandal debate talks negotiations party team allies ally rebels ' +
		'invaders lecture lectures treaty accord act'
	).split(' ')
);

const NOUNISH = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Lower-case nouns of the tokens, and capitalised words that ended a longer name. */
function nounsOf(tokens: readonly Token[]): {
	nouns: Set<string>;
	nameEnds: Set<string>;
	verbs: Set<string>;
} {
	const nouns = new Set<string>();
	const nameEnds = new Set<string>();
	const verbs = new Set<string>();
	tokens.forEach((t, i) => {
		if (t.pos === 'NOUN') nouns.add(t.lemma.toLowerCase());
		if (t.pos === 'VERB') verbs.add(t.lemma.toLowerCase());
		const before = tokens[i - 1];
		if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && before && /^\p{Lu}/u.test(before.text)) {
			nameEnds.add(t.text);
		}
	});
	return { nouns, nameEnds, verbs };
}

/** The tokens a sentence is read against: the paragraph before it, or the paragraph before that. */
function earlierTokens(
	context: GenerationContext,
	p: AnalysedParagraph,
	firstToken: number
): Token[] {
	const before = p.tokens.slice(0, firstToken);
	if (before.length >= 12) return before;
	const previous = context.paragraphs[p.index - 1]?.tokens ?? [];
	return [...previous.slice(-60), ...before];
}

/**
 * The definite noun phrase of the candidate's sentence that points back ("the mission"), if it
 * is still in the prompt; undefined when the sentence names all it speaks of.
 */
export function pointsBack(
	c: Candidate,
	context: GenerationContext,
	titleWords: ReadonlySet<string>
): string | undefined {
	const p = context.paragraphs[c.paragraph];
	if (!p) return undefined;
	const tokens = p.tokens;
	const first = tokens.findIndex((t) => t.start >= c.sentence.start);
	if (first < 0) return undefined;
	const { nouns, nameEnds, verbs } = nounsOf(earlierTokens(context, p, first));
	for (let i = first; i < tokens.length && (tokens[i] as Token).end <= c.sentence.end; i++) {
		const the = tokens[i] as Token;
		if (!/^the$/i.test(the.text)) continue;
		// The phrase: "the" and up to three words of a noun phrase, the last one its head.
		let head = i;
		while (head + 1 < tokens.length && head - i < 3 && NOUNISH.has(tokens[head + 1]!.pos)) {
			head++;
		}
		if (head === i) continue;
		const last = tokens[head] as Token;
		// "the duchy of Ruritania", "the Market in Velden": the phrase says which itself; "the
		// launch in March 2013" and "the eruption of 1947" do not.
		const after = tokens[head + 1];
		const when = tokens[head + 2];
		const dated =
			!!when &&
			((/^(in|on)$/i.test(after?.text ?? '') &&
				(/^\d/.test(when.text) || MONTHS.includes(when.text.toLowerCase() as Month))) ||
				// "the eruption of 1947"; but "the plague of _____" asks for the year that says which.
				(/^of$/i.test(after?.text ?? '') &&
					/^\d{3,4}(?:[–-]\d+)?$/.test(when.text) &&
					!(when.start >= c.answerStart && when.start < c.answerEnd)));
		if (after && !dated && /^(of|in|at|on|for|from|called|named|known)$/i.test(after.text)) {
			continue;
		}
		if (after && /^\p{Lu}/u.test(after.text)) continue;
		// "the water being pumped", "the ships that carried it": a clause after it says which.
		if (after && /^(being|that|which|who|whom|whose)$/i.test(after.text)) continue;
		// Inside the answer: the blank is not a reference.
		if (the.start < c.answerEnd && last.end > c.answerStart) continue;
		const phrase = p.paragraph.text.slice(the.start, last.end);
		if (!c.prompt.includes(phrase.replace(/^The/, 'the')) && !c.prompt.includes(phrase)) continue;
		// "the mission": one word after "the", used before.
		const lemma = last.lemma.toLowerCase();
		const plain = head === i + 1 && last.pos === 'NOUN' && /^\p{Ll}/u.test(last.text);
		if (plain && nouns.has(lemma) && !UNIQUE.has(lemma) && !titleWords.has(lemma)) return phrase;
		// "They returned in May. The return ...": the happening the verb before told of.
		if (plain && verbs.has(lemma) && !UNIQUE.has(lemma) && !titleWords.has(lemma)) return phrase;
		const lowerEnds = new Set([...nameEnds].map((w) => w.toLowerCase()));
		// "would pay for the dam" after "the Velden High Dam": the head of a name told before.
		if (plain && lowerEnds.has(lemma) && !UNIQUE.has(lemma) && !titleWords.has(lemma)) {
			return phrase;
		}
		// "the park grounds" after "Praga Park": a noun in front of the head that the text before used.
		const modifier = tokens[i + 1] as Token;
		if (
			head === i + 2 &&
			last.pos === 'NOUN' &&
			modifier.pos === 'NOUN' &&
			/^\p{Ll}/u.test(modifier.text) &&
			(nouns.has(modifier.lemma.toLowerCase()) || lowerEnds.has(modifier.text)) &&
			!titleWords.has(modifier.lemma.toLowerCase())
		) {
			return phrase;
		}
		// "The event has its origins in ...", "at the launch in March 2013": a bare definite noun
		// for one of many happenings or works speaks of one the text before named, whether or
		// not it used that noun.
		if (plain && INSTANCES.has(lemma) && !titleWords.has(lemma)) return phrase;
		// "the Market" after "the Grainger Market": the last word of a longer name.
		// A word the document also writes in lower case ("market"), so not a name of its own as
		// "the Reformation" is.
		const shortName =
			head === i + 1 &&
			/^\p{Lu}\p{Ll}+$/u.test(last.text) &&
			new RegExp(`\\b${lemma}\\b`).test(p.paragraph.text);
		if (shortName && nameEnds.has(last.text) && !titleWords.has(lemma)) return phrase;
		// "The Act was repealed in _____": a law or a treaty by its kind alone is one named before.
		const law = head === i + 1 && /^\p{Lu}\p{Ll}+$/u.test(last.text) && TERM_WORDS.has(lemma);
		if (law && !titleWords.has(lemma)) return phrase;
	}
	return undefined;
}

/** The title's words as the lemmas they are compared by ("Steam engine" -> steam, engine). */
export function titleWordsOf(title: string): Set<string> {
	return new Set(
		title
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 3)
			.flatMap((w) => [w, w.replace(/s$/, '')])
	);
}
