import type { Question, QuestionKind } from '../questions/types.ts';
import type { AnswerMode, CardRecord } from '../scheduling/card-record.ts';
import { distinctDistractors } from '../questions/options.ts';
import { countWords } from '../text.ts';
import { shuffle } from './shuffle.ts';

export type ModePreference = 'auto' | 'choice' | 'typed';

/** Multiple choice needs at least this many wrong options to be worth asking. */
export const MIN_DISTRACTORS = 2;

/** A reply longer than this many words cannot be typed and graded fairly. */
export const MAX_TYPED_WORDS = 4;

/** Whether a question is a flip card whatever the preference: see chooseMode. */
export function isFlipCard(question: Pick<Question, 'kind' | 'distractors' | 'answer'>): boolean {
	if (question.kind === 'cause') return true;
	return question.distractors.length === 0 && countWords(question.answer) > MAX_TYPED_WORDS;
}

/**
 * How to ask a question. Long answers are flipped and self-graded: a cause, or any answer of more
 * than MAX_TYPED_WORDS words that has no wrong options (a definition), since choices would be easy
 * to eliminate and typed phrases cannot be graded fairly. With 'auto', a card is recognised
 * (multiple choice) while it is new or being learnt, and recalled (typed) once it is known, as
 * recall is the stronger test.
 */
export function chooseMode(
	question: Pick<Question, 'kind' | 'distractors' | 'answer'>,
	card: Pick<CardRecord, 'state'> | undefined,
	preference: ModePreference
): AnswerMode {
	if (isFlipCard(question)) return 'flip';
	const canChoose = distinctDistractors(question).length >= MIN_DISTRACTORS;
	if (preference === 'typed') return 'typed';
	if (preference === 'choice') return canChoose ? 'choice' : 'typed';
	const known = card?.state === 'review' || card?.state === 'relearning';
	return known || !canChoose ? 'typed' : 'choice';
}

/**
 * The options of a multiple-choice question: the answer and up to three distractors, shuffled.
 * Repeats are dropped here too, as a question saved before the bank check refused them may
 * still hold some.
 */
export function buildChoices(
	question: Pick<Question, 'id' | 'answer' | 'distractors'>,
	seed = ''
): string[] {
	const wrong = distinctDistractors(question).slice(0, 3);
	return shuffle([question.answer, ...wrong], `${question.id}:${seed}`);
}

export interface PracticeFilter {
	kinds?: readonly QuestionKind[];
	paragraph?: string;
	count?: number;
	seed: string;
}

/** Questions for a practice quiz: filtered by kind and paragraph, then a random `count` of them. */
export function pickPracticeQuestions(
	questions: readonly Question[],
	filter: PracticeFilter
): Question[] {
	const matching = questions.filter(
		(q) =>
			(!filter.kinds?.length || filter.kinds.includes(q.kind)) &&
			(!filter.paragraph || q.source.paragraph === filter.paragraph)
	);
	// A paragraph quiz keeps the text's order; a wider quiz is a random draw.
	const ordered = filter.paragraph ? matching : shuffle(matching, filter.seed);
	return filter.count ? ordered.slice(0, filter.count) : ordered;
}

/** How many questions each paragraph has, for the reader's "Quiz me on this". */
export function countByParagraph(questions: readonly Question[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const q of questions) {
		counts.set(q.source.paragraph, (counts.get(q.source.paragraph) ?? 0) + 1);
	}
	return counts;
}
