import type { GenerationContext } from '../candidate.ts';
import { analyseDocument } from '../generate-bank.ts';

/** A document analysed as generateBank does, for a generator's tests: paragraphs split by blank lines. */
export function contextOf(text: string, title = 'A history'): GenerationContext {
	return analyseDocument({ text, title, source: 'test.txt' }).context;
}
