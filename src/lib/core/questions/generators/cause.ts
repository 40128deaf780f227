import type { AnalysedParagraph, Sentence, Token } from '../analyse.ts';
import {
	FLIP_CARD_BONUS,
	type Candidate,
	type GenerationContext,
	type Generator
} from '../candidate.ts';
import { countWords } from '../../text.ts';
import { hasQuote, previousPerson, standaloneSentence, tokenAt } from '../prompts.ts';
import {
	balanced,
	spellingOf,
	subjectCase,
	whyClause,
	type ClauseParts,
	type Spelling
} from './why-clause.ts';

/**
 * Why something happened, as the text says it: "X because Y", "Because of Y, X", "X in order to
 * Y", "Y led to X", "X was caused by Y", "the reason for X was Y". Asked as a flip card ("Why did
 * X ...?", "What led to X?") whose answer is the cause in the text's words. Precision first: a
 * sentence is asked only when its effect is one plain clause that stands alone, so few sentences
 * of a text give a question, and those read well.
 */

const MIN_ANSWER_WORDS = 2;
const MAX_ANSWER_WORDS = 25;
const MAX_PROMPT_WORDS = 30;

/** Words that hedge or judge: the claim is the writer's, and the question says so. */
/** Matched in lower case but for the sentence's first letter: "May" the month is no hedge. */
const HEDGED =
	/\b(may|might|perhaps|probably|possibly|likely|unlikely|arguably|apparently|seemingly|reportedly|allegedly|supposedly|presumably|seems?|seemed|appears?|appeared|believed|thought to|is said|was said|some (historians|scholars|critics|writers)|it is (often|widely|generally) (said|argued|believed|thought))\b/;
const EVALUATIVE =
	/\b(important|significant|crucial|vital|essential|greatest|best|worst|disastrous|catastrophic|tragic|brilliant|foolish|unfortunately|fortunately|sadly|rightly|wrongly|unjust|unfair|shameful|heroic|mistake|blunder|inevitabl[ey]|should|must|ought)\b/;

/**
 * Whether the sentence hedges or judges. The purpose in "so that they may run" is no hedge, so an
 * answer that states a purpose is left out of the reading.
 */
function isClaimed(sentence: string, answer: string): boolean {
	let text = sentence.charAt(0).toLowerCase() + sentence.slice(1);
	if (/^(to|so that|in order)\b/i.test(answer)) {
		const at = text.toLowerCase().indexOf(answer.toLowerCase().replace(/^to /, ''));
		if (at > 0) text = text.slice(0, at);
	}
	return HEDGED.test(text) || EVALUATIVE.test(text);
}
/** Stance words and the first person: a document full of them argues rather than reports. */
const STANCE = /\b(I|we|our|us|should|must|ought to|clearly|obviously|undoubtedly|surely)\b/;
const ARGUED_SHARE = 0.08;

/** Hedges on a cause ("partly because"): they belong to the answer, not to the question. */
const CAUSE_HEDGE =
	/\s+(partly|largely|mainly|mostly|chiefly|primarily|principally|in part|in large part|simply|only|solely|precisely|probably|perhaps|possibly|apparently)$/i;

interface Found {
	/** The question without its framing: "why did X ..." or "what led to X". */
	question: string;
	answer: string;
	/** Where the cause sits in the paragraph text. */
	start: number;
	end: number;
	/** How sure the rule is: a higher score for the plainest markers. */
	score: number;
	/** Whether the effect names someone or something or gives a date: history worth asking. */
	named: boolean;
	/** The evidence when it spans the sentence before too ("As a result, ..."). */
	evidence?: Sentence;
}

export const causeGenerator: Generator = {
	kind: 'cause',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		const spelling = spellingOf(context);
		const argued = isArgued(context);
		for (const p of context.paragraphs) {
			for (const sentence of p.sentences) {
				if (hasQuote(p, sentence)) continue;
				// "he" is whoever was named last before this sentence, not before the paragraph.
				const resolve = () => previousPerson(context, p, sentence);
				const found = findCause(context, p, sentence, resolve, spelling);
				if (!found) continue;
				// "But the cost was high": the connective tied the cause to a sentence before it.
				found.answer = tidyAnswer(found.answer);
				// "2 from the air …": an answer cut inside a formula ("O2").
				if (/^\d+\s+\p{Ll}/u.test(found.answer)) continue;
				if (!soundAnswer(found.answer)) continue;
				const words = countWords(found.answer);
				if (words < MIN_ANSWER_WORDS || words > MAX_ANSWER_WORDS) continue;
				// The question must not give its own answer away, nor point outside itself.
				if (givesAway(found.question, found.answer) || pointsOutside(found.question)) continue;
				const evidence = found.evidence ?? sentence;
				const claimed = argued || isClaimed(evidence.text, found.answer);
				const asked = `${found.question.charAt(0).toUpperCase()}${found.question.slice(1)}?`;
				const prompt = claimed ? `According to the article, ${found.question}?` : asked;
				if (countWords(prompt) > MAX_PROMPT_WORDS) continue;
				let score = found.score + FLIP_CARD_BONUS + (found.named ? 0.5 : 0);
				if (countWords(prompt) > 22) score -= 0.5;
				if (claimed) score -= 0.25;
				out.push({
					kind: 'cause',
					prompt,
					answer: found.answer,
					paragraph: p.index,
					sentence: evidence,
					answerStart: found.start,
					answerEnd: found.end,
					score,
					selfGraded: true
				});
			}
		}
		return out;
	}
};

/** Whether the document argues a case: a share of its sentences speak as "we" or say "should". */
export function isArgued(context: GenerationContext): boolean {
	let total = 0;
	let stance = 0;
	for (const p of context.paragraphs) {
		for (const s of p.sentences) {
			total++;
			if (STANCE.test(s.text.replace(/[“"][^”"]*[”"]/g, ''))) stance++;
		}
	}
	return total > 0 && stance / total >= ARGUED_SHARE;
}

/**
 * The cause and its question in one sentence, trying the markers from the most to the least
 * certain.
 */
export function findCause(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling = spellingOf(context)
): Found | undefined {
	return (
		causeFirst(context, p, sentence, resolve, spelling) ??
		causeBefore(context, p, sentence, resolve, spelling) ??
		effectFirst(context, p, sentence, resolve, spelling) ??
		ledTo(context, p, sentence, resolve) ??
		leadingTo(context, p, sentence) ??
		soResult(context, p, sentence, resolve, spelling) ??
		reasonFor(context, p, sentence, resolve, spelling)
	);
}

const EFFECT_FIRST_MARKERS: [RegExp, number, string][] = [
	[/^because of$/i, 3.5, ''],
	[/^because$/i, 3.5, ''],
	[/^due to$/i, 3.5, ''],
	[/^owing to$/i, 3.5, ''],
	[/^as a (direct )?result of$/i, 3.5, ''],
	[/^on account of$/i, 3, ''],
	[/^in order to$/i, 3.5, 'to'],
	[/^so as to$/i, 3, 'to'],
	[/^in order that$/i, 3, 'so that'],
	[/^so that$/i, 3, 'so that'],
	// "The canal was built to carry coal": the purpose of a thing made or done, see purposeTo.
	[/^to$/i, 3, 'to']
];

/** Things made or done for a purpose: "was built to", "were sent to". */
const MADE_FOR =
	/^(built|founded|created|established|designed|formed|introduced|passed|organised|organized|launched|constructed|dug|opened|held|convened|summoned|sent|dispatched|raised|written|drafted|signed|erected|set|called|used)$/i;

/** Whether a bare "to" at [at] gives a purpose: "was built to carry", not "went to Rome". */
function purposeTo(p: AnalysedParagraph, at: number): boolean {
	const { tokens } = p;
	if (tokens[at + 1]?.pos !== 'VERB') return false;
	let k = at - 1;
	if (/^up$/i.test(tokens[k]?.text ?? '')) k--;
	// "The canal was built to carry coal".
	const participle = tokens[k];
	let be = k - 1;
	if (tokens[be]?.pos === 'ADV') be--;
	if (
		participle &&
		MADE_FOR.test(participle.text) &&
		/^(was|were)$/i.test(tokens[be]?.text ?? '')
	) {
		return true;
	}
	// "Congress created the Civilian Conservation Corps to give work ...": the verb, its object,
	// then the purpose. Verbs that take "to" themselves ("forced them to") are not in the list.
	for (let j = at - 1; j >= Math.max(0, at - 9); j--) {
		const t = tokens[j] as Token;
		if (MADE_FOR.test(t.text) && t.pos === 'VERB' && /ed$|t$|lt$|ent$/.test(t.text)) {
			return j < at - 1 && !/^(was|were|is|are|been|be)$/i.test(tokens[j - 1]?.text ?? '');
		}
		if (
			!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t.pos) &&
			!/^(of|–|-)$/.test(t.text)
		) {
			return false;
		}
	}
	return false;
}

/** Token index ranges of a phrase in a sentence, by its words. */
function findPhrase(p: AnalysedParagraph, sentence: Sentence, phrase: RegExp): [number, number][] {
	const out: [number, number][] = [];
	// Most sentences hold no marker at all: a look at the words first keeps this linear and cheap.
	const words = phrase.source.replace(/^\^|\$$/g, '');
	if (!new RegExp(`\\b(?:${words})\\b`, 'i').test(sentence.text)) return out;
	const { tokens } = p;
	for (let k = sentence.first; k < sentence.last; k++) {
		let joined = '';
		for (let n = 1; n <= 4 && k + n <= sentence.last; n++) {
			joined = n === 1 ? (tokens[k]?.text ?? '') : `${joined} ${tokens[k + n - 1]?.text ?? ''}`;
			if (phrase.test(joined)) out.push([k, k + n]);
		}
	}
	return out;
}

function lastWord(p: AnalysedParagraph, sentence: Sentence): number {
	let end = sentence.last;
	while (
		end > sentence.first &&
		p.tokens[end - 1]?.pos === 'PUNCT' &&
		p.tokens[end - 1]?.text !== ')'
	) {
		end--;
	}
	return end;
}

function namesSomething(
	context: GenerationContext,
	p: AnalysedParagraph,
	start: number,
	end: number
): boolean {
	if (/\b\d{3,4}\b/.test(p.paragraph.text.slice(start, end))) return true;
	return (context.mentionsIn[p.index] ?? []).some(
		(m) => m.start >= start && m.end <= end && m.type !== 'other'
	);
}

/** The text of tokens [from, to). */
function slice(p: AnalysedParagraph, from: number, to: number): string {
	return p.paragraph.text.slice(p.tokens[from]?.start ?? 0, p.tokens[to - 1]?.end ?? 0);
}

/** "Why did X ...?" from the clause parts, the opening date put at the end. */
function why(parts: ClauseParts): string {
	return `why ${parts.body}${parts.time ? ` ${parts.time}` : ''}`;
}

/**
 * The cause after its marker, cut where a new clause about something else begins: ", which",
 * "; ...". Undefined when it offers alternatives ("either because ... or because").
 */
function causeSpan(p: AnalysedParagraph, from: number, to: number): [number, number] | undefined {
	const { tokens } = p;
	let end = to;
	for (let k = from; k < to; k++) {
		const t = tokens[k] as Token;
		if (t.text === ';' || t.text === ':' || t.text === '—') {
			end = k;
			break;
		}
		const next = tokens[k + 1];
		// "because A, and B": B may be more of the reason or a clause of its own, and which cannot
		// be told; the sentence is not asked.
		if (
			t.text === ',' &&
			/^(and|or)$/i.test(next?.text ?? '') &&
			!['VERB', 'AUX'].includes(tokens[k + 2]?.pos ?? '')
		) {
			return undefined;
		}
		// ", which ...", ", making Afghanistan one of ...": what follows is about something else. A
		// finite verb after a comma closes an appositive inside the cause ("Catherine's nephew, the
		// emperor, controlled Rome") and belongs to it.
		if (
			t.text === ',' &&
			(/^(which|where|who|whose|whereas|although|though|but|however)$/i.test(next?.text ?? '') ||
				(next?.pos === 'VERB' && /ing$/.test(next.text)))
		) {
			end = k;
			break;
		}
		if (/^(because|since)$/i.test(t.text)) return undefined;
	}
	while (
		end > from &&
		tokens[end - 1]?.pos === 'PUNCT' &&
		!/^[)”]$/.test(tokens[end - 1]?.text ?? '')
	) {
		end--;
	}
	if (tokens[from]?.pos === 'PUNCT') return undefined;
	return end > from ? [from, end] : undefined;
}

/** Markers followed by a noun phrase, not a clause: "because of", "due to". */
const NOUN_MARKERS = /^(because of|due to|owing to|as a (direct )?result of|on account of)$/i;

/**
 * Whether the cause after a noun marker is a noun phrase. "due to heat and pressure and is then
 * weathered" goes on with the sentence's own verb; a gerund ("being subjected to") is fine.
 */
function nounPhrase(p: AnalysedParagraph, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const t = p.tokens[k] as Token;
		if (t.pos === 'AUX' && !(k === from && /^being$/i.test(t.text))) return false;
		if (
			(t.pos === 'VERB' || t.pos === 'AUX') &&
			/^(and|or|but)$/i.test(p.tokens[k - 1]?.text ?? '')
		) {
			return false;
		}
	}
	return true;
}

/** "Because of its central location, Warsaw became the capital." */
function causeFirst(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling
): Found | undefined {
	const { tokens } = p;
	const opening =
		/^(because of|because|due to|owing to|as a (?:direct )?result of|on account of|since)\s/i.exec(
			sentence.text
		);
	if (!opening) return undefined;
	const marker = (opening[1] as string).toLowerCase();
	const causeFrom = tokenAt(tokens, sentence.start + opening[0].length);
	const end = lastWord(p, sentence);
	// The cause may hold commas itself: try each comma until the rest reads as a clause.
	for (let comma = causeFrom + 1; comma < end; comma++) {
		if (tokens[comma]?.text !== ',') continue;
		const cause = slice(p, causeFrom, comma);
		if (marker === 'since' && !causalSince(p, causeFrom, comma, cause)) return undefined;
		if (NOUN_MARKERS.test(marker) && !nounPhrase(p, causeFrom, comma)) return undefined;
		// "..., the city sees little cold, and winters are mild": the rest is a second clause.
		if (tokens[comma + 1]?.pos === 'CCONJ') continue;
		const parts = whyClause(context, p, comma + 1, end, { resolve, spelling, loose: true });
		if (!parts) continue;
		// "Since the war ended, the town has grown": with a perfect tense "since" tells time.
		if (marker === 'since' && /^(has|have|had)\b/.test(parts.body)) return undefined;
		const start = tokens[causeFrom]?.start ?? 0;
		const answerEnd = tokens[comma - 1]?.end ?? 0;
		const score = marker === 'since' ? 2.5 : 3.5;
		return {
			question: why(parts),
			answer: capitalise(cause),
			start,
			end: answerEnd,
			score,
			named: namesSomething(context, p, tokens[comma + 1]?.start ?? 0, sentence.end)
		};
	}
	return undefined;
}

/**
 * "The harvest failed. As a result, bread prices doubled." -> "Why did bread prices double?"
 * The cause is the sentence before, asked only when it stands alone and is short; "This led to
 * Y" after it asks "What led to Y?".
 */
function causeBefore(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling
): Found | undefined {
	const index = p.sentences.indexOf(sentence);
	const previous = p.sentences[index - 1];
	if (!previous || hasQuote(p, previous)) return undefined;
	const opening =
		/^(as a (?:direct )?result|as a consequence|consequently|for this reason|because of this|owing to this|due to this)\s*,\s*/i.exec(
			sentence.text
		);
	const led =
		/^this (led to|resulted in|caused|brought about|gave rise to|triggered|sparked)\s+(.+?)[.!]?$/i.exec(
			sentence.text
		);
	if (!opening && !led) return undefined;
	// The sentence before must itself be the whole cause: no reason of its own pointing further back.
	if (
		/^(as a result|consequently|this|these|it|they|he|she|however|but|later|earlier|soon|then|afterwards|subsequently|meanwhile|(\w+ )+(later|earlier|afterwards))\b/i.test(
			previous.text
		)
	) {
		return undefined;
	}
	const cause = standaloneSentence(context, p, previous);
	if (!cause || countWords(cause) > MAX_ANSWER_WORDS || countWords(cause) < 4) return undefined;
	const evidence: Sentence = {
		start: previous.start,
		end: sentence.end,
		first: previous.first,
		last: sentence.last,
		text: p.paragraph.text.slice(previous.start, sentence.end)
	};
	const found = (question: string): Found => ({
		question,
		answer: cause.replace(/[.!]+$/, ''),
		start: previous.start,
		end: previous.end,
		score: 3,
		named: namesSomething(context, p, sentence.start, sentence.end),
		evidence
	});
	if (opening) {
		const from = tokenAt(p.tokens, sentence.start + opening[0].length);
		const parts = whyClause(context, p, from, lastWord(p, sentence), { resolve, spelling });
		return parts ? found(why(parts)) : undefined;
	}
	const effect = (led?.[2] ?? '').trim();
	if (
		!effect ||
		countWords(effect) > 20 ||
		pointsBack(effect) ||
		/,/.test(effect) ||
		!balanced(effect)
	) {
		return undefined;
	}
	return found(`what ${(led?.[1] ?? '').toLowerCase()} ${effect}`);
}

/**
 * "The government needed revenue, so it introduced a land tax in 1873." -> "Why did the
 * government introduce a land tax in 1873?", answered with the first clause. The "it" of the
 * second clause is the subject of the first.
 */
function soResult(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling
): Found | undefined {
	const { tokens } = p;
	const at = tokens.findIndex(
		(t, k) =>
			k > sentence.first &&
			k < sentence.last &&
			t.text.toLowerCase() === 'so' &&
			tokens[k - 1]?.text === ',' &&
			!/^(that|far|much|many|long|as)$/i.test(tokens[k + 1]?.text ?? '')
	);
	if (at < 0) return undefined;
	const comma = at - 1;
	// The cause: one clause whose subject names what it is.
	const causeParts = whyClause(context, p, sentence.first, comma, {
		resolve,
		spelling,
		loose: true
	});
	if (!causeParts || /^(there|it|they)$/i.test(causeParts.subject)) return undefined;
	const first = tokens[sentence.first] as Token;
	if (first.pos === 'ADP' || first.pos === 'SCONJ') return undefined;
	const cause = slice(p, sentence.first, comma);
	const parts = whyClause(context, p, at + 1, lastWord(p, sentence), {
		resolve,
		spelling,
		pronounStandsFor: causeParts.subject
	});
	if (!parts) return undefined;
	return {
		question: why(parts),
		answer: capitalise(cause),
		start: tokens[sentence.first]?.start ?? 0,
		end: tokens[comma - 1]?.end ?? 0,
		score: 3,
		named: namesSomething(context, p, tokens[at]?.start ?? 0, sentence.end)
	};
}

/** "Since Y, X" gives a reason only when Y is a clause that names no time. */
function causalSince(p: AnalysedParagraph, from: number, to: number, cause: string): boolean {
	if (
		/\b(\d{1,4}|then|century|decade|year|years|war|reign|death|days?|months?|times?|ago|beginning|start|founding|independence)\b/i.test(
			cause
		)
	) {
		return false;
	}
	const verbs = p.tokens.slice(from, to).filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
	return verbs.length > 0;
}

/** "Polonia was relegated in 2013 because of their financial situation." */
function effectFirst(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling
): Found | undefined {
	const { tokens } = p;
	const end = lastWord(p, sentence);
	for (const [pattern, score, prefix] of EFFECT_FIRST_MARKERS) {
		for (const [mFrom, mTo] of findPhrase(p, sentence, pattern)) {
			if (mFrom < sentence.first + 2) continue;
			// "were held to determine ...": a bare "to" gives a purpose of a thing made or done, asked
			// only of a named thing ("The Bridgewater Canal was built to ...").
			if (
				/^to$/i.test(tokens[mFrom]?.text ?? '') &&
				(!purposeTo(p, mFrom) ||
					!namesSomething(context, p, sentence.start, tokens[mFrom]?.start ?? 0))
			) {
				continue;
			}
			// ", so that most power is made by steam": a result, not a purpose.
			if (/^so that$/i.test(slice(p, mFrom, mTo)) && tokens[mFrom - 1]?.text === ',') continue;
			// "not just because ... but also because": two causes, neither the whole answer.
			const before = p.paragraph.text.slice(sentence.start, tokens[mFrom]?.start ?? 0).trimEnd();
			if (/\b(not|either|just|not only|not just)$/i.test(before)) continue;
			const hedge = CAUSE_HEDGE.exec(before);
			let effectEnd = mFrom;
			if (hedge) effectEnd = tokenAt(tokens, sentence.start + (hedge.index ?? 0));
			if (tokens[effectEnd - 1]?.text === ',') effectEnd--;
			const parts = whyClause(context, p, sentence.first, effectEnd, { resolve, spelling });
			if (!parts) continue;
			const span = causeSpan(p, mTo, end);
			if (!span) continue;
			if (NOUN_MARKERS.test(slice(p, mFrom, mTo)) && !nounPhrase(p, span[0], span[1])) continue;
			// A cause that ends before the sentence does must end at a clause boundary, not mid-phrase.
			let cause = slice(p, span[0], span[1]);
			if (prefix) cause = `${prefix} ${cause}`;
			const marker = slice(p, mFrom, mTo).toLowerCase();
			if (hedge) cause = `${hedge[1]} ${prefix ? cause : `${marker} ${cause}`}`;
			return {
				question: why(parts),
				answer: capitalise(cause),
				start: tokens[hedge || prefix ? Math.min(effectEnd, mFrom) : span[0]]?.start ?? 0,
				end: tokens[span[1] - 1]?.end ?? 0,
				score,
				named: namesSomething(context, p, sentence.start, tokens[mFrom]?.start ?? 0)
			};
		}
	}
	return undefined;
}

const LED_TO =
	/^(led to|leads to|lead to|resulted in|results in|result in|caused|causes|cause|brought about|brings about|bring about|gave rise to|gives rise to|give rise to|triggered|triggers|sparked|sparks)$/i;

/** Effects too vague to ask about on their own. */
const VAGUE_EFFECTS = new Set(
	'damage problem difficulty trouble concern controversy confusion criticism change issue delay loss increase decrease rise fall improvement reduction use development'.split(
		' '
	)
);

/** "lead to" with a plural subject asks "What leads to ...?": the answer is one thing or list. */
function singular(verb: string): string {
	const [head, ...rest] = verb.split(' ');
	if (!head || /(ed|led|ught|ave)$/.test(head) || /s$/.test(head)) return verb;
	return [`${head}s`, ...rest].join(' ');
}

/**
 * "The German invasion in 1939 led to the uprising in 1943." -> "What led to the uprising in
 * 1943?" The subject is the cause; it must be a plain noun phrase that names what it is.
 */
function ledTo(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined
): Found | undefined {
	const { tokens } = p;
	const end = lastWord(p, sentence);
	const hits = findPhrase(p, sentence, LED_TO);
	const hit = hits[0];
	if (!hit) return undefined;
	let [vFrom] = hit;
	const vTo = hit[1];
	// "has led to", "eventually led to": the verb group starts at its auxiliary or adverb.
	while (vFrom > sentence.first && tokens[vFrom - 1]?.pos === 'ADV') vFrom--;
	let aux = '';
	if (/^(has|have|had)$/i.test(tokens[vFrom - 1]?.text ?? '')) {
		aux = tokens[vFrom - 1]!.text.toLowerCase();
		vFrom--;
	}
	const verbText = slice(p, hit[0], vTo).toLowerCase();
	if (
		/^(caused|causes|cause|triggered|triggers|sparked|sparks)$/.test(verbText) &&
		tokens[vTo]?.pos === 'ADP'
	) {
		return undefined;
	}
	// The subject: the sentence's opening phrase set aside, a noun phrase with no verb of its own.
	let from = sentence.first;
	while (
		from < vFrom &&
		(tokens[from]?.pos === 'CCONJ' ||
			/^(then|thus|eventually|ultimately|later|finally|however)$/i.test(tokens[from]?.text ?? ''))
	) {
		from++;
		if (tokens[from]?.text === ',') from++;
	}
	if (tokens[from]?.pos === 'ADP') {
		let comma = from;
		while (comma < vFrom && tokens[comma]?.text !== ',') comma++;
		if (comma >= vFrom || comma - from > 9) return undefined;
		from = comma + 1;
	}
	if (from >= vFrom) return undefined;
	// A participle may describe a noun ("the measurements made by Watt"); any other verb means
	// the subject is a clause ("Steam engines remained ... when advances ...").
	const participle = (k: number) =>
		/(ed|en|wn|ne|de|t)$/.test(tokens[k]?.text ?? '') &&
		((['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'ADP') ||
			// "Continued war ...": a participle before its noun is an adjective.
			['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? ''));
	for (let k = from; k < vFrom; k++) {
		const t = tokens[k] as Token;
		if (
			t.pos === 'AUX' ||
			t.pos === 'SCONJ' ||
			/^(who|which|that|whose|whom|when|where|while|;|:)$/i.test(t.text) ||
			(t.pos === 'VERB' && !participle(k))
		) {
			return undefined;
		}
	}
	// A list of causes keeps its commas, a clause does not: no comma right before the verb.
	if (tokens[vFrom - 1]?.text === ',') return undefined;
	const first = tokens[from] as Token;
	let cause = slice(p, from, vFrom);
	if (/^(his|her)$/i.test(first.text)) {
		const person = resolve();
		if (!person) return undefined;
		cause = `${person}’s${cause.slice(first.text.length)}`;
	} else if (
		first.pos === 'PRON' ||
		/^(this|these|those|that|it|its|their|they|such|both|the latter|the former)$/i.test(first.text)
	) {
		return undefined;
	}
	if (/\b(this|these|those|such|the latter|the former|them|it)\b/i.test(cause)) return undefined;
	// "The affair caused ...": a bare "the" and one noun points back to a sentence before.
	if (/^(the|a|an)\s+\S+$/i.test(cause)) return undefined;
	// The effect: the object, cut before a clause about something else.
	const span = causeSpan(p, vTo, end);
	if (!span) return undefined;
	let effectEnd = span[1];
	for (let k = vTo; k < effectEnd; k++) {
		if (
			tokens[k]?.text === ',' &&
			/^(as|and|but|with|when|while|after|before|although|though|so|thus)$/i.test(
				tokens[k + 1]?.text ?? ''
			)
		) {
			effectEnd = k;
			break;
		}
	}
	let effect = slice(p, vTo, effectEnd);
	if (!effect || !balanced(effect) || !balanced(cause)) return undefined;
	const owner = /^(his|her)\s/i.exec(effect);
	if (owner) {
		const person = resolve();
		if (!person) return undefined;
		effect = `${person}’s ${effect.slice(owner[0].length)}`;
	}
	if (/^(it|its|their|them|this|these|those|such|him|her|his)\b/i.test(effect)) return undefined;
	if (/\b(this|these|those|such|the latter|the former)\b/i.test(effect)) return undefined;
	const effectTokens = tokens.slice(vTo, effectEnd);
	if (!effectTokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
	// A list keeps its commas; a verb after a comma starts another clause.
	const comma = effectTokens.findIndex((t) => t.text === ',');
	if (comma >= 0 && effectTokens.slice(comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
		return undefined;
	}
	if (countWords(effect) > 25 || countWords(effect) < 2) return undefined;
	// "caused damage to ...", "led to criticism": a vague effect is not worth asking about, unless
	// it says of what ("the development of the separate condenser").
	const headAt = effectTokens.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
	const head = effectTokens[headAt];
	if (
		head &&
		VAGUE_EFFECTS.has(head.lemma.toLowerCase()) &&
		!/^(of|in)$/i.test(effectTokens[headAt + 1]?.text ?? '')
	) {
		return undefined;
	}
	const verbPhrase = aux ? `${aux === 'had' ? 'had' : 'has'} ${verbText}` : singular(verbText);
	return {
		question: `what ${verbPhrase} ${effect}`,
		answer: capitalise(cause),
		start: tokens[from]?.start ?? 0,
		end: tokens[vFrom - 1]?.end ?? 0,
		score: 3.5,
		named: namesSomething(context, p, tokens[vTo]?.start ?? 0, sentence.end)
	};
}

/**
 * "The harvest failed in 1788, leading to a sharp rise in the price of bread." -> "What led to a
 * sharp rise in the price of bread?", answered with the main clause. Only the participles, whose
 * subject is the whole clause: ", which led to" may mean the last noun alone.
 */
function leadingTo(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence
): Found | undefined {
	const { tokens } = p;
	const m = /^(.+?),\s+(leading to|resulting in|causing|triggering|sparking)\s+(.+?)[.!]?$/.exec(
		sentence.text
	);
	if (!m) return undefined;
	const cause = m[1] as string;
	const verb = m[2] as string;
	// "many accidents when a driver fastened the valve": the effect is the noun phrase.
	const effect =
		(m[3] as string).split(/\s+(?=(?:when|where|while|as|after|before|until|because)\s)/)[0] ?? '';
	const causeTokens = tokens.filter(
		(t) => t.start >= sentence.start && t.end <= sentence.start + cause.length
	);
	const first = causeTokens[0];
	if (!first || first.pos === 'PRON' || first.pos === 'SCONJ' || pointsBack(cause)) {
		return undefined;
	}
	if (!causeTokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
	// One clause: no second clause or relative clause after a comma.
	if (
		/,\s+(and|but|which|who|where|while|although|though|as|when)\b/i.test(cause) ||
		/[;:]/.test(cause)
	) {
		return undefined;
	}
	// "causing X to Y" makes a clause, not a noun phrase to ask about.
	if (verb === 'causing' && /\bto\s+\w+/.test(effect)) return undefined;
	if (/,/.test(effect) || pointsBack(effect) || !balanced(effect) || !balanced(cause)) {
		return undefined;
	}
	if (countWords(effect) < 2 || countWords(effect) > 20) return undefined;
	const asked: Record<string, string> = {
		'leading to': 'led to',
		'resulting in': 'resulted in',
		causing: 'caused',
		triggering: 'triggered',
		sparking: 'sparked'
	};
	return {
		question: `what ${asked[verb] ?? verb} ${effect}`,
		answer: capitalise(cause),
		start: sentence.start,
		end: sentence.start + cause.length,
		score: 3,
		named: namesSomething(context, p, sentence.start, sentence.end)
	};
}

/**
 * "The main cause of the war was the invasion of X." / "X was the reason for Y." / "Y was caused
 * by X." -> "What was the main cause of the war?" / "What caused Y?".
 */
function reasonFor(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	resolve: () => string | undefined,
	spelling: Spelling
): Found | undefined {
	const text = sentence.text.replace(/[.!?]+$/, '');
	// "The (main) reason for / cause of Y was X."
	let m =
		/^(the|a|one|another)\s+((?:(?:main|chief|principal|major|immediate|underlying|long-term|short-term|real|primary|key|first|second)\s+)*(?:reason|cause)s?\s+(?:for|of)\s+[^,;:]+?)\s+(was|were|is|are)\s+(?:that\s+)?([^;:]+)$/i.exec(
			text
		);
	if (m) {
		const effect = `${(m[1] as string).toLowerCase()} ${m[2]}`;
		const cause = m[4] as string;
		if (pointsBack(effect)) return undefined;
		const start = sentence.start + text.length - cause.length;
		return {
			question: `what ${m[3]} ${effect}`,
			answer: capitalise(cause),
			start,
			end: start + cause.length,
			score: 3.5,
			named: namesSomething(context, p, sentence.start, start)
		};
	}
	// "X was the (main) reason for Y." -> "What was the main reason for Y?"
	m =
		/^([^,;:]+?)\s+(was|were|is|are)\s+((?:the|a|one of the)\s+(?:(?:main|chief|principal|major|immediate|underlying|real|primary|key)\s+)*(?:reasons?|causes?)\s+(?:for|of|why)\s+[^;:]+)$/i.exec(
			text
		);
	if (m) {
		const cause = m[1] as string;
		const effect = (m[3] as string).replace(/^one of the (\w+ )*?(reasons|causes)/i, (s) => s);
		if (pointsBack(effect) || pointsBack(cause) || /^(the|a|an)\s+\S+$/i.test(cause)) {
			return undefined;
		}
		const first = p.tokens[sentence.first];
		if (!first || first.pos === 'PRON' || first.pos === 'ADP' || first.pos === 'SCONJ') {
			return undefined;
		}
		const subject = subjectCase(context, p, first, spelling) + cause.slice(first.text.length);
		void subject;
		return {
			question: `what ${m[2]} ${effect}`,
			answer: capitalise(cause),
			start: sentence.start,
			end: sentence.start + cause.length,
			score: 3,
			named: namesSomething(context, p, sentence.start + cause.length, sentence.end)
		};
	}
	// "Y was caused by X." -> "What caused Y?"
	m =
		/^([^,;:]+?)\s+(was|were|is|are|has been|had been)\s+((?:\w+ly\s+)?caused)\s+(?:mainly\s+|largely\s+|partly\s+)?by\s+([^;:]+)$/i.exec(
			text
		);
	if (m) {
		const effectWords = m[1] as string;
		const cause = m[4] as string;
		const first = p.tokens[sentence.first];
		if (!first || first.pos === 'PRON' || first.pos === 'ADP' || first.pos === 'SCONJ') {
			return undefined;
		}
		if (pointsBack(effectWords) || pointsBack(cause) || /,/.test(cause)) return undefined;
		if (/\b(which|who|that)\b/i.test(effectWords)) return undefined;
		const effect = subjectCase(context, p, first, spelling) + effectWords.slice(first.text.length);
		const present = /^(is|are)$/i.test(m[2] as string);
		const start = sentence.start + text.length - cause.length;
		void resolve;
		return {
			question: `what ${present ? 'causes' : 'caused'} ${effect}`,
			answer: capitalise(cause),
			start,
			end: start + cause.length,
			score: 3.5,
			named: namesSomething(context, p, sentence.start, start)
		};
	}
	return undefined;
}

/**
 * Nouns that, after a bare "the", stand for something named earlier ("opposed the measure", "put
 * down the disturbances"): a question with one does not say what it means.
 */
const ANAPHORIC_NOUNS =
	'regime colony territory measure measures decision plan plans policy move proposal proposals scheme step action event incident affair episode attempt reform reforms law act bill agreement treaty deal arrangement document letter report campaign movement organisation organization group project programme program system process practice machine machines device invention disturbances crisis rebellion revolt uprising strike attack idea theory book work order decree edict company firm body assembly meeting council committee refugees newcomers latter former same other';
const ANAPHORIC = new RegExp(`\\bthe (${ANAPHORIC_NOUNS.split(' ').join('|')})\\b(?! of\\b)`);

/**
 * Whether a question needs a sentence it does not give: "it", "them", "these", "that year", "the
 * measure". A dummy "it" ("found it difficult to") stands for nothing and is fine.
 */
export function pointsOutside(question: string): boolean {
	const text = question.replace(
		/\b(make|makes|made|making|find|finds|found|finding|consider|considered|think|thought|deem|deemed) it (\w+ )?\w+ (to|that)\b/gi,
		''
	);
	if (/\b(it|them|they|this|these|those|him|such|another|thereafter|therefore)\b/i.test(text)) {
		return true;
	}
	if (
		/\bthat (year|time|day|month|decade|century|period|moment|point|war|city|country)\b/i.test(text)
	) {
		return true;
	}
	if (
		/\b(the same|the following|the previous|the next|the preceding) (year|month|decade|day|century)\b/i.test(
			text
		)
	) {
		return true;
	}
	if (
		/\bthere\b(?!\s+(is|was|are|were|had|has|have|been|be)\b)/i.test(
			text.replace(/^why (is|was|are|were|has|have|had|did|do|does) there\b/i, '')
		)
	) {
		return true;
	}
	return ANAPHORIC.test(text);
}

function pointsBack(text: string): boolean {
	return /\b(this|these|those|that|it|its|they|their|them|he|she|his|her|him|such|the latter|the former)\b/i.test(
		text
	);
}

/**
 * A cause as an answer of its own: without the connective that tied it to a sentence before
 * ("But the cost was high"), the "also" that added it to another cause ("The treaties also
 * fixed …"), or the "so" of "so many … that" whose second half is the question.
 */
export function tidyAnswer(answer: string): string {
	const bare = answer
		.replace(/^(but|and|yet|however|thus|therefore),?\s+/i, '')
		.replace(/^so\s+(?=(many|much|few|little)\b)/i, '')
		.replace(/\s+also(?=\s)/i, '');
	return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * An answer that reads alone: no leading "this" or "these" pointing back, brackets and quotation
 * marks closed, and not just a pronoun.
 */
function soundAnswer(answer: string): boolean {
	if (!balanced(answer)) return false;
	// "They rejected ...": a pronoun in the answer stands for what the question names.
	if (/^(this|these|those|that|such|the latter|the former)\b/i.test(answer)) return false;
	if (/\b(this|these|those)\s+(?!(is|was|are|were)\b)[a-z]+/i.test(answer)) return false;
	return /[a-z]{3,}/i.test(answer);
}

/** Whether most of the answer's content words are already in the question. */
function givesAway(question: string, answer: string): boolean {
	const content = (s: string) =>
		s
			.toLowerCase()
			.split(/[^\p{L}\d]+/u)
			.filter(
				(w) =>
					w.length > 3 &&
					!/^(that|with|from|which|were|have|been|their|there|about|into|they|this|these|those|because)$/.test(
						w
					)
			);
	const a = content(answer);
	if (a.length === 0) return true;
	const q = new Set(content(question));
	return a.filter((w) => q.has(w)).length / a.length > 0.6;
}

function capitalise(text: string): string {
	const t = text.trim().replace(/[.,;:]+$/, '');
	return t.charAt(0).toUpperCase() + t.slice(1);
}
