// P-256 public keys in compressed form (33 bytes instead of 65). A shipped-bank assignment must
// fit one QR code, and 32 bytes is about as much as three question ids. WebCrypto's support for
// importing compressed points varies between browsers, so the point is expanded here, with BigInt,
// before it is imported.

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function mod(a: bigint): bigint {
	const r = a % P;
	return r < 0n ? r + P : r;
}

function modPow(base: bigint, exponent: bigint): bigint {
	let result = 1n;
	let b = mod(base);
	let e = exponent;
	while (e > 0n) {
		if (e & 1n) result = mod(result * b);
		b = mod(b * b);
		e >>= 1n;
	}
	return result;
}

function toBigInt(bytes: Uint8Array): bigint {
	let n = 0n;
	for (const byte of bytes) n = (n << 8n) | BigInt(byte);
	return n;
}

function toBytes32(n: bigint): Uint8Array {
	const out = new Uint8Array(32);
	let rest = n;
	for (let i = 31; i >= 0; i--) {
		out[i] = Number(rest & 0xffn);
		rest >>= 8n;
	}
	return out;
}

/** The 33-byte compressed form of a 65-byte uncompressed P-256 point, or null if it is not one. */
export function compressPoint(raw: Uint8Array): Uint8Array | null {
	if (raw.length !== 65 || raw[0] !== 4) return null;
	const out = new Uint8Array(33);
	out[0] = 2 + ((raw[64] as number) & 1);
	out.set(raw.subarray(1, 33), 1);
	return out;
}

/**
 * The 65-byte uncompressed form of a compressed P-256 point, or null when the bytes are not a
 * point on the curve (so a damaged key is caught when the link is opened, not at submission).
 */
export function decompressPoint(compressed: Uint8Array): Uint8Array | null {
	if (compressed.length !== 33) return null;
	const prefix = compressed[0];
	if (prefix !== 2 && prefix !== 3) return null;
	const x = toBigInt(compressed.subarray(1));
	if (x >= P) return null;
	const rhs = mod(x * x * x - 3n * x + B);
	// P ≡ 3 (mod 4), so a square root, when there is one, is rhs^((P+1)/4).
	let y = modPow(rhs, (P + 1n) / 4n);
	if (mod(y * y) !== rhs) return null;
	if (Number(y & 1n) !== prefix - 2) y = mod(P - y);
	const out = new Uint8Array(65);
	out[0] = 4;
	out.set(compressed.subarray(1), 1);
	out.set(toBytes32(y), 33);
	return out;
}

// The curve's order and generator, for deriving a public key from a private one.
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const G = {
	x: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
	y: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
};

type Point = { x: bigint; y: bigint } | null;

function add(a: Point, b: Point): Point {
	if (!a) return b;
	if (!b) return a;
	if (a.x === b.x && mod(a.y + b.y) === 0n) return null;
	const slope =
		a.x === b.x
			? mod((3n * a.x * a.x - 3n) * modPow(2n * a.y, P - 2n))
			: mod((b.y - a.y) * modPow(b.x - a.x, P - 2n));
	const x = mod(slope * slope - a.x - b.x);
	return { x, y: mod(slope * (a.x - x) - a.y) };
}

/**
 * The 65-byte uncompressed public key of a private scalar (32 bytes, big-endian), or null when
 * the bytes are not a valid private key. A backup's key row is trusted for its private half only:
 * the public half that assignments carry is derived from it, so the two always belong together.
 */
export function publicPointOf(privateKey: Uint8Array): Uint8Array | null {
	if (privateKey.length !== 32) return null;
	let k = toBigInt(privateKey);
	if (k <= 0n || k >= N) return null;
	let result: Point = null;
	let addend: Point = G;
	while (k > 0n) {
		if (k & 1n) result = add(result, addend);
		addend = add(addend, addend);
		k >>= 1n;
	}
	if (!result) return null;
	const out = new Uint8Array(65);
	out[0] = 4;
	out.set(toBytes32(result.x), 1);
	out.set(toBytes32(result.y), 33);
	return out;
}
