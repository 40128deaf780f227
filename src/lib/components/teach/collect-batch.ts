import { splitReceiptText, type CollectResult } from '$core/assign/index.ts';

/** One piece of incoming text, with where it came from for the teacher to recognise. */
export interface IncomingReceipt {
	source: string;
	text: string;
}

/** What happened to one incoming piece. */
export interface BatchOutcome {
	source: string;
	kind: 'added' | 'duplicate' | 'problem';
	message: string;
}

/** Pasted text or a file's contents as separate receipts, each labelled with its source. */
export function splitIncoming(text: string, source: string): IncomingReceipt[] {
	const pieces = splitReceiptText(text);
	return pieces.map((piece, i) => ({
		source: pieces.length > 1 ? `${source}, item ${i + 1}` : source,
		text: piece
	}));
}

/**
 * One line per incoming piece from what `addReceipts` returned: `problems` name their piece by
 * index, and the added receipts come in the order of the pieces that had no problem.
 */
export function describeBatch(
	incoming: readonly IncomingReceipt[],
	result: Pick<CollectResult, 'added' | 'problems'>
): BatchOutcome[] {
	const problems = new Map(result.problems.map((p) => [p.index, p]));
	let next = 0;
	return incoming.map((piece, index) => {
		const problem = problems.get(index);
		if (problem) {
			return {
				source: piece.source,
				kind: problem.error === 'duplicate' ? 'duplicate' : 'problem',
				message: problem.message
			};
		}
		const receipt = result.added[next++];
		return {
			source: piece.source,
			kind: 'added',
			message: receipt ? `Added ${receipt.name}'s receipt.` : 'Added.'
		};
	});
}

/** A one-sentence summary of a batch, read out first. */
export function summariseBatch(outcomes: readonly BatchOutcome[]): string {
	const count = (kind: BatchOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
	const parts = [`${count('added')} added`];
	if (count('duplicate')) parts.push(`${count('duplicate')} already collected`);
	if (count('problem')) parts.push(`${count('problem')} could not be read`);
	return `${parts.join(', ')}.`;
}
