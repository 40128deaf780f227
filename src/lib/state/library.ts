import { browser } from '$app/environment';
import { loadCatalog, type CatalogEntry } from '$lib/banks/catalog.ts';
import { listImportedBanks, syncDocumentCards, type DocumentQuestions } from '$lib/db/index.ts';
import { validateBank } from '$core/questions/validate-bank.ts';
import { withDistinctOptions } from '$core/questions/options.ts';
import { onDataChange } from '$lib/db/changes.ts';
import type { Bank, Question } from '$core/questions/types.ts';

/** Everything the study screens need from the banks, indexed once. */
export interface Library {
	/** The shipped banks, read or not. */
	entries: CatalogEntry[];
	/** Documents imported on this device, oldest first. */
	imported: Bank[];
	/** Their ids: their questions travel whole in assignments, and they can be deleted. */
	importedIds: ReadonlySet<string>;
	/** Why imported documents could not be read, when they could not. */
	importedError?: string;
	/** Every readable bank: shipped ones, then imported ones. */
	banks: Bank[];
	bankById: Map<string, Bank>;
	/** Each question with the id of the document it belongs to. */
	questionById: Map<string, { question: Question; documentId: string }>;
	/** Questions per document in study order, for the review queue. */
	documents: DocumentQuestions[];
}

let loading: Promise<Library> | undefined;

function indexLibrary(entries: CatalogEntry[], imported: Bank[], importedError?: string): Library {
	const banks = [...entries.flatMap((e) => (e.ok ? [e.bank] : [])), ...imported];
	const questionById = new Map<string, { question: Question; documentId: string }>();
	for (const bank of banks) {
		for (const question of bank.questions) {
			questionById.set(question.id, { question, documentId: bank.document.id });
		}
	}
	return {
		entries,
		imported,
		importedIds: new Set(imported.map((b) => b.document.id)),
		...(importedError ? { importedError } : {}),
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
 * The imported banks that still match the bank format: a restored backup from elsewhere could
 * hold anything, and one bad document must not hide the others.
 */
export async function loadImported(): Promise<{ banks: Bank[]; error?: string }> {
	let stored: Bank[];
	try {
		stored = await listImportedBanks();
	} catch {
		return { banks: [], error: 'Your imported documents could not be read from this device.' };
	}
	const banks = stored.flatMap((bank) => {
		const result = validateBank(withDistinctOptions(bank));
		return result.ok ? [result.bank] : [];
	});
	const skipped = stored.length - banks.length;
	return skipped
		? { banks, error: `${skipped} imported document${skipped === 1 ? ' is' : 's are'} damaged.` }
		: { banks };
}

/**
 * Loads and indexes every bank once per page load (again after `reloadLibrary`). The first load
 * also brings the saved cards in line with the banks (a regenerated bank retires the questions
 * it no longer has), so progress is never orphaned.
 */
export function loadLibrary(): Promise<Library> {
	loading ??= Promise.all([loadCatalog(), loadImported()]).then(async ([entries, imported]) => {
		const library = indexLibrary(entries, imported.banks, imported.error);
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

/** Forgets the loaded library: the next `loadLibrary` reads the banks again (after an import). */
export function reloadLibrary(): void {
	loading = undefined;
}

// A document imported or deleted in another tab (or a restore) changes the banks: the next
// screen that asks reads them again.
if (browser) onDataChange(['documents'], reloadLibrary);
