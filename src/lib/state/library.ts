import { loadCatalog, type CatalogEntry } from '$lib/banks/catalog.ts';
import { syncDocumentCards, type DocumentQuestions } from '$lib/db/index.ts';
import type { Bank, Question } from '$core/questions/types.ts';

/** Everything the study screens need from the banks, indexed once. */
export interface Library {
	entries: CatalogEntry[];
	banks: Bank[];
	bankById: Map<string, Bank>;
	/** Each question with the id of the document it belongs to. */
	questionById: Map<string, { question: Question; documentId: string }>;
	/** Questions per document in study order, for the review queue. */
	documents: DocumentQuestions[];
}

let loading: Promise<Library> | undefined;

function indexLibrary(entries: CatalogEntry[]): Library {
	const banks = entries.flatMap((e) => (e.ok ? [e.bank] : []));
	const questionById = new Map<string, { question: Question; documentId: string }>();
	for (const bank of banks) {
		for (const question of bank.questions) {
			questionById.set(question.id, { question, documentId: bank.document.id });
		}
	}
	return {
		entries,
		banks,
		bankById: new Map(banks.map((b) => [b.document.id, b])),
		questionById,
		documents: banks.map((bank) => ({
			documentId: bank.document.id,
			questions: bank.questions.map((q) => ({
				id: q.id,
				documentId: bank.document.id,
				kind: q.kind
			}))
		}))
	};
}

/**
 * Loads and indexes every bank once per page load. The first load also brings the saved cards in
 * line with the banks (a regenerated bank retires the questions it no longer has), so progress
 * is never orphaned.
 */
export function loadLibrary(): Promise<Library> {
	loading ??= loadCatalog().then(async (entries) => {
		const library = indexLibrary(entries);
		await Promise.all(
			library.documents.map((d) =>
				syncDocumentCards(
					d.documentId,
					d.questions.map((q) => q.id)
				)
			)
		);
		return library;
	});
	loading.catch(() => (loading = undefined));
	return loading;
}
