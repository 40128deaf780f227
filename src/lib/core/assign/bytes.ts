// Byte-level helpers shared by links and receipts. Every decoder here is strict: links are only
// accepted when they are exactly what the encoder writes, so a damaged link is never mistaken
// for a different valid one.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Bytes as unpadded base64url text (RFC 4648 §5), safe in URL fragments and file names. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n =
			((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
		out +=
			ALPHABET[n >>> 18]! +
			ALPHABET[(n >>> 12) & 63]! +
			ALPHABET[(n >>> 6) & 63]! +
			ALPHABET[n & 63]!;
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = (bytes[i] as number) << 16;
		out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
	} else if (rest === 2) {
		const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
		out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
	}
	return out;
}

/** Whether every character of `text` is in the base64url alphabet. */
export function isBase64Url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/**
 * Decodes unpadded base64url. `canonical` is false when the last character has stray bits, so
 * another text decodes to the same bytes: callers that must tell a damaged text from a valid one
 * refuse it, after they have checked whether the text was merely cut short. Null for characters
 * outside the alphabet, padding, or a length no byte count gives.
 */
export function decodeBase64Url(text: string): { bytes: Uint8Array; canonical: boolean } | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let o = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const digit = code < 128 ? (LOOKUP[code] as number) : -1;
		if (digit < 0) return null;
		value = ((value << 6) | digit) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[o++] = (value >>> bits) & 0xff;
		}
	}
	return { bytes, canonical: bits === 0 || (value & ((1 << bits) - 1)) === 0 };
}

/** Decodes base64url exactly as `toBase64Url` writes it, or returns null. */
export function fromBase64Url(text: string): Uint8Array | null {
	const decoded = decodeBase64Url(text);
	return decoded && decoded.canonical ? decoded.bytes : null;
}

/** The concatenation of byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** Whether two byte arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	CRC_TABLE[n] = c >>> 0;
}

/** CRC-32 (IEEE), to tell a damaged link from a valid one: deflate itself has no checksum. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) {
		crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** Appends bytes, unsigned LEB128 integers and length-prefixed strings to a growing buffer. */
export class ByteWriter {
	private buffer = new Uint8Array(256);
	private length = 0;

	/** Appends raw bytes. */
	bytes(data: Uint8Array): this {
		if (this.length + data.length > this.buffer.length) {
			const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + data.length));
			next.set(this.buffer.subarray(0, this.length));
			this.buffer = next;
		}
		this.buffer.set(data, this.length);
		this.length += data.length;
		return this;
	}

	/** Appends one byte. */
	u8(value: number): this {
		return this.bytes(Uint8Array.of(value & 0xff));
	}

	/** Appends a non-negative safe integer as unsigned LEB128. */
	varint(value: number): this {
		if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
		const out: number[] = [];
		let rest = value;
		while (rest >= 0x80) {
			out.push((rest % 0x80) | 0x80);
			rest = Math.floor(rest / 0x80);
		}
		out.push(rest);
		return this.bytes(Uint8Array.from(out));
	}

	/** Appends a length-prefixed byte string. */
	chunk(data: Uint8Array): this {
		return this.varint(data.length).bytes(data);
	}

	/** The bytes written so far. */
	result(): Uint8Array {
		return this.buffer.slice(0, this.length);
	}
}

/** Thrown by `ByteReader` when the data ends early; the codecs turn it into 'truncated'. */
export class EndOfData extends Error {
	constructor() {
		super('unexpected end of data');
		this.name = 'EndOfData';
	}
}

/** Thrown by `ByteReader` for bytes no encoder writes (an overlong varint, say). */
export class MalformedData extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MalformedData';
	}
}

/** Reads what `ByteWriter` writes, throwing `EndOfData` or `MalformedData` instead of guessing. */
export class ByteReader {
	private offset = 0;
	private readonly data: Uint8Array;

	constructor(data: Uint8Array) {
		this.data = data;
	}

	/** How many bytes are left. */
	get remaining(): number {
		return this.data.length - this.offset;
	}

	/** The next `count` bytes. */
	bytes(count: number): Uint8Array {
		if (count > this.remaining) throw new EndOfData();
		const out = this.data.subarray(this.offset, this.offset + count);
		this.offset += count;
		return out;
	}

	/** The next byte. */
	u8(): number {
		return this.bytes(1)[0] as number;
	}

	/** An unsigned LEB128 integer, in its shortest form only, at most 2^53 - 1. */
	varint(): number {
		let value = 0;
		let scale = 1;
		for (let i = 0; ; i++) {
			const byte = this.u8();
			if (i > 0 && byte === 0) throw new MalformedData('overlong varint');
			value += (byte & 0x7f) * scale;
			if (!Number.isSafeInteger(value)) throw new MalformedData('varint too large');
			if (!(byte & 0x80)) return value;
			scale *= 0x80;
		}
	}

	/** A length-prefixed byte string. */
	chunk(): Uint8Array {
		return this.bytes(this.varint());
	}
}
