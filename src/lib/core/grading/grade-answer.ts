import type { Question } from '../questions/types.ts';
import { gradeCause } from './causes.ts';
import { gradeDate } from './dates.ts';
import { gradeName } from './names.ts';
import { compactKey, digitRuns, normaliseAnswer } from './normalise.ts';
import { gradeNumber, readQuantity } from './numbers.ts';
import { gradeTerm } from './terms.ts';
import { right, wrong, type GradeContext, type GradeResult } from './types.ts';

/** Replies longer than this many times the longest accepted answer are not answers. */
const LENGTH_FACTOR = 4;
const LENGTH_FLOOR = 200;

function sameText(a: string, b: string): boolean {
	return a !== '' && compactKey(a) === compactKey(b) && digitRuns(a) === digitRuns(b);
}

/**
 * Grades a typed reply to a question. Deterministic: the same question, reply and context
 * always give the same result. `slip` says the reply was accepted only thanks to tolerance.
 */
export function gradeTypedAnswer(
	question: Pick<Question, 'kind' | 'answer' | 'accept' | 'distractors'>,
	reply: string,
	context: GradeContext = {}
): GradeResult {
	const accept = question.accept ?? [];
	const text = reply.trim();
	const longest = Math.max(question.answer.length, ...accept.map((a) => a.length));
	// A pasted page is never an answer, and refusing it first keeps grading cheap.
	if (text.length > Math.max(LENGTH_FLOOR, LENGTH_FACTOR * longest)) {
		return wrong('Answer in a few words');
	}
	const r = normaliseAnswer(text);
	if (r === '') return wrong('No answer given');
	// Quantities are compared by value only: as text, '-17' and '17' look the same.
	const asWords = (t: string) => question.kind !== 'number' || readQuantity(t) === undefined;
	const same = (t: string) => asWords(t) && sameText(normaliseAnswer(t), r);
	if ([question.answer, ...accept].some(same)) return right();
	if (question.distractors.some(same)) return wrong();

	const known = context.known ?? [];
	// An answer that does not read as a date or number is graded as the words it is.
	const asText = () => gradeTerm(question.answer, accept, question.distractors, text, known, false);
	switch (question.kind) {
		case 'date':
			return gradeDate(question.answer, accept, text) ?? asText();
		case 'number':
			return gradeNumber(question.answer, accept, text) ?? asText();
		case 'actor':
			return gradeName(question.answer, accept, question.distractors, text, known);
		case 'place':
		case 'term':
			return question.kind === 'place'
				? gradeTerm(question.answer, accept, question.distractors, text, known, true)
				: asText();
		case 'cause':
			return gradeCause(question.answer, text);
	}
}

export { gradeChoice } from './choice.ts';
