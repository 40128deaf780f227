import type { Bank } from '$core/questions/types.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';
import { syncDocumentCards } from './queue.ts';

/** The banks of every document imported on this device, oldest first. */
export async function listImportedBanks(): Promise<Bank[]> {
	const records = await getDb().documents.orderBy('importedAt').toArray();
	return records.map((r) => r.bank);
}

/**
 * Saves an imported document and its reviewed bank. Saving a document again replaces it: cards
 * of questions it no longer has are retired with their history kept, as for a regenerated bank,
 * and cards of returning questions come back.
 */
export async function saveImportedBank(bank: Bank, now = new Date()): Promise<void> {
	const database = getDb();
	await database.transaction(
		'rw',
		database.documents,
		database.cards,
		database.documentCounts,
		async () => {
			const previous = await database.documents.get(bank.document.id);
			await database.documents.put({
				id: bank.document.id,
				bank,
				importedAt: previous?.importedAt ?? now.getTime()
			});
			await syncDocumentCards(
				bank.document.id,
				bank.questions.map((q) => q.id)
			);
		}
	);
	announceChange('documents');
}

/** Removes an imported document; its cards are retired, so the review history stays. */
export async function deleteImportedDocument(id: string): Promise<void> {
	const database = getDb();
	await database.transaction(
		'rw',
		database.documents,
		database.cards,
		database.documentCounts,
		async () => {
			await database.documents.delete(id);
			await syncDocumentCards(id, []);
		}
	);
	announceChange('documents');
}
