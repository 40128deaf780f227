import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import type { Bank } from '$core/questions/types.ts';
import {
	deleteImportedDocument,
	listImportedBanks,
	saveCarriedBank,
	saveImportedBank
} from './documents.ts';
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

test('a carried copy never shrinks a document: it adds what is missing or stays apart', async () => {
	await saveImportedBank(bank('notes', ['q1', 'q2', 'q3']), NOW);
	await answer('q1', 'notes');
	await answer('q2', 'notes');
	// A copy of two of the questions under the same id, and one question the document lacks.
	const copy = bank('notes', ['q2', 'q9'], 'Notes from class');
	copy.document.paragraphs.push({ id: 'p9', text: 'The port reopened in 2005.' });
	copy.questions[1]!.source.paragraph = 'p9';
	const documentOf = await saveCarriedBank(copy, new Map([['q0', 'shipped-doc']]));
	expect([...documentOf]).toEqual([
		['q2', 'notes'],
		['q9', 'notes']
	]);
	const [saved] = await listImportedBanks();
	expect(saved?.document.title).toBe('Notes');
	expect(saved?.document.paragraphs.map((p) => p.id)).toEqual(['p1', 'p9']);
	expect(saved?.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q9']);
	expect((await database.cards.get('q1'))?.retired).toBe(0);

	// Questions held by another document (shipped or imported) stay with it.
	const elsewhere = await saveCarriedBank(bank('copy', ['q0', 'q3', 'q7']), new Map([['q0', 'x']]));
	expect([...elsewhere]).toEqual([
		['q0', 'x'],
		['q3', 'notes'],
		['q7', 'copy']
	]);
	expect((await listImportedBanks()).map((b) => b.questions.map((q) => q.id))).toEqual([
		['q1', 'q2', 'q3', 'q9'],
		['q7']
	]);
});
