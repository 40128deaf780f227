import type { OpenResult, Receipt, ReceiptError } from './receipt.ts';

/** One incoming receipt that was not added, and why, for the teacher to read. */
export interface CollectProblem {
	/** Its position in `incoming`. */
	index: number;
	error: ReceiptError | 'duplicate';
	message: string;
}

export interface CollectResult {
	/** Everything collected: the existing receipts, untouched and first, then the new ones. */
	collected: Receipt[];
	/** The receipts that were new. */
	added: Receipt[];
	/** Receipts already collected (same receipt id), or given twice in this batch. */
	duplicates: Receipt[];
	/** Every incoming item that was not added, duplicates included, with a sentence for each. */
	problems: CollectProblem[];
}

/**
 * Merges opened receipts into those already collected. Pure: existing receipts are never changed
 * or dropped, whatever arrives; each incoming one is added, reported as a duplicate, or reported
 * with its error. A student who submits twice has two receipts (two receipt ids), both kept.
 * @example
 * const results = await Promise.all(texts.map((t) => openReceipt(t, key, assignment.id)));
 * const { collected, problems } = collectReceipts(stored, results);
 */
export function collectReceipts(
	existing: readonly Receipt[],
	incoming: readonly OpenResult[]
): CollectResult {
	const seen = new Set(existing.map((r) => r.receiptId));
	const added: Receipt[] = [];
	const duplicates: Receipt[] = [];
	const problems: CollectProblem[] = [];
	incoming.forEach((result, index) => {
		if (!result.ok) {
			problems.push({ index, error: result.error, message: result.message });
			return;
		}
		const { receipt } = result;
		if (seen.has(receipt.receiptId)) {
			duplicates.push(receipt);
			problems.push({
				index,
				error: 'duplicate',
				message: `${receipt.name}'s receipt from ${receipt.submittedAt.slice(0, 10)} is already collected.`
			});
			return;
		}
		seen.add(receipt.receiptId);
		added.push(receipt);
	});
	return { collected: [...existing, ...added], added, duplicates, problems };
}

/**
 * The separate receipts in pasted text or a file: one per whitespace-separated piece, so a
 * teacher can paste many links at once. Each piece still goes through `openReceipt`.
 */
export function splitReceiptText(text: string): string[] {
	return text.split(/\s+/).filter((piece) => piece.length > 0);
}
