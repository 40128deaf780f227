import type { CardRecord, ReviewRecord } from './scheduling/card-record.ts';
import type { Bank, Question } from './questions/types.ts';
import { isoTime, type CsvRow } from './csv.ts';

/**
 * What the exports need from the library to name a card: its question and the document it
 * belongs to. The library's own indexes have this shape.
 */
export interface QuestionIndex {
	questionById: ReadonlyMap<string, { question: Question; documentId: string }>;
	bankById: ReadonlyMap<string, Pick<Bank, 'document'>>;
}

const DAY_MS = 86_400_000;

/** FSRS figures rounded to what a person can read; the fourth decimal is already noise. */
function round(value: number | undefined, places = 4): number | undefined {
	if (value === undefined || !Number.isFinite(value)) return undefined;
	const scale = 10 ** places;
	return Math.round(value * scale) / scale;
}

function titleOf(index: QuestionIndex, documentId: string): string {
	return index.bankById.get(documentId)?.document.title ?? '';
}

/** The columns of the cards export, in order. */
export const CARD_COLUMNS = [
	'Question id',
	'Document id',
	'Document',
	'Kind',
	'Prompt',
	'Answer',
	'State',
	'Due',
	'Stability',
	'Difficulty',
	'Reps',
	'Lapses',
	'Last review',
	'Retired'
] as const;

/**
 * One card as a row of the cards export. A card whose question has left the library (a retired
 * card of a regenerated bank) still gets its row, with the prompt and answer left empty: the
 * learner's history with it is real even if the question is gone.
 */
export function cardRow(card: CardRecord, index: QuestionIndex): CsvRow {
	const question = index.questionById.get(card.id)?.question;
	return [
		card.id,
		card.documentId,
		titleOf(index, card.documentId),
		card.kind,
		question?.prompt,
		question?.answer,
		card.state,
		isoTime(card.due),
		round(card.stability),
		round(card.difficulty),
		card.reps,
		card.lapses,
		isoTime(card.lastReview),
		card.retired === 1
	];
}

/** The columns of the review-log export, in order. */
export const REVIEW_COLUMNS = [
	'Reviewed at',
	'Question id',
	'Document id',
	'Document',
	'Kind',
	'Prompt',
	'Correct answer',
	'Answer given',
	'Correct',
	'Rating',
	'Answer mode',
	'Time taken (ms)',
	'Counted',
	'State before',
	'Stability before',
	'Difficulty before',
	'Days since previous review',
	'Review id'
] as const;

/**
 * One answer as a row of the review-log export: when, which question, what was given, how it
 * was graded, and the card as it stood before (what a study of forgetting needs). Practice
 * answers that did not move the schedule say so in "Counted".
 */
export function reviewRow(review: ReviewRecord, index: QuestionIndex): CsvRow {
	const question = index.questionById.get(review.cardId)?.question;
	const previous = review.previous;
	const sincePrevious =
		previous?.lastReview === undefined
			? undefined
			: round((review.reviewedAt - previous.lastReview) / DAY_MS, 3);
	return [
		isoTime(review.reviewedAt),
		review.cardId,
		review.documentId,
		titleOf(index, review.documentId),
		review.kind,
		question?.prompt,
		question?.answer,
		review.answer,
		review.correct,
		review.rating,
		review.mode,
		Math.round(review.durationMs),
		review.counted,
		previous?.state ?? 'new',
		round(previous?.stability),
		round(previous?.difficulty),
		sincePrevious,
		review.id
	];
}
