import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
	ByteReader,
	ByteWriter,
	EndOfData,
	MalformedData,
	crc32,
	fromBase64Url,
	toBase64Url
} from './bytes.ts';
import { utf8 } from './crypto-types.ts';

test('base64url matches the platform encoder and round-trips', () => {
	fc.assert(
		fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
			const text = toBase64Url(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64url'));
			expect(fromBase64Url(text)).toEqual(bytes);
		}),
		{ numRuns: 500 }
	);
});

test('base64url decoding refuses what the encoder never writes', () => {
	expect(fromBase64Url('AQ==')).toBeNull();
	expect(fromBase64Url('A+/B')).toBeNull();
	expect(fromBase64Url('AQID B')).toBeNull();
	expect(fromBase64Url('ABCDE')).toBeNull(); // a length no byte count gives
	expect(fromBase64Url('AR')).toBeNull(); // stray bits: 'AQ' is the only spelling of [1]
	expect(fromBase64Url('AQ')).toEqual(Uint8Array.of(1));
	expect(fromBase64Url('')).toEqual(new Uint8Array(0));
});

test('CRC-32 gives the standard check value', () => {
	expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
});

test('varints round-trip and must be in their shortest form', () => {
	for (const n of [0, 1, 127, 128, 300, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
		expect(new ByteReader(new ByteWriter().varint(n).result()).varint()).toBe(n);
	}
	expect(() => new ByteReader(Uint8Array.of(0x80, 0x00)).varint()).toThrow(MalformedData);
	expect(() => new ByteReader(Uint8Array.of(0x80)).varint()).toThrow(EndOfData);
	expect(() => new ByteReader(new Uint8Array(9).fill(0xff)).varint()).toThrow(MalformedData);
});
