import type { GenerationContext } from '../candidate.ts';
import { analyseDocument } from '../generate-bank.ts';

/**
 * A document analysed as generateBank does, for a generator's tests: paragraphs split by blank
 * lines, resolved against `published` when given.
 */
export function contextOf(
	text: string,
	published?: string,
	title = 'A history'
): GenerationContext {
	return analyseDocument({ text, title, source: 'test.txt', published }).context;
}
