import { fromBase64Url } from './bytes.ts';
import { subtle } from './crypto-types.ts';

/**
 * A short fingerprint of a teacher's public key, for two people to compare by eye. A link's
 * checksum is not a signature: anyone can rewrite a link with their own key, and the receipts
 * would then be sealed to them. The teacher's share screen and the student's first screen both
 * show the fingerprint, so a swapped key shows.
 * @example await keyFingerprint(assignment.teacherKey) // '3F9A-C2E1-7B04'
 */
export async function keyFingerprint(teacherKey: string): Promise<string> {
	const bytes = fromBase64Url(teacherKey);
	if (!bytes) throw new RangeError('a teacher key is base64url');
	const hash = new Uint8Array(await subtle().digest('SHA-256', bytes));
	const hex = [...hash.subarray(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return hex.toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}
