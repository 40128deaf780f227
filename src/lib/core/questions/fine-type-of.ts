import type { Mention } from './entities.ts';
import type { FineType } from './fine-types.ts';

/** A mention's fine type and how sure it is: what a candidate carries of its answer's name. */
export function fineTypeOf(m: Mention): { fine: FineType; confidence: number } {
	return { fine: m.fine, confidence: m.confidence };
}
