import {
	FLIP_CARD_BONUS,
	type Candidate,
	type GenerationContext,
	type Generator
} from '../candidate.ts';
import { countWords } from '../../text.ts';
import { hasQuote } from '../prompts.ts';
import { balanced } from './why-clause.ts';

/**
 * What a principle, law or theory says, as the text states it: "The principle of superposition
 * states that younger layers lie on older ones" -> "What does the principle of superposition
 * state?", answered on a flip card with the statement in the text's words. Textbooks of every
 * science put their key ideas this way.
 */

/** Nouns that make a subject an idea whose content can be stated. */
const IDEA_HEADS =
	'principle|principles|law|laws|theory|theories|rule|doctrine|hypothesis|theorem|postulate|thesis|paradox|effect|equation|model|axiom|maxim|conjecture';
/** The subject, a verb of stating and "that", then the statement to the sentence's end. */
const STATEMENT =
	/^(?<subject>[\p{L}\d’'\s-]{3,90}?)\s+(?<verb>states?|holds?|says|say|asserts?|posits?|stipulates?|predicts?|proposes?|maintains?|suggests?)\s+that,?\s+(?<claim>.+?)[.!]?$/u;
/** A subject built on an idea noun: its last word, or the word before "of". */
const IDEA_SUBJECT = new RegExp(
	`^(?:the\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,4}?(?:${IDEA_HEADS})(?:\\s+of\\s+[\\p{L}\\d’'\\s-]+)?$`,
	'iu'
);
const MIN_WORDS = 5;
const MAX_WORDS = 35;

export const principleGenerator: Generator = {
	kind: 'term',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			for (const sentence of p.sentences) {
				if (hasQuote(p, sentence)) continue;
				const found = statementOf(sentence.text);
				if (!found) continue;
				const start = sentence.start + sentence.text.lastIndexOf(found.claim);
				out.push({
					kind: 'term',
					prompt: found.question,
					answer: found.claim.charAt(0).toUpperCase() + found.claim.slice(1),
					paragraph: p.index,
					sentence,
					answerStart: start,
					answerEnd: start + found.claim.length,
					score: 3.5 + FLIP_CARD_BONUS,
					selfGraded: true
				});
			}
		}
		return out;
	}
};

/**
 * The question and the statement of a sentence that states a principle: "The law of X states
 * that Y." -> "What does the law of X state?" and "Y". Undefined for any other sentence, for a
 * subject that points back ("This theory"), and for a statement too short or too long to recall.
 */
export function statementOf(text: string): { question: string; claim: string } | undefined {
	const m = STATEMENT.exec(text.trim());
	const subject = m?.groups?.subject?.trim() ?? '';
	const verb = m?.groups?.verb ?? '';
	const claim = m?.groups?.claim?.trim() ?? '';
	if (!m || !IDEA_SUBJECT.test(subject)) return undefined;
	if (/\b(this|these|that|those|its|their|his|her|such|same)\b/i.test(subject)) return undefined;
	// "Some theories of X hold …": a few of several ideas, not one to state.
	if (
		/^(a|an|some|many|most|several|other|few|all|both|one|two|another|each|every)\b/i.test(subject)
	) {
		return undefined;
	}
	const words = countWords(claim);
	if (words < MIN_WORDS || words > MAX_WORDS || !balanced(claim)) return undefined;
	// "… that this is so", "… that it": a statement that points outside itself.
	if (/^(this|these|those|it|they|such)\b/i.test(claim)) return undefined;
	const singular = verb.endsWith('s');
	const base = singular ? verb.slice(0, -1) : verb;
	const asked = /^The\s/.test(subject) ? `the${subject.slice(3)}` : subject;
	return { question: `What ${singular ? 'does' : 'do'} ${asked} ${base}?`, claim };
}
