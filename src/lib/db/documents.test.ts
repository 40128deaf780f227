import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import type { Bank } from '$core/questions/types.ts';
import { deleteImportedDocument, listImportedBanks, saveImportedBank } from './documents.ts';
import { recordAnswer, StudyDB } from './index.ts';

const NOW = new Date(2024, 2, 1, 9);
let database: StudyDB;

useFreshDatabase('documents', (db) => (database = db));

function bank(id: string, questionIds: string[], title = 'Notes'): Bank {
	return {
		schema: 1,
		document: {
			id,
			title,
			source: 'pasted text',
			paragraphs: [{ id: 'p1', text: 'The treaty was signed in 2003 in Paris.' }]
		},
		generator: { version: 'test' },
		questions: questionIds.map((qid) => ({
			id: qid,
			kind: 'date' as const,
			prompt: `Question ${qid}?`,
			answer: '2003',
			distractors: ['2001'],
			source: { paragraph: 'p1', start: 0, end: 30 }
		}))
	};
}

async function answer(id: string, documentId: string) {
	await recordAnswer({
		question: { id, documentId, kind: 'date' },
		rating: 'good',
		correct: true,
		answer: '2003',
		mode: 'typed',
		durationMs: 2000,
		now: NOW
	});
}

test('saved documents are listed oldest first, whole', async () => {
	await saveImportedBank(bank('b-doc', ['q3']), new Date(NOW.getTime() + 1000));
	await saveImportedBank(bank('a-doc', ['q1', 'q2']), NOW);
	const banks = await listImportedBanks();
	expect(banks.map((b) => b.document.id)).toEqual(['a-doc', 'b-doc']);
	expect(banks[0]).toEqual(bank('a-doc', ['q1', 'q2']));
});

test('saving again replaces the document and retires only the questions it lost', async () => {
	await saveImportedBank(bank('doc', ['q1', 'q2']), NOW);
	await answer('q1', 'doc');
	await answer('q2', 'doc');
	await saveImportedBank(bank('doc', ['q1', 'q3'], 'Notes, corrected'), new Date(2025, 0, 1));
	const [saved] = await listImportedBanks();
	expect(saved?.document.title).toBe('Notes, corrected');
	expect((await database.documents.get('doc'))?.importedAt).toBe(NOW.getTime());
	expect((await database.cards.get('q1'))?.retired).toBe(0);
	expect((await database.cards.get('q2'))?.retired).toBe(1);
	expect(await database.documentCounts.get('doc')).toEqual({ documentId: 'doc', active: 1 });
});

test('deleting a document retires its cards and keeps the review history', async () => {
	await saveImportedBank(bank('doc', ['q1']), NOW);
	await answer('q1', 'doc');
	await deleteImportedDocument('doc');
	expect(await listImportedBanks()).toEqual([]);
	expect((await database.cards.get('q1'))?.retired).toBe(1);
	expect(await database.reviews.where('cardId').equals('q1').count()).toBe(1);
	expect(await database.documentCounts.get('doc')).toEqual({ documentId: 'doc', active: 0 });
});
