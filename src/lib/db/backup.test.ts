import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import { checkBackup, exportBackup, restoreBackup } from './backup.ts';
import { recordAnswer, StudyDB, type AnswerInput } from './index.ts';
import { getTeacherKeys, savePublished } from './teaching.ts';
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
