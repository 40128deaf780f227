import { hashText } from '../hash.ts';
import { compareKey } from '../text.ts';
import type { Paragraph } from './types.ts';
import type { Block } from './clean.ts';

/**
 * Numbers the paragraphs by content, not position: a paragraph keeps its id when another is
 * inserted before it, so learners' progress and evidence links survive an edited document.
 * Identical paragraphs get a counter so ids stay unique.
 */
export function buildParagraphs(blocks: readonly Block[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const used = new Map<string, number>();
	let heading: string | undefined;
	for (const block of blocks) {
		if (block.kind === 'heading') {
			heading = block.text;
			continue;
		}
		const base = `p-${hashText(compareKey(block.text)).slice(-8)}`;
		const count = (used.get(base) ?? 0) + 1;
		used.set(base, count);
		const id = count === 1 ? base : `${base}-${count}`;
		paragraphs.push(heading ? { id, text: block.text, heading } : { id, text: block.text });
	}
	return paragraphs;
}
