import { Dexie } from 'dexie';
import type { CardRecord } from '$core/scheduling/card-record.ts';
import { dayKey } from '$core/scheduling/days.ts';
import type { QuestionRef } from './answers.ts';
import { getDb } from './db.ts';

/** The questions of one document, in the order they should be learnt. */
export interface DocumentQuestions {
	documentId: string;
	questions: QuestionRef[];
}

export interface TodayQueue {
	/** Cards due now, most overdue first (at most `limit`). */
	due: CardRecord[];
	/** All cards due now. */
	dueCount: number;
	/** Questions never met, up to what today's new-card allowance leaves. */
	fresh: QuestionRef[];
	/** New cards already introduced today. */
	introducedToday: number;
}

export interface QueueOptions {
	now: Date;
	documents: DocumentQuestions[];
	newPerDay: number;
	limit?: number;
}

/**
 * Today's work: due cards across all documents first, then new questions up to the daily limit.
 * Finding new questions skips any document whose questions all have cards by counting them on an
 * index, so a large history costs a count per document, not a read per card.
 */
export async function getTodayQueue({
	now,
	documents,
	newPerDay,
	limit = 500
}: QueueOptions): Promise<TodayQueue> {
	const database = getDb();
	return database.transaction('r', database.cards, database.days, async () => {
		const dueRange = database.cards
			.where('[retired+due]')
			.between([0, Dexie.minKey], [0, now.getTime()], true, true);
		const [due, dueCount, today] = await Promise.all([
			dueRange.limit(limit).toArray(),
			dueRange.count(),
			database.days.get(dayKey(now))
		]);
		const introducedToday = today?.introduced ?? 0;
		const allowance = Math.max(0, newPerDay - introducedToday);
		const fresh: QuestionRef[] = [];
		if (allowance === 0) return { due, dueCount, fresh, introducedToday };

		const activeCounts = await Promise.all(
			documents.map((doc) =>
				database.cards.where('[documentId+retired]').equals([doc.documentId, 0]).count()
			)
		);
		for (const [i, doc] of documents.entries()) {
			if (activeCounts[i]! >= doc.questions.length) continue;
			const met = new Set(
				await database.cards.where('[documentId+retired]').equals([doc.documentId, 0]).primaryKeys()
			);
			for (const question of doc.questions) {
				if (met.has(question.id)) continue;
				fresh.push(question);
				if (fresh.length >= allowance) return { due, dueCount, fresh, introducedToday };
			}
		}
		return { due, dueCount, fresh, introducedToday };
	});
}

/**
 * Brings the cards of a regenerated bank in line with its questions: cards whose question
 * vanished are retired (kept, never scheduled); a question that comes back gets its card back.
 * @returns how many cards were retired and restored
 */
export async function syncDocumentCards(
	documentId: string,
	questionIds: Iterable<string>
): Promise<{ retired: number; restored: number }> {
	const database = getDb();
	const current = new Set(questionIds);
	return database.transaction('rw', database.cards, async () => {
		const cards = await database.cards
			.where('[documentId+retired]')
			.between([documentId, 0], [documentId, 1], true, true)
			.toArray();
		const changed = cards.filter((c) => (c.retired === 1) === current.has(c.id));
		const retired = changed.filter((c) => c.retired === 0).length;
		await database.cards.bulkPut(changed.map((c) => ({ ...c, retired: c.retired === 1 ? 0 : 1 })));
		return { retired, restored: changed.length - retired };
	});
}

/** Per document: cards due now, and questions never met. */
export interface DocumentCounts {
	documentId: string;
	due: number;
	fresh: number;
}

/** Due and new counts for each document, for the Today screen's list. */
export async function getDocumentCounts(
	documents: DocumentQuestions[],
	now: Date
): Promise<DocumentCounts[]> {
	const database = getDb();
	return database.transaction('r', database.cards, () =>
		Promise.all(
			documents.map(async (doc) => {
				const active = database.cards.where('[documentId+retired]').equals([doc.documentId, 0]);
				const [met, due] = await Promise.all([
					active.count(),
					active
						.clone()
						.filter((c) => c.due <= now.getTime())
						.count()
				]);
				return { documentId: doc.documentId, due, fresh: Math.max(0, doc.questions.length - met) };
			})
		)
	);
}

/** The cards of one document that are due now, most overdue first. */
export async function getDueCardsOf(documentId: string, now: Date): Promise<CardRecord[]> {
	const cards = await getDb()
		.cards.where('[documentId+retired]')
		.equals([documentId, 0])
		.filter((c) => c.due <= now.getTime())
		.toArray();
	return cards.sort((a, b) => a.due - b.due);
}
