import { Dexie } from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { getTodayQueue, StudyDB, useDatabase } from './index.ts';
import { newCardRecord } from '$core/scheduling/schedule.ts';

const NOW = new Date(2022, 11, 29, 12, 30);
let name = '';

afterEach(async () => {
	await Dexie.delete(name);
});

test('a version 1 database opens with its data intact and its document counts filled in', async () => {
	name = `test-migration-${crypto.randomUUID()}`;
	// The schema as version 1 of the app wrote it, with some progress in it.
	const old = new Dexie(name);
	old.version(1).stores({
		cards: 'id, [retired+due], [documentId+retired]',
		reviews: '++id, reviewedAt, cardId',
		days: 'day'
	});
	const cards = ['a', 'b', 'c'].map((id, i) => ({
		...newCardRecord({ id, documentId: i < 2 ? 'doc-1' : 'doc-2', kind: 'date' }, NOW),
		retired: (id === 'b' ? 1 : 0) as 0 | 1
	}));
	await old.table('cards').bulkAdd(cards);
	await old
		.table('reviews')
		.add({ cardId: 'a', documentId: 'doc-1', rating: 'good', reviewedAt: NOW.getTime() });
	await old.table('days').add({ day: '2022-12-29', answered: 1 });
	old.close();

	const database = new StudyDB(name);
	useDatabase(database);
	await database.open();
	expect(database.verno).toBe(5);
	expect(await database.documents.count()).toBe(0);
	expect(await database.attempts.count()).toBe(0);
	expect(await database.cards.toArray()).toEqual(cards);
	expect(await database.reviews.count()).toBe(1);
	expect(await database.days.get('2022-12-29')).toMatchObject({ answered: 1 });
	expect(await database.documentCounts.toArray()).toEqual([
		{ documentId: 'doc-1', active: 1 },
		{ documentId: 'doc-2', active: 1 }
	]);
	const queue = await getTodayQueue({
		now: NOW,
		documents: [
			{
				documentId: 'doc-1',
				questions: ['a', 'd'].map((id) => ({ id, documentId: 'doc-1', kind: 'date' as const }))
			}
		],
		newPerDay: 5
	});
	expect(queue.fresh.map((q) => q.id)).toEqual(['d']);
	database.close();
});

/** The tables of version 3, as that version declared them. */
const VERSION_3 = {
	cards: 'id, [retired+due], [documentId+retired]',
	reviews: '++id, reviewedAt, cardId',
	days: 'day',
	documentCounts: 'documentId',
	teacherKeys: 'id',
	published: 'id, createdAt',
	receipts: 'receiptId, assignmentId',
	attempts: 'assignmentId'
};

test('a version 3 database with progress and assignments opens as version 5 intact', async () => {
	name = `test-migration-${crypto.randomUUID()}`;
	const old = new Dexie(name);
	old.version(3).stores(VERSION_3);
	const card = {
		...newCardRecord({ id: 'a', documentId: 'doc-1', kind: 'date' }, NOW),
		retired: 0
	};
	await old.table('cards').add(card);
	await old.table('documentCounts').add({ documentId: 'doc-1', active: 1 });
	await old.table('published').add({ id: 'p1', assignment: { id: 'p1' }, link: 'x', createdAt: 1 });
	await old.table('attempts').add({ assignmentId: 'p2', name: 'Ana', answers: [] });
	old.close();

	const database = new StudyDB(name);
	useDatabase(database);
	await database.open();
	expect(database.verno).toBe(5);
	expect(await database.cards.toArray()).toEqual([card]);
	expect(await database.documentCounts.toArray()).toEqual([{ documentId: 'doc-1', active: 1 }]);
	expect(await database.published.get('p1')).toMatchObject({ link: 'x' });
	expect(await database.attempts.get('p2')).toMatchObject({ name: 'Ana' });
	expect(await database.documents.toArray()).toEqual([]);
	database.close();
});

test('a version 4 database keeps its receipts, now told apart by assignment', async () => {
	name = `test-migration-${crypto.randomUUID()}`;
	const old = new Dexie(name);
	old.version(4).stores({ ...VERSION_3, documents: 'id, importedAt' });
	const receipts = ['r1', 'r2'].map((receiptId, i) => ({
		receiptId,
		assignmentId: 'hw-1',
		receipt: { receiptId, assignmentId: 'hw-1', name: ['Lena', 'Omar'][i] },
		collectedAt: i
	}));
	await old.table('receipts').bulkAdd(receipts);
	old.close();

	const database = new StudyDB(name);
	useDatabase(database);
	await database.open();
	expect(database.verno).toBe(5);
	expect(database.tables.map((t) => t.name)).not.toContain('receipts');
	expect(await database.collectedReceipts.where('assignmentId').equals('hw-1').toArray()).toEqual(
		receipts
	);
	expect(await database.collectedReceipts.get(['hw-1', 'r2'])).toEqual(receipts[1]);
	database.close();
});
