import type { QuestionKind } from '../questions/types.ts';

export type CardState = 'new' | 'learning' | 'review' | 'relearning';
export type RatingName = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly RatingName[] = ['again', 'hard', 'good', 'easy'];

/**
 * A question the learner has met, with its FSRS memory state. Times are epoch milliseconds so
 * IndexedDB can index them; `retired` is 0 or 1 (IndexedDB cannot index booleans).
 */
export interface CardRecord {
	/** The question's id: stable across regenerations while its paragraph and answer are. */
	id: string;
	documentId: string;
	kind: QuestionKind;
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardState;
	lastReview?: number;
	/** 1 when the question vanished from its regenerated bank: kept, but never scheduled. */
	retired: 0 | 1;
}

export type AnswerMode = 'choice' | 'typed' | 'flip';

/** One answer, as the append-only review log keeps it. */
export interface ReviewRecord {
	id?: number;
	cardId: string;
	documentId: string;
	kind: QuestionKind;
	rating: RatingName;
	correct: boolean;
	/** What the learner chose or typed ('' for a flip card). */
	answer: string;
	mode: AnswerMode;
	durationMs: number;
	reviewedAt: number;
	/** False for a practice answer that does not move the schedule. */
	counted: boolean;
	/** The card as it was before this answer, so undo can restore it; null for a first meeting. */
	previous: CardRecord | null;
}
