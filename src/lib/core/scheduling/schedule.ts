import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { QuestionKind } from '../questions/types.ts';
import type { CardRecord, CardState, RatingName } from './card-record.ts';

/** The share of reviews the learner wants to get right; FSRS schedules to hit it. */
export const DEFAULT_RETENTION = 0.9;

const STATE_NAMES: Record<State, CardState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};
const STATES: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};
const GRADES: Record<RatingName, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

const schedulers = new Map<number, FSRS>();

/** One scheduler per desired retention; fuzz stays off so the same answers give the same dates. */
function schedulerFor(retention: number): FSRS {
	let scheduler = schedulers.get(retention);
	if (!scheduler) {
		scheduler = fsrs({ request_retention: retention, enable_fuzz: false });
		schedulers.set(retention, scheduler);
	}
	return scheduler;
}

function toCard(record: CardRecord): Card {
	return {
		due: new Date(record.due),
		stability: record.stability,
		difficulty: record.difficulty,
		elapsed_days: 0,
		scheduled_days: record.scheduledDays,
		learning_steps: record.learningSteps,
		reps: record.reps,
		lapses: record.lapses,
		state: STATES[record.state],
		last_review: record.lastReview === undefined ? undefined : new Date(record.lastReview)
	};
}

function toRecord(
	card: Card,
	base: Pick<CardRecord, 'id' | 'documentId' | 'kind' | 'retired'>
): CardRecord {
	const record: CardRecord = {
		...base,
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_NAMES[card.state]
	};
	if (card.last_review) record.lastReview = card.last_review.getTime();
	return record;
}

/** A card for a question met for the first time: due now, with no memory yet. */
export function newCardRecord(
	question: { id: string; documentId: string; kind: QuestionKind },
	now: Date
): CardRecord {
	return toRecord(createEmptyCard(now), { ...question, retired: 0 });
}

/** The card after the learner rates an answer. */
export function rateCard(
	card: CardRecord,
	rating: RatingName,
	now: Date,
	retention = DEFAULT_RETENTION
): CardRecord {
	const next = schedulerFor(retention).next(toCard(card), now, GRADES[rating]);
	return toRecord(next.card, card);
}

/** When the card would be due again after each rating, for the rating buttons. */
export function previewRatings(
	card: CardRecord,
	now: Date,
	retention = DEFAULT_RETENTION
): Record<RatingName, number> {
	const preview = schedulerFor(retention).repeat(toCard(card), now);
	return {
		again: preview[Rating.Again].card.due.getTime(),
		hard: preview[Rating.Hard].card.due.getTime(),
		good: preview[Rating.Good].card.due.getTime(),
		easy: preview[Rating.Easy].card.due.getTime()
	};
}

/** Answers faster than this, right first time, count as easy. */
export const FAST_ANSWER_MS = 8000;
/** Answers slower than this count as hard even when right. */
export const SLOW_ANSWER_MS = 40_000;

/**
 * The rating a graded answer suggests, which the learner may change before moving on:
 * wrong -> again; right after a slip or slowly -> hard; right -> good; right and fast -> easy.
 */
export function suggestRating(answer: {
	correct: boolean;
	slip?: boolean;
	durationMs: number;
}): RatingName {
	if (!answer.correct) return 'again';
	if (answer.slip || answer.durationMs > SLOW_ANSWER_MS) return 'hard';
	return answer.durationMs <= FAST_ANSWER_MS ? 'easy' : 'good';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An interval as Anki's buttons show it: '<1m', '10m', '3h', '4d', '2.5mo', '1.2y'. */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${roundTo(days / 30, 1)}mo`;
	return `${roundTo(days / 365, 1)}y`;
}

function roundTo(value: number, digits: number): string {
	return String(Number(value.toFixed(digits)));
}
