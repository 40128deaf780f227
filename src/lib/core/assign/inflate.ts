import { Inflate } from 'fflate';
import { concatBytes } from './bytes.ts';

/**
 * Inflates deflate-raw data from a link or a receipt, giving up (null) past `limit` bytes or on
 * a broken stream: a small hand-made payload must not expand into gigabytes.
 */
export function inflateBounded(data: Uint8Array, limit: number): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let done = false;
	const inflater = new Inflate((chunk, final) => {
		total += chunk.length;
		if (total > limit) throw new RangeError('payload too large');
		chunks.push(chunk);
		if (final) done = true;
	});
	try {
		// Small input pieces bound what one push can expand to (deflate's ratio is at most ~1032:1).
		for (let i = 0; i < data.length; i += 512) {
			inflater.push(data.subarray(i, i + 512), i + 512 >= data.length);
		}
	} catch {
		return null;
	}
	return done ? concatBytes(...chunks) : null;
}
