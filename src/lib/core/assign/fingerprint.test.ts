import { expect, test } from 'vitest';
import { keyFingerprint } from './fingerprint.ts';
import { exportPublicKey, generateTeacherKeys } from './receipt.ts';

test('a key fingerprint is short, stable and differs between keys', async () => {
	const first = await exportPublicKey((await generateTeacherKeys()).publicKey);
	const second = await exportPublicKey((await generateTeacherKeys()).publicKey);
	expect(await keyFingerprint(first)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
	expect(await keyFingerprint(first)).toBe(await keyFingerprint(first));
	expect(await keyFingerprint(first)).not.toBe(await keyFingerprint(second));
	// SHA-256 of the 33 key bytes, its first six bytes: the same on every device.
	expect(await keyFingerprint('A' + 'B'.repeat(43))).toBe('5A1B-92F8-5A3F');
});
