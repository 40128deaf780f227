import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import { checkBackup, exportBackup, restoreBackup } from './backup.ts';
import { recordAnswer, StudyDB, type AnswerInput } from './index.ts';
import { addReceipts, getTeacherKeys, savePublished } from './teaching.ts';
import { makeReceipt, sealReceipt, type Assignment } from '$core/assign/index.ts';
import { dayKey } from '$core/scheduling/days.ts';
import { saveImportedBank } from './documents.ts';
import type { Bank } from '$core/questions/types.ts';

/** A document imported on the device, with the two questions the tests answer. */
function importedBank(id: string): Bank {
	return {
		schema: 1,
		document: {
			id,
			title: 'Notes <script>',
			source: 'pasted text',
			paragraphs: [{ id: 'p1', text: 'The treaty was signed in 2003.' }]
		},
		generator: { version: 'test' },
		questions: ['q1', 'q2'].map((qid) => ({
			id: qid,
			kind: 'date' as const,
			prompt: 'When was the treaty signed?',
			answer: '2003',
			distractors: ['2001'],
			source: { paragraph: 'p1', start: 0, end: 30 }
		}))
	};
}

const NOW = new Date(2022, 11, 29, 12, 30);
let database: StudyDB;

useFreshDatabase('backup', (db) => (database = db));

function answer(id: string, minutes: number): AnswerInput {
	return {
		question: { id, documentId: 'doc', kind: 'date' },
		rating: 'good',
		correct: true,
		answer: '2003',
		mode: 'typed',
		durationMs: 3000,
		now: new Date(NOW.getTime() + minutes * 60_000)
	};
}

async function snapshot() {
	return {
		cards: await database.cards.toArray(),
		reviews: await database.reviews.toArray(),
		days: await database.days.toArray(),
		counts: await database.documentCounts.toArray(),
		published: await database.published.toArray(),
		documents: await database.documents.toArray()
	};
}

test('export, wipe, restore: everything comes back identical, the teacher key included', async () => {
	await recordAnswer(answer('q1', 0));
	await recordAnswer(answer('q2', 1));
	await recordAnswer(answer('q1', 20));
	const keys = await getTeacherKeys();
	await savePublished(
		{
			v: 1,
			id: 'abcdefgh',
			title: 'T',
			mode: 'choice',
			shuffle: false,
			feedback: 'immediate',
			items: [{ ref: 'q1' }],
			teacherKey: keys.publicKey
		},
		'https://x/a#1.x'
	);
	await saveImportedBank(importedBank('doc'), NOW);
	const before = await snapshot();
	expect(before.documents).toHaveLength(1);

	const file = JSON.stringify(await exportBackup(NOW));
	for (const table of database.tables) await table.clear();
	expect((await snapshot()).cards).toEqual([]);

	const checked = checkBackup(file);
	expect(checked.ok).toBe(true);
	if (!checked.ok) return;
	expect(checked.counts).toMatchObject({
		cards: 2,
		reviews: 3,
		published: 1,
		teacherKeys: 1,
		documents: 1
	});
	await restoreBackup(checked.backup, 'replace');
	expect(await snapshot()).toEqual(before);
	const restored = await getTeacherKeys();
	expect(restored.publicKey).toBe(keys.publicKey);
	// The restored private key still works: it derives the same secret as the original.
	const other = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
		'deriveBits'
	]);
	const derive = (key: CryptoKey) =>
		crypto.subtle.deriveBits({ name: 'ECDH', public: other.publicKey }, key, 256);
	expect(new Uint8Array(await derive(restored.privateKey))).toEqual(
		new Uint8Array(await derive(keys.privateKey))
	);
});

test('merging keeps what is here and adds each answer once, however often it is merged', async () => {
	// Another device's log numbers its answers from 1 too: merging must not overwrite ours.
	await recordAnswer(answer('q1', 0));
	const backup = await exportBackup(NOW);
	for (const table of database.tables) await table.clear();
	await recordAnswer(answer('q2', 5));
	await restoreBackup(backup, 'merge');
	await restoreBackup(backup, 'merge');
	const log = await database.reviews.toArray();
	expect(log.map((r) => r.cardId).sort()).toEqual(['q1', 'q2']);
	expect((await database.cards.toArray()).map((c) => c.id).sort()).toEqual(['q1', 'q2']);
});

test('a corrupt, foreign or newer file is refused with a message and changes nothing', async () => {
	await recordAnswer(answer('q1', 0));
	const before = await snapshot();
	const good = JSON.stringify(await exportBackup(NOW));
	for (const text of [
		good.slice(0, good.length / 2),
		'{"hello": "world"}',
		'not json at all',
		good.replace('"version":1', '"version":7'),
		good.replace('"reviews":[', '"reviewz":[')
	]) {
		const checked = checkBackup(text);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.message).toMatch(/Footnote backup|newer version|damaged/);
	}
	expect(await snapshot()).toEqual(before);
});

test('a backup made before imported documents restores, with none', async () => {
	await recordAnswer(answer('q1', 0));
	const backup = await exportBackup(NOW);
	const old = { ...backup, schema: 3, tables: { ...backup.tables } } as Record<string, unknown>;
	delete (old.tables as Record<string, unknown>).documents;
	const checked = checkBackup(JSON.stringify(old));
	expect(checked.ok).toBe(true);
	if (!checked.ok) return;
	expect(checked.counts.documents).toBe(0);
	await restoreBackup(checked.backup, 'replace');
	expect(await database.cards.count()).toBe(1);
});

/** Publishes a one-question assignment with this device's key; returns a receipt sealed for it. */
async function publishWithReceipt(id: string, name: string) {
	const { publicKey } = await getTeacherKeys();
	const assignment: Assignment = {
		v: 1,
		id,
		title: 'Treaty check',
		mode: 'choice',
		shuffle: false,
		feedback: 'after',
		items: [{ ref: 'q1' }],
		teacherKey: publicKey
	};
	await savePublished(assignment, `https://x/a#${id}`);
	const receipt = makeReceipt({
		assignment,
		receiptId: `receipt-${id}`,
		name,
		submittedAt: '2025-03-04T10:00:00.000Z',
		answers: [{ item: 0, given: '2003', correct: true, ms: 1200 }]
	});
	return { publicKey, sealed: await sealReceipt(receipt, publicKey) };
}

test('restoring keeps every teacher key, so receipts sealed to any of them still open', async () => {
	const old = await publishWithReceipt('oldDevice1', 'Hana');
	const file = JSON.stringify(await exportBackup(NOW));
	for (const table of database.tables) await table.clear();
	const here = await publishWithReceipt('newDevice2', 'Yusuf');
	expect(here.publicKey).not.toBe(old.publicKey);

	const checked = checkBackup(file);
	if (!checked.ok) throw new Error(checked.message);
	await restoreBackup(checked.backup, 'merge');
	// This device's links are out there: merging keeps its key in use.
	expect((await getTeacherKeys()).publicKey).toBe(here.publicKey);
	expect((await addReceipts('newDevice2', [here.sealed])).added).toHaveLength(1);
	expect((await addReceipts('oldDevice1', [old.sealed])).added).toHaveLength(1);

	// Replacing puts the backup's key in use, and still keeps this one.
	await restoreBackup(checked.backup, 'replace');
	expect((await getTeacherKeys()).publicKey).toBe(old.publicKey);
	expect(await database.teacherKeys.count()).toBe(2);
	await savePublished((await database.published.get('oldDevice1'))!.assignment, 'x');
	expect((await addReceipts('oldDevice1', [old.sealed])).added).toHaveLength(1);
});

test('rows are checked before anything is written: bad ones are repaired or refuse the file', async () => {
	await recordAnswer(answer('q1', 0));
	await recordAnswer(answer('q2', 1));
	await publishWithReceipt('keyCheck1', 'Ines');
	const backup = JSON.parse(JSON.stringify(await exportBackup(NOW)));
	const before = await snapshot();

	// A card whose memory state this app does not know cannot be scheduled: the file is refused.
	const unknownState = structuredClone(backup);
	unknownState.tables.cards[0].state = 'mastered';
	const refused = checkBackup(JSON.stringify(unknownState));
	expect(refused.ok).toBe(false);
	if (!refused.ok) expect(refused.message).toMatch(/^This backup is damaged: card 1 .*state/);
	expect(await snapshot()).toEqual(before);

	// A day without its per-kind totals, a stray retired flag and a key whose halves do not
	// match are put right, and the person is told.
	const other = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
		'deriveBits'
	]);
	const otherJwk = await crypto.subtle.exportKey('jwk', other.privateKey);
	const { publicKey } = await getTeacherKeys();
	const damaged = structuredClone(backup);
	delete damaged.tables.days[0].byKind;
	delete damaged.tables.days[0].recall;
	damaged.tables.cards[1].retired = true;
	damaged.tables.teacherKeys[0].privateKey = { ...otherJwk, x: undefined, y: undefined };
	damaged.tables.teacherKeys[0].publicKey = publicKey;
	const checked = checkBackup(JSON.stringify(damaged));
	if (!checked.ok) throw new Error(checked.message);
	expect(checked.repairs).toHaveLength(3);
	for (const table of database.tables) await table.clear();
	await restoreBackup(checked.backup, 'replace');

	expect((await database.cards.get('q2'))?.retired).toBe(0);
	// Answering on the repaired day works and counts.
	await recordAnswer(answer('q1', 30));
	expect((await database.days.get(dayKey(NOW)))?.answered).toBe(3);
	// The key in use is the private key's own public half, so new receipts open.
	const derived = (await getTeacherKeys()).publicKey;
	expect(derived).not.toBe(publicKey);
	const { sealed } = await publishWithReceipt('afterFix1', 'Ines');
	expect((await addReceipts('afterFix1', [sealed])).added).toHaveLength(1);
});
