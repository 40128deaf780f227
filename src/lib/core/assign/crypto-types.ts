// The core is compiled against the ES library only (no DOM), so the few Web Platform APIs it uses
// are declared here, as the small subset this folder calls. Browsers, workers and Node 20 all
// provide them on globalThis. Being structural, the real DOM `CryptoKey` fits `CryptoKeyLike`, so
// the UI can pass keys it loaded from IndexedDB straight in.

/** A WebCrypto key, as far as this folder needs to know it. */
export interface CryptoKeyLike {
	readonly type: string;
	readonly extractable: boolean;
	readonly usages: readonly string[];
}

/** A WebCrypto key pair (what `generateKey` returns for ECDH). */
export interface CryptoKeyPairLike {
	readonly publicKey: CryptoKeyLike;
	readonly privateKey: CryptoKeyLike;
}

type Bytes = Uint8Array | ArrayBuffer;
type Algorithm = { name: string; [option: string]: unknown };

/** The methods of `crypto.subtle` used by receipts and key fingerprints. */
export interface SubtleLike {
	generateKey(
		algorithm: Algorithm,
		extractable: boolean,
		usages: string[]
	): Promise<CryptoKeyPairLike>;
	importKey(
		format: 'raw',
		keyData: Bytes,
		algorithm: Algorithm | string,
		extractable: boolean,
		usages: string[]
	): Promise<CryptoKeyLike>;
	exportKey(format: 'raw', key: CryptoKeyLike): Promise<ArrayBuffer>;
	deriveBits(algorithm: Algorithm, baseKey: CryptoKeyLike, length: number): Promise<ArrayBuffer>;
	deriveKey(
		algorithm: Algorithm,
		baseKey: CryptoKeyLike,
		derivedKeyType: Algorithm,
		extractable: boolean,
		usages: string[]
	): Promise<CryptoKeyLike>;
	encrypt(algorithm: Algorithm, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
	decrypt(algorithm: Algorithm, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
	digest(algorithm: string, data: Bytes): Promise<ArrayBuffer>;
}

interface Platform {
	crypto: {
		subtle: SubtleLike;
		getRandomValues<T extends Uint8Array>(array: T): T;
	};
	TextEncoder: new () => { encode(text: string): Uint8Array };
	TextDecoder: new (
		label?: string,
		options?: { fatal?: boolean }
	) => { decode(bytes: Uint8Array): string };
}

const platform = globalThis as unknown as Platform;

/** The platform's `crypto.subtle`. */
export function subtle(): SubtleLike {
	return platform.crypto.subtle;
}

/** `count` bytes from the platform's cryptographic random source (for ids, keys and IVs). */
export function randomBytes(count: number): Uint8Array {
	return platform.crypto.getRandomValues(new Uint8Array(count));
}

const encoder = new platform.TextEncoder();
// Fatal, so a byte sequence that is not UTF-8 is an error instead of silently becoming U+FFFD.
const decoder = new platform.TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/** The string in UTF-8 bytes; throws on bytes that are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string {
	return decoder.decode(bytes);
}
