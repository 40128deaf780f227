import type { Mention } from './entities.ts';
import type { FineType } from './fine-types.ts';

/** The coarse types of names found without finer evidence, read as the nearest fine type. */
const FROM_COARSE: Record<Mention['type'], FineType> = {
	person: 'person',
	group: 'people',
	organisation: 'organisation',
	place: 'settlement',
	term: 'document',
	other: 'other'
};

/** A mention's fine type and how sure it is, for mentions typed coarsely only. */
export function fineTypeOf(m: Mention): { fine: FineType; confidence: number } {
	const typed = m as Mention & { fine?: FineType; confidence?: number };
	if (typed.fine) return { fine: typed.fine, confidence: typed.confidence ?? 0.5 };
	return { fine: FROM_COARSE[m.type], confidence: 0.5 };
}
