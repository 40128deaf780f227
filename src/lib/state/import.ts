import type { Bank } from '$core/questions/types.ts';
import { saveCarriedBank, saveImportedBank } from '$lib/db/index.ts';
import { loadLibrary, reloadLibrary, type Library } from './library.ts';

export type SaveImportResult =
	| {
			ok: true;
			bank: Bank;
			/** The title of the earlier import this one replaced. */
			replaced?: string;
			/** Questions left out because another document already has them. */
			leftOut: number;
	  }
	| { ok: false; message: string };

/** How many of the bank's questions each other document already has. */
function overlaps(bank: Bank, library: Library): Map<string, number> {
	const counts = new Map<string, number>();
	for (const question of bank.questions) {
		const other = library.questionById.get(question.id)?.documentId;
		if (other && other !== bank.document.id) counts.set(other, (counts.get(other) ?? 0) + 1);
	}
	return counts;
}

/**
 * Saves a reviewed bank as an imported document. Question ids come from paragraph text, so text
 * that is already in the library gives questions another document has. Mostly the same text as
 * a shipped document is refused; mostly the same as an earlier import replaces it under its id,
 * so its progress carries over; a few shared paragraphs (a quotation, say) leave their questions
 * with the document that had them first.
 */
export async function saveImport(bank: Bank): Promise<SaveImportResult> {
	const library = await loadLibrary();
	const counts = overlaps(bank, library);
	const [largest, shared = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
	let id = bank.document.id;
	let replaced: string | undefined;
	if (largest && shared * 2 >= bank.questions.length) {
		const title = library.bankById.get(largest)?.document.title ?? largest;
		if (!library.importedIds.has(largest)) {
			return {
				ok: false,
				message: `This text is already in your library as “${title}”, which Footnote ships with. Study it from the Library.`
			};
		}
		id = largest;
		replaced = title;
	}
	const questions = bank.questions.filter((q) => {
		const other = library.questionById.get(q.id)?.documentId;
		return !other || other === id;
	});
	const saved: Bank = { ...bank, document: { ...bank.document, id }, questions };
	await saveImportedBank(saved);
	reloadLibrary();
	return {
		ok: true,
		bank: saved,
		...(replaced ? { replaced } : {}),
		leftOut: bank.questions.length - questions.length
	};
}

/**
 * Saves the questions an assignment carried whole, so they join the student's deck. Unlike an
 * import, the copy holds only the assigned paragraphs, so it never replaces a document: questions
 * the library has (the student imported the same text) stay where they are.
 * @returns the document each carried question belongs to
 */
export async function saveCarried(bank: Bank): Promise<Map<string, string>> {
	const library = await loadLibrary();
	const shipped = new Map<string, string>();
	for (const [id, { documentId }] of library.questionById) {
		if (!library.importedIds.has(documentId)) shipped.set(id, documentId);
	}
	const documentOf = await saveCarriedBank(bank, shipped);
	reloadLibrary();
	return documentOf;
}
