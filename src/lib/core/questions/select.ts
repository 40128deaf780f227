import { compareKey, countWords } from '../text.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { timelineOf } from './date-mentions.ts';
import { chooseDistractors } from './distractors.ts';
import { rejectionOf } from './filters.ts';
import { isDocumentSubject, titleGivesAway } from './subject.ts';
import { lookupDemonym } from './world.ts';

/** Questions per 1,000 words a bank aims at: enough to study, few enough to all be sound. */
export const TARGET_PER_THOUSAND = 16;
/** A paragraph gets one question per this many words at most, so questions spread. */
const WORDS_PER_QUESTION_IN_PARAGRAPH = 28;

/** A candidate that passed the checks, with its wrong options and final score. */
export interface Selected extends Candidate {
	distractors: string[];
	rank: number;
}

/**
 * Broad regions that a sentence about them names anyway, or that no student needs to be asked
 * ("the _____ " for "Europe"): general words of geography, not names from any one document.
 */
const BROAD_REGIONS = new Set(
	[
		'europe',
		'asia',
		'africa',
		'america',
		'the americas',
		'north america',
		'south america',
		'latin america',
		'central america',
		'oceania',
		'antarctica',
		'the arctic',
		'middle east',
		'the middle east',
		'near east',
		'the near east',
		'far east',
		'the far east',
		'the west',
		'the east',
		'the north',
		'the south',
		'west',
		'east',
		'north',
		'south',
		'the world',
		'western europe',
		'eastern europe',
		'northern europe',
		'southern europe',
		'central europe',
		'east asia',
		'southeast asia',
		'south asia',
		'central asia',
		'west africa',
		'east africa',
		'north africa',
		'southern africa'
	].map(compareKey)
);

/** Why a candidate is not worth asking in this document, beyond its own prompt. */
/**
 * "In _____ Velden restricted the sale of sheep" → 1986, in the article on a disaster of 26 April
 * 1986: the year of the day the opening sentence is about is guessed by any reader, so asked
 * elsewhere as a bare year it tests nothing.
 */
function isTheSubjectsYear(c: Candidate, context: GenerationContext): boolean {
	if (c.kind !== 'date' || !c.date || c.date.month || c.date.precision) return false;
	const opening = context.paragraphs[0]?.sentences[0];
	if (!opening || (c.paragraph === 0 && c.sentence.start === opening.start)) return false;
	const { dates } = timelineOf(context);
	return dates.some(
		(d) =>
			d.paragraph === 0 &&
			d.start >= opening.start &&
			d.start < opening.end &&
			!!d.date.month &&
			d.date.year === c.date?.year
	);
}

export function notWorthAsking(c: Candidate, context: GenerationContext): string | undefined {
	if (!c.selfGraded && isDocumentSubject(c.answer, context.title)) return 'document-subject';
	// "_____, Countess of Velden, was an engineer": the name that opens a document is its subject,
	// under whatever name the title gives it.
	const opening = context.paragraphs[0]?.sentences[0];
	if (
		c.paragraph === 0 &&
		opening &&
		c.sentence.start === opening.start &&
		c.answerStart - opening.start <= 4 &&
		(c.kind === 'actor' || c.kind === 'term' || c.kind === 'place')
	) {
		return 'document-subject';
	}
	if ((c.kind === 'number' || c.fine === 'person') && titleGivesAway(c.answer, context.title)) {
		return 'document-subject';
	}
	if (c.kind === 'place' && BROAD_REGIONS.has(compareKey(c.answer))) return 'broad-region';
	if (isTheSubjectsYear(c, context)) return 'subject-year';
	// A name whose sort nobody could tell is never asked with options of a guessed sort.
	if ((c.kind === 'actor' || c.kind === 'place' || c.kind === 'term') && c.fine === 'other') {
		return 'unknown-sort';
	}
	if (c.confidence !== undefined && c.confidence < 0.5) return 'unsure-sort';
	// A place or a term with options of its sort needs its own sort to be sure.
	if ((c.kind === 'place' || c.kind === 'term') && !c.selfGraded && (c.confidence ?? 0) < 0.65) {
		return 'unsure-sort';
	}
	// A people ("Turks", "Geologists") or a state as an actor has no wrong options a reader could
	// not rule out by era or sense; they are not asked.
	if (c.fine === 'people' || c.fine === 'polity') return 'unaskable-sort';
	// "the _____ engine" -> "Savery": a name used as a modifier names the thing, not the actor.
	const p = context.paragraphs[c.paragraph];
	const next = p?.tokens.find((t) => t.start >= c.answerEnd);
	// "the _____ regime" -> "Saudi", "the _____ area" -> "Grainger Town": a place or a name in front
	// of a noun is a modifier, and options of its sort do not fit the noun.
	if (
		(c.kind === 'actor' || c.kind === 'place') &&
		next &&
		next.pos === 'NOUN' &&
		/^[a-z]/.test(next.text) &&
		/^\s*$/.test(p?.paragraph.text.slice(c.answerEnd, next.start) ?? '') &&
		!c.prompt.endsWith('?')
	) {
		return 'modifier';
	}
	// "English and Latin were spoken": where the paragraph names another language, it may be
	// as true of the question as the answer.
	if (
		c.fine === 'language' &&
		(context.mentionsIn[c.paragraph] ?? []).some(
			(m) => m.fine === 'language' && m.canonical !== c.answer
		)
	) {
		return 'rival-language';
	}
	// "the _____, who was a relative of the Elector" -> "Saxon": a people's word is not a person.
	if (c.fine === 'person' && lookupDemonym(c.answer)) return 'unaskable-sort';
	return undefined;
}

/**
 * The score a candidate is ranked by: its generator's own, raised for a question asked with
 * three wrong options of the right sort or as a question rather than a cloze, lowered for a
 * name asked without options (typed recall of a rare name is hard to grade) and for long prompts.
 */
function rankOf(c: Candidate, distractors: string[]): number {
	let rank = c.score + (c.confidence ?? 0.8);
	const named = c.kind === 'actor' || c.kind === 'place' || c.kind === 'term';
	if (c.selfGraded) rank += 0;
	else if (distractors.length >= 3) rank += 1;
	else if (distractors.length < 2) rank -= named ? 1.5 : 1;
	const words = countWords(c.prompt);
	if (words > 35) rank -= 1;
	if (words < 8) rank -= 0.5;
	return rank;
}

/**
 * Keeps the best questions of a document and drops the rest: every check passed, wrong options
 * chosen, at most one question per sentence and per fact, spread over the paragraphs, and about
 * TARGET_PER_THOUSAND per 1,000 words. Returned in no particular order.
 */
export function selectQuestions(
	candidates: readonly Candidate[],
	context: GenerationContext
): Selected[] {
	const scored: Selected[] = [];
	for (const c of candidates) {
		if (rejectionOf(c) || notWorthAsking(c, context)) continue;
		const distractors = chooseDistractors(c, context);
		// A name asked without options is typed: only worth it when its sort is sure.
		const named = c.kind === 'actor' || c.kind === 'place' || c.kind === 'term';
		// A person's name is recalled well enough; a place or a term of unsure sort is not.
		if (
			named &&
			!c.selfGraded &&
			distractors.length < 2 &&
			(c.fine !== 'person' || (c.confidence ?? 0) < 0.75)
		) {
			continue;
		}
		scored.push({ ...c, distractors, rank: rankOf(c, distractors) });
	}
	scored.sort(
		(a, b) =>
			b.rank - a.rank ||
			a.paragraph - b.paragraph ||
			a.sentence.start - b.sentence.start ||
			a.answerStart - b.answerStart
	);
	const words = context.paragraphs.reduce((n, p) => n + countWords(p.paragraph.text), 0);
	const budget = Math.max(3, Math.round((words / 1000) * TARGET_PER_THOUSAND));
	const perParagraph = context.paragraphs.map((p) =>
		Math.max(1, Math.floor(countWords(p.paragraph.text) / WORDS_PER_QUESTION_IN_PARAGRAPH))
	);
	const taken = new Map<number, number>();
	const sentences = new Map<string, string[]>();
	const facts = new Map<string, number>();
	const prompts = new Set<string>();
	const datedFacts: DatedFact[] = [];
	const kept: Selected[] = [];
	let flips = 0;
	for (const c of scored) {
		if (kept.length >= budget) break;
		// One question per sentence: a second would give the first away or repeat it.
		const sentenceKey = `${c.paragraph}|${c.sentence.start}`;
		const before = sentences.get(sentenceKey);
		if (before) continue;
		// One question per fact: the same answer in a paragraph once, in the document twice.
		const answerKey = compareKey(c.answer);
		const paragraphFact = `${c.paragraph}|${answerKey}`;
		if (facts.has(paragraphFact) || (facts.get(answerKey) ?? 0) >= 2) continue;
		const promptKey = compareKey(c.prompt);
		if (prompts.has(promptKey)) continue;
		const when = dateFact(c);
		if (when && datedFacts.some((d) => sameDatedFact(d, when))) continue;
		// Flip cards (causes, definitions) at most a third of a bank: the rest is recalled exactly.
		if (c.selfGraded && flips >= Math.max(2, Math.floor(budget / 3))) continue;
		if ((taken.get(c.paragraph) ?? 0) >= (perParagraph[c.paragraph] ?? 1)) continue;
		if (c.selfGraded) flips++;
		taken.set(c.paragraph, (taken.get(c.paragraph) ?? 0) + 1);
		sentences.set(sentenceKey, [...(before ?? []), c.kind]);
		facts.set(paragraphFact, 1);
		facts.set(answerKey, (facts.get(answerKey) ?? 0) + 1);
		prompts.add(promptKey);
		if (when) datedFacts.push(when);
		kept.push(c);
	}
	return kept;
}

/** A date question as a fact: when, and the long words of what happened. */
interface DatedFact {
	year: number;
	month?: number;
	words: Set<string>;
}

function dateFact(c: Candidate): DatedFact | undefined {
	if (c.kind !== 'date' || !c.date || c.date.precision) return undefined;
	const words = new Set(c.prompt.toLowerCase().match(/\p{Ll}{8,}/gu) ?? []);
	return { year: c.date.year, ...(c.date.month ? { month: c.date.month } : {}), words };
}

/**
 * "Ruritania obtained independence in _____" (December 1963) and "... came to an end on _____ with
 * independence" (12 December 1963): one event asked twice at two precisions.
 */
function sameDatedFact(a: DatedFact, b: DatedFact): boolean {
	if (a.year !== b.year) return false;
	if (a.month && b.month && a.month !== b.month) return false;
	return [...a.words].some((w) => b.words.has(w));
}
