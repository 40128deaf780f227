import { afterEach, beforeEach, expect, test } from 'vitest';
import {
	countDueCards,
	getDocumentCounts,
	getDueCardsOf,
	getDueForecast,
	getStreak,
	getTodayQueue,
	recordAnswer,
	StudyDB,
	syncDocumentCards,
	undoLastAnswer,
	useDatabase,
	type DocumentQuestions
} from './index.ts';

const NOW = new Date(2022, 11, 29, 12, 30);
const DAY = 86_400_000;
let database: StudyDB;

beforeEach(async () => {
	database = new StudyDB(`test-queue-${crypto.randomUUID()}`);
	useDatabase(database);
	await database.open();
});

afterEach(async () => {
	database.close();
	await database.delete();
});

function documents(...sizes: number[]): DocumentQuestions[] {
	return sizes.map((size, d) => ({
		documentId: `doc-${d}`,
		questions: Array.from({ length: size }, (_, i) => ({
			id: `d${d}-q${i}`,
			documentId: `doc-${d}`,
			kind: 'actor' as const
		}))
	}));
}

async function meet(
	question: { id: string; documentId: string },
	now: Date,
	rating: 'again' | 'easy' = 'again'
) {
	return recordAnswer({
		question: { ...question, kind: 'actor' },
		rating,
		correct: rating !== 'again',
		answer: '',
		mode: 'choice',
		durationMs: 1000,
		now
	});
}

test('new questions come in document order, up to the daily limit', async () => {
	const docs = documents(3, 4);
	const queue = await getTodayQueue({ now: NOW, documents: docs, newPerDay: 5 });
	expect(queue.due).toEqual([]);
	expect(queue.fresh.map((q) => q.id)).toEqual(['d0-q0', 'd0-q1', 'd0-q2', 'd1-q0', 'd1-q1']);
});

test('questions met today use up the allowance and come back as due cards', async () => {
	const docs = documents(10);
	await meet(docs[0]!.questions[0]!, NOW);
	await meet(docs[0]!.questions[1]!, NOW);
	const later = new Date(NOW.getTime() + 30 * 60_000);
	const queue = await getTodayQueue({ now: later, documents: docs, newPerDay: 5 });
	expect(queue.introducedToday).toBe(2);
	expect(queue.fresh.map((q) => q.id)).toEqual(['d0-q2', 'd0-q3', 'd0-q4']);
	expect(queue.due.map((c) => c.id).sort()).toEqual(['d0-q0', 'd0-q1']);
	expect(await countDueCards(later)).toBe(2);
});

test('due cards come most overdue first and future cards wait', async () => {
	const docs = documents(3);
	await meet(docs[0]!.questions[0]!, new Date(NOW.getTime() - 3 * DAY));
	await meet(docs[0]!.questions[1]!, new Date(NOW.getTime() - 2 * DAY));
	await meet(docs[0]!.questions[2]!, NOW, 'easy');
	const queue = await getTodayQueue({ now: NOW, documents: docs, newPerDay: 0 });
	expect(queue.due.map((c) => c.id)).toEqual(['d0-q0', 'd0-q1']);
	expect(queue.fresh).toEqual([]);
});

test('a regenerated bank retires vanished questions and restores returning ones', async () => {
	const docs = documents(3);
	for (const q of docs[0]!.questions) await meet(q, NOW);
	expect(await syncDocumentCards('doc-0', ['d0-q0', 'd0-q2', 'd0-q9'])).toEqual({
		retired: 1,
		restored: 0
	});
	const later = new Date(NOW.getTime() + DAY);
	const regenerated = [
		{
			documentId: 'doc-0',
			questions: ['d0-q0', 'd0-q2', 'd0-q9'].map((id) => ({
				id,
				documentId: 'doc-0',
				kind: 'actor' as const
			}))
		}
	];
	const queue = await getTodayQueue({ now: later, documents: regenerated, newPerDay: 10 });
	expect(queue.due.map((c) => c.id).sort()).toEqual(['d0-q0', 'd0-q2']);
	expect(queue.fresh.map((q) => q.id)).toEqual(['d0-q9']);
	// The retired card keeps its history, and comes back if its question does.
	expect((await database.cards.get('d0-q1'))?.reps).toBe(1);
	expect(await syncDocumentCards('doc-0', ['d0-q0', 'd0-q1', 'd0-q2'])).toEqual({
		retired: 0,
		restored: 1
	});
});

test('the forecast counts overdue cards today and buckets the rest by day', async () => {
	const docs = documents(2);
	await meet(docs[0]!.questions[0]!, new Date(NOW.getTime() - 5 * DAY));
	const { card } = await meet(docs[0]!.questions[1]!, NOW, 'easy');
	const forecast = await getDueForecast(NOW, 30);
	expect(forecast).toHaveLength(30);
	expect(forecast[0]).toEqual({ day: '2022-12-29', due: 1 });
	const dueDay = Math.round((card!.due - NOW.getTime()) / DAY);
	expect(forecast[dueDay]!.due).toBe(1);
	expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(2);
});

test('the streak counts consecutive days with answers', async () => {
	const docs = documents(5);
	expect(await getStreak(NOW)).toBe(0);
	for (const [i, back] of [3, 2, 1].entries()) {
		await meet(docs[0]!.questions[i]!, new Date(NOW.getTime() - back * DAY));
	}
	expect(await getStreak(NOW)).toBe(3);
	await meet(docs[0]!.questions[3]!, NOW);
	expect(await getStreak(NOW)).toBe(4);
	expect(await getStreak(new Date(NOW.getTime() + 2 * DAY))).toBe(0);
});

test('per-document counts of due and new questions', async () => {
	const docs = documents(3, 2);
	await meet(docs[0]!.questions[0]!, new Date(NOW.getTime() - 2 * DAY));
	await meet(docs[0]!.questions[1]!, NOW, 'easy');
	expect(await getDocumentCounts(docs, NOW)).toEqual([
		{ documentId: 'doc-0', due: 1, fresh: 1 },
		{ documentId: 'doc-1', due: 0, fresh: 2 }
	]);
	expect((await getDueCardsOf('doc-0', NOW)).map((c) => c.id)).toEqual(['d0-q0']);
});

test('the queue skips documents whose questions all have cards, and counts stay right', async () => {
	const docs = documents(2, 2);
	for (const q of docs[0]!.questions) await meet(q, NOW);
	expect(await database.documentCounts.get('doc-0')).toEqual({ documentId: 'doc-0', active: 2 });
	const queue = await getTodayQueue({ now: NOW, documents: docs, newPerDay: 10 });
	expect(queue.fresh.map((q) => q.id)).toEqual(['d1-q0', 'd1-q1']);
	// An answer taken back, a retirement and a restoration all keep the count true.
	await undoLastAnswer();
	expect((await database.documentCounts.get('doc-0'))?.active).toBe(1);
	await syncDocumentCards('doc-0', []);
	expect((await database.documentCounts.get('doc-0'))?.active).toBe(0);
	await syncDocumentCards('doc-0', ['d0-q0']);
	expect((await database.documentCounts.get('doc-0'))?.active).toBe(1);
});

test('the due count is exact however long the backlog', async () => {
	const docs = documents(3);
	for (const q of docs[0]!.questions) await meet(q, new Date(NOW.getTime() - DAY));
	const queue = await getTodayQueue({ now: NOW, documents: docs, newPerDay: 0, limit: 2 });
	expect(queue.due).toHaveLength(2);
	expect(await countDueCards(NOW)).toBe(3);
});
