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
			await putDocument(bank, previous?.importedAt ?? now.getTime());
		}
	);
	announceChange('documents');
}

/** Stores a document's bank and brings its cards in line with its questions (inside a transaction). */
async function putDocument(bank: Bank, importedAt: number): Promise<void> {
	await getDb().documents.put({ id: bank.document.id, bank, importedAt });
	await syncDocumentCards(
		bank.document.id,
		bank.questions.map((q) => q.id)
	);
}

/**
 * Adds to a bank what a carried bank has that it lacks: paragraphs and questions are only ever
 * appended, so a document is never shrunk by a copy holding part of it.
 */
function addMissing(bank: Bank, carried: Bank): Bank {
	const paragraphIds = new Set(bank.document.paragraphs.map((p) => p.id));
	const questionIds = new Set(bank.questions.map((q) => q.id));
	return {
		...bank,
		document: {
			...bank.document,
			paragraphs: [
				...bank.document.paragraphs,
				...carried.document.paragraphs.filter((p) => !paragraphIds.has(p.id))
			]
		},
		questions: [...bank.questions, ...carried.questions.filter((q) => !questionIds.has(q.id))]
	};
}

/**
 * Saves the questions an assignment carried whole (a copy holding only their paragraphs) so
 * they can join the student's deck, without ever replacing or shrinking a document. Question
 * ids come from paragraph text, so the student may have imported the same text: a question a
 * document already holds stays with that document. The others are kept apart, in the carried
 * document, which gains them (never loses any) when it was saved before.
 * @param elsewhere the document of each question the app has outside imported documents
 * @returns the document each carried question now belongs to
 */
export async function saveCarriedBank(
	carried: Bank,
	elsewhere: ReadonlyMap<string, string> = new Map(),
	now = new Date()
): Promise<Map<string, string>> {
	const database = getDb();
	const documentOf = await database.transaction(
		'rw',
		database.documents,
		database.cards,
		database.documentCounts,
		async () => {
			const owners = new Map(elsewhere);
			await database.documents.each((record) => {
				for (const q of record.bank.questions) {
					if (!owners.has(q.id)) owners.set(q.id, record.id);
				}
			});
			const documentOf = new Map<string, string>();
			const missing = carried.questions.filter((q) => {
				const owner = owners.get(q.id);
				if (owner) documentOf.set(q.id, owner);
				return !owner;
			});
			if (!missing.length) return documentOf;
			const needed = new Set(missing.map((q) => q.source.paragraph));
			const copy: Bank = {
				...carried,
				document: {
					...carried.document,
					paragraphs: carried.document.paragraphs.filter((p) => needed.has(p.id))
				},
				questions: missing
			};
			const previous = await database.documents.get(carried.document.id);
			const bank = previous ? addMissing(previous.bank, copy) : copy;
			await putDocument(bank, previous?.importedAt ?? now.getTime());
			for (const q of missing) documentOf.set(q.id, carried.document.id);
			return documentOf;
		}
	);
	announceChange('documents');
	return documentOf;
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
