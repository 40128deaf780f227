import type { QuestionKind } from '$core/questions/types.ts';
import type {
	AnswerMode,
	CardRecord,
	RatingName,
	ReviewRecord
} from '$core/scheduling/card-record.ts';
import { newCardRecord, rateCard } from '$core/scheduling/schedule.ts';
import { dayKey } from '$core/scheduling/days.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';
import type { DayRecord, StudyDB } from './study-db.ts';

export interface QuestionRef {
	id: string;
	documentId: string;
	kind: QuestionKind;
}

export interface AnswerInput {
	question: QuestionRef;
	rating: RatingName;
	correct: boolean;
	answer: string;
	mode: AnswerMode;
	durationMs: number;
	now: Date;
	/** False for practice that must not move the schedule; true by default. */
	counted?: boolean;
	retention?: number;
}

function emptyDay(day: string): DayRecord {
	return {
		day,
		answered: 0,
		correct: 0,
		introduced: 0,
		byKind: {},
		recall: { answered: 0, correct: 0 }
	};
}

/** Adds one answer to (sign 1) or takes it from (sign -1) its day's totals. */
async function tallyDay(database: StudyDB, review: ReviewRecord, sign: 1 | -1) {
	const day = dayKey(new Date(review.reviewedAt));
	const record = (await database.days.get(day)) ?? emptyDay(day);
	const right = review.correct ? sign : 0;
	record.answered += sign;
	record.correct += right;
	const kind = (record.byKind[review.kind] ??= { answered: 0, correct: 0 });
	kind.answered += sign;
	kind.correct += right;
	if (review.counted && review.previous === null) record.introduced += sign;
	if (review.counted && review.previous?.state === 'review') {
		record.recall.answered += sign;
		record.recall.correct += right;
	}
	await database.days.put(record);
}

/** Moves a document's count of active cards by `change`. */
export async function adjustDocumentCount(database: StudyDB, documentId: string, change: number) {
	if (change === 0) return;
	const current = await database.documentCounts.get(documentId);
	await database.documentCounts.put({
		documentId,
		active: Math.max(0, (current?.active ?? 0) + change)
	});
}

/**
 * Records one answer as it is given: the card's new schedule, the log entry and the day's totals,
 * in one transaction, so a closed tab or a crash never leaves half an answer behind.
 */
export async function recordAnswer(
	input: AnswerInput
): Promise<{ card: CardRecord | null; reviewId: number }> {
	const database = getDb();
	const counted = input.counted ?? true;
	const tables = [database.cards, database.reviews, database.days, database.documentCounts];
	const result = await database.transaction('rw', tables, async () => {
		// Read inside the write: an answer given in another tab since this one loaded the card is
		// the state this answer builds on, so no answer's schedule is lost.
		const existing = (await database.cards.get(input.question.id)) ?? null;
		let card = existing;
		if (counted && !existing) await adjustDocumentCount(database, input.question.documentId, 1);
		if (counted) {
			card = rateCard(
				existing ?? newCardRecord(input.question, input.now),
				input.rating,
				input.now,
				input.retention
			);
			await database.cards.put(card);
		}
		const review: ReviewRecord = {
			cardId: input.question.id,
			documentId: input.question.documentId,
			kind: input.question.kind,
			rating: input.rating,
			correct: input.correct,
			answer: input.answer,
			mode: input.mode,
			durationMs: Math.round(input.durationMs),
			reviewedAt: input.now.getTime(),
			counted,
			previous: existing
		};
		const reviewId = (await database.reviews.add(review)) as number;
		await tallyDay(database, review, 1);
		return { card, reviewId };
	});
	announceChange('answers');
	return result;
}

/**
 * Takes back the most recent answer: the card returns to the state it had before (or is
 * forgotten, if that answer was its first), and the log entry is removed. Given `reviewId`, only
 * that answer is taken back, and only while it is still the most recent: an answer given since
 * in another tab would otherwise be undone instead, or its card put back under it.
 * @returns the answer taken back, or undefined when there is none to take back
 */
export async function undoLastAnswer(reviewId?: number): Promise<ReviewRecord | undefined> {
	const database = getDb();
	const tables = [database.cards, database.reviews, database.days, database.documentCounts];
	const undone = await database.transaction('rw', tables, async () => {
		const last = await database.reviews.orderBy(':id').last();
		if (!last?.id) return undefined;
		if (reviewId !== undefined && last.id !== reviewId) return undefined;
		if (last.counted) {
			if (last.previous) {
				await database.cards.put(last.previous);
			} else {
				await database.cards.delete(last.cardId);
				await adjustDocumentCount(database, last.documentId, -1);
			}
		}
		await database.reviews.delete(last.id);
		await tallyDay(database, last, -1);
		return last;
	});
	if (undone) announceChange('answers');
	return undone;
}

/** The log id of this card's answer given at `reviewedAt`, if the log has it. */
export async function findAnswer(cardId: string, reviewedAt: number): Promise<number | undefined> {
	const found = await getDb()
		.reviews.where('reviewedAt')
		.equals(reviewedAt)
		.filter((r) => r.cardId === cardId)
		.first();
	return found?.id;
}

/** The most recent answer, for offering undo. */
export function getLastAnswer(): Promise<ReviewRecord | undefined> {
	return getDb().reviews.orderBy(':id').last();
}

/** A card by question id, if the learner has met that question. */
export function getCard(id: string): Promise<CardRecord | undefined> {
	return getDb().cards.get(id);
}

/** Cards for these question ids, in the same order (undefined for questions never met). */
export function getCards(ids: string[]): Promise<(CardRecord | undefined)[]> {
	return getDb().cards.bulkGet(ids);
}
