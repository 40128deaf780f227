import { Dexie } from 'dexie';
import type { CardRecord } from '$core/scheduling/card-record.ts';
import { dayKey } from '$core/scheduling/days.ts';
import { adjustDocumentCount, type QuestionRef } from './answers.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';

/** The questions of one document, in the order they should be learnt. */
export interface DocumentQuestions {
	documentId: string;
	questions: QuestionRef[];
}

export interface TodayQueue {
	/** Cards due now, most overdue first (at most `limit`). */
	due: CardRecord[];
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
 * Each document's count of cards says whether it has any question left to meet, so only those
 * documents have their cards' keys read: a large history costs one read per document.
 */
export async function getTodayQueue({
	now,
	documents,
	newPerDay,
	limit = 500
}: QueueOptions): Promise<TodayQueue> {
	const database = getDb();
	return database.transaction(
		'r',
		database.cards,
		database.days,
		database.documentCounts,
		async () => {
			const [due, today, counts] = await Promise.all([
				database.cards
					.where('[retired+due]')
					.between([0, Dexie.minKey], [0, now.getTime()], true, true)
					.limit(limit)
					.toArray(),
				database.days.get(dayKey(now)),
				database.documentCounts.bulkGet(documents.map((d) => d.documentId))
			]);
			const introducedToday = today?.introduced ?? 0;
			const allowance = Math.max(0, newPerDay - introducedToday);
			const fresh: QuestionRef[] = [];
			for (const [i, doc] of documents.entries()) {
				if (fresh.length >= allowance) break;
				if ((counts[i]?.active ?? 0) >= doc.questions.length) continue;
				const met = new Set(
					await database.cards
						.where('[documentId+retired]')
						.equals([doc.documentId, 0])
						.primaryKeys()
				);
				for (const question of doc.questions) {
					if (fresh.length >= allowance) break;
					if (!met.has(question.id)) fresh.push(question);
				}
			}
			return { due, fresh, introducedToday };
		}
	);
}

/** How many cards are due now, across all documents. */
export function countDueCards(now: Date): Promise<number> {
	return getDb()
		.cards.where('[retired+due]')
		.between([0, Dexie.minKey], [0, now.getTime()], true, true)
		.count();
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
	const result = await database.transaction(
		'rw',
		database.cards,
		database.documentCounts,
		async () => {
			const cards = await database.cards
				.where('[documentId+retired]')
				.between([documentId, 0], [documentId, 1], true, true)
				.toArray();
			const changed = cards.filter((c) => (c.retired === 1) === current.has(c.id));
			const retired = changed.filter((c) => c.retired === 0).length;
			await database.cards.bulkPut(
				changed.map((c) => ({ ...c, retired: c.retired === 1 ? 0 : 1 }))
			);
			const restored = changed.length - retired;
			await adjustDocumentCount(database, documentId, restored - retired);
			return { retired, restored };
		}
	);
	// Every page load syncs: only a change that moved cards is worth the other tabs' reading.
	if (result.retired || result.restored) announceChange('cards');
	return result;
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
