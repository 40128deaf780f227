import { expect, test } from 'vitest';
import { compressPoint, decompressPoint, publicPointOf } from './p256.ts';
import { fromBase64Url } from './bytes.ts';

test('compressed keys expand to the same point WebCrypto made', async () => {
	for (let i = 0; i < 10; i++) {
		const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
			'deriveBits'
		]);
		const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
		const compressed = compressPoint(raw);
		expect(compressed).toHaveLength(33);
		expect(decompressPoint(compressed as Uint8Array)).toEqual(raw);
	}
});

test('bytes that are not a point are refused', () => {
	expect(decompressPoint(new Uint8Array(33))).toBeNull(); // prefix 0
	expect(decompressPoint(Uint8Array.of(2, ...new Uint8Array(32).fill(0xff)))).toBeNull(); // x >= p
	expect(decompressPoint(new Uint8Array(32))).toBeNull();
	// About half of all x values have no point on the curve.
	let refused = 0;
	for (let x = 1; x <= 40; x++) {
		const bytes = new Uint8Array(33);
		bytes[0] = 2;
		bytes[32] = x;
		if (decompressPoint(bytes) === null) refused++;
	}
	expect(refused).toBeGreaterThan(5);
	expect(compressPoint(new Uint8Array(65))).toBeNull();
});

test('a private key gives the public key WebCrypto made with it, and nothing else does', async () => {
	for (let i = 0; i < 5; i++) {
		const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
			'deriveBits'
		]);
		const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
		const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
		expect(publicPointOf(fromBase64Url(jwk.d!)!)).toEqual(raw);
	}
	expect(publicPointOf(new Uint8Array(32))).toBeNull();
	expect(publicPointOf(new Uint8Array(32).fill(0xff))).toBeNull();
	expect(publicPointOf(new Uint8Array(31).fill(1))).toBeNull();
});
