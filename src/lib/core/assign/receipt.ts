import * as v from 'valibot';
import { deflateSync } from 'fflate';
import { inflateBounded } from './inflate.ts';
import type { Assignment } from './assignment.ts';
import {
	ByteReader,
	ByteWriter,
	EndOfData,
	concatBytes,
	decodeBase64Url,
	fromBase64Url,
	isBase64Url,
	toBase64Url
} from './bytes.ts';
import {
	fromUtf8,
	randomBytes,
	subtle,
	utf8,
	type CryptoKeyLike,
	type CryptoKeyPairLike
} from './crypto-types.ts';
import { compressPoint, decompressPoint } from './p256.ts';

// A sealed receipt is `r1.<assignment id>.<base64url(body)>`:
//
// body = varint length of the rest | ephemeral public key (33, compressed) | IV (12) | ciphertext
//
// The student's app makes a one-off ECDH key pair, agrees a secret with the teacher's public key,
// and derives an AES-GCM key with HKDF (salt: the ephemeral key; info: version and assignment id).
// The plaintext is deflated compact JSON. The header and the length are AES-GCM additional data,
// so the readable assignment id cannot be swapped onto another receipt without failing to open.

/** The receipt format this code writes. */
export const RECEIPT_VERSION = 1;
/** The path, under the app's base URL, of the page that accepts receipt links. */
export const RECEIPT_PATH = '/r';

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
const MAX_RECEIPT_CHARS = 400_000;
const MAX_PLAINTEXT_BYTES = 1_000_000;
const KEY_BYTES = 33;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One answer as the student gave it: `item` indexes `assignment.items` (not the shown order). */
export interface ReceiptAnswer {
	item: number;
	given: string;
	correct: boolean;
	/** Time spent on the question, in milliseconds. */
	ms: number;
}

/** What a student's submission records; only the teacher's private key can read it. */
export interface Receipt {
	v: 1;
	assignmentId: string;
	/** Random, made once per submission; two copies of one submission share it. */
	receiptId: string;
	name: string;
	/** ISO 8601, as `new Date().toISOString()` writes it. */
	submittedAt: string;
	answers: ReceiptAnswer[];
	score: { correct: number; total: number };
}

/** Why a receipt could not be opened; `message` is a sentence for the teacher. */
export type ReceiptError = 'other-assignment' | 'truncated' | 'tampered' | 'version' | 'invalid';

export type OpenResult =
	| { ok: true; receipt: Receipt }
	| { ok: false; error: ReceiptError; message: string; detail?: string };

const MESSAGES = {
	truncated:
		'This receipt is incomplete: part of it was lost when it was copied. Ask the student to send it again.',
	tampered:
		'This receipt cannot be opened with your key: it was altered or damaged, or it was sealed for another teacher. Ask the student to send it again.',
	newer:
		'This receipt was made with a newer version of Footnote. Update the app (reload the page while online), then add it again.',
	older: 'This receipt uses an old format that this version of Footnote cannot read.',
	notReceipt: 'This is not a Footnote receipt.',
	assignmentLink: 'This is an assignment link, not a receipt.',
	invalid:
		'This receipt opened, but what it holds is not a valid receipt: it was not made by Footnote.'
} as const;

function otherAssignmentMessage(id: string): string {
	return `This receipt is for another assignment (${id}), not this one. Open that assignment to add it.`;
}

function fail(error: ReceiptError, message: string, detail?: string): OpenResult {
	return detail === undefined
		? { ok: false, error, message }
		: { ok: false, error, message, detail };
}

const ReceiptSchema = v.pipe(
	v.tuple([
		v.literal(RECEIPT_VERSION),
		v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/)),
		v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)),
		v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
		v.pipe(v.string(), v.isoTimestamp()),
		v.pipe(
			v.array(
				v.tuple([
					v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
					v.pipe(v.string(), v.maxLength(4000)),
					v.picklist([0, 1]),
					v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e10))
				])
			),
			v.maxLength(1000)
		),
		v.tuple([
			v.pipe(v.number(), v.integer(), v.minValue(0)),
			v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999))
		])
	]),
	v.check(
		([, , , , , answers, [correct, total]]) =>
			correct <= total && correct === answers.filter((a) => a[2] === 1).length,
		'the score must count the correct answers'
	)
);

/** The receipt as compact JSON (positional arrays): receipts travel in QR codes too. */
function toCompact(receipt: Receipt): unknown[] {
	return [
		receipt.v,
		receipt.assignmentId,
		receipt.receiptId,
		receipt.name,
		receipt.submittedAt,
		receipt.answers.map((a) => [a.item, a.given, a.correct ? 1 : 0, a.ms]),
		[receipt.score.correct, receipt.score.total]
	];
}

function fromCompact(data: unknown): Receipt | null {
	const parsed = v.safeParse(ReceiptSchema, data);
	if (!parsed.success) return null;
	const [, assignmentId, receiptId, name, submittedAt, answers, [correct, total]] = parsed.output;
	return {
		v: RECEIPT_VERSION,
		assignmentId,
		receiptId,
		name,
		submittedAt,
		answers: answers.map(([item, given, ok, ms]) => ({ item, given, correct: ok === 1, ms })),
		score: { correct, total }
	};
}

/**
 * Makes the teacher's key pair. The private key is extractable on purpose: IndexedDB can hold
 * non-extractable keys, but a teacher who loses the browser's storage would lose every class's
 * receipts, so the app must be able to export the key for a backup.
 * @example const keys = await generateTeacherKeys(); const teacherKey = await exportPublicKey(keys.publicKey);
 */
export async function generateTeacherKeys(): Promise<CryptoKeyPairLike> {
	return subtle().generateKey(EC, true, ['deriveBits']);
}

/** The public key as it goes into an assignment: compressed P-256, base64url (44 characters). */
export async function exportPublicKey(publicKey: CryptoKeyLike): Promise<string> {
	const raw = new Uint8Array(await subtle().exportKey('raw', publicKey));
	const compressed = compressPoint(raw);
	if (!compressed) throw new RangeError('not a P-256 public key');
	return toBase64Url(compressed);
}

async function importPublicKey(compressed: Uint8Array): Promise<CryptoKeyLike | null> {
	const raw = decompressPoint(compressed);
	if (!raw) return null;
	return subtle().importKey('raw', raw, EC, true, []);
}

async function aesKey(
	privateKey: CryptoKeyLike,
	publicKey: CryptoKeyLike,
	ephemeral: Uint8Array,
	assignmentId: string,
	usage: 'encrypt' | 'decrypt'
): Promise<CryptoKeyLike> {
	const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
	const base = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
	return subtle().deriveKey(
		{
			name: 'HKDF',
			hash: 'SHA-256',
			salt: ephemeral,
			info: utf8(`footnote receipt ${RECEIPT_VERSION} ${assignmentId}`)
		},
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage]
	);
}

function header(assignmentId: string): string {
	return `r${RECEIPT_VERSION}.${assignmentId}.`;
}

/** A new receipt id from random bytes the caller supplies (8 to 24 of them). */
export function createReceiptId(random: Uint8Array): string {
	if (random.length < 8 || random.length > 24) {
		throw new RangeError('a receipt id needs 8 to 24 random bytes');
	}
	return toBase64Url(random);
}

/**
 * A receipt for a submission, with the score counted from the answers (out of every item, so
 * unanswered questions count as wrong). The name is trimmed and must not be empty.
 * @example makeReceipt({ assignment, receiptId, name: 'Amira', submittedAt: new Date().toISOString(), answers })
 */
export function makeReceipt(input: {
	assignment: Assignment;
	receiptId: string;
	name: string;
	submittedAt: string;
	answers: ReceiptAnswer[];
}): Receipt {
	return {
		v: RECEIPT_VERSION,
		assignmentId: input.assignment.id,
		receiptId: input.receiptId,
		name: input.name.trim(),
		submittedAt: input.submittedAt,
		answers: input.answers,
		score: {
			correct: input.answers.filter((a) => a.correct).length,
			total: input.assignment.items.length
		}
	};
}

/**
 * Encrypts a receipt so only the holder of the teacher's private key can read it, for the
 * assignment `receipt.assignmentId`. `teacherKey` is `assignment.teacherKey`.
 * @example const sealed = await sealReceipt(receipt, assignment.teacherKey); // 'r1.q3Xv9k_A.Vx…'
 */
export async function sealReceipt(receipt: Receipt, teacherKey: string): Promise<string> {
	if (!fromCompact(toCompact(receipt))) throw new RangeError('not a valid receipt');
	const teacherBytes = fromBase64Url(teacherKey);
	const teacher = teacherBytes && (await importPublicKey(teacherBytes));
	if (!teacher) throw new RangeError('teacherKey is not a compressed P-256 public key');
	const pair = await subtle().generateKey(EC, true, ['deriveBits']);
	const ephemeral = compressPoint(new Uint8Array(await subtle().exportKey('raw', pair.publicKey)));
	if (!ephemeral) throw new RangeError('the platform made an unexpected key');
	const key = await aesKey(pair.privateKey, teacher, ephemeral, receipt.assignmentId, 'encrypt');
	const iv = randomBytes(IV_BYTES);
	const plaintext = deflateSync(utf8(JSON.stringify(toCompact(receipt))), { level: 9 });
	const length = new ByteWriter()
		.varint(KEY_BYTES + IV_BYTES + plaintext.length + TAG_BYTES)
		.result();
	const head = header(receipt.assignmentId);
	const ciphertext = new Uint8Array(
		await subtle().encrypt(
			{ name: 'AES-GCM', iv, additionalData: concatBytes(utf8(head), length) },
			key,
			plaintext
		)
	);
	return head + toBase64Url(concatBytes(length, ephemeral, iv, ciphertext));
}

/**
 * The sealed receipt inside a pasted link, a file's text or a scanned QR code: the part after
 * '#' if there is one, trimmed.
 */
export function extractSealed(input: string): string {
	const text = input.trim();
	const hash = text.lastIndexOf('#');
	return hash >= 0 ? text.slice(hash + 1) : text;
}

/**
 * The assignment id a receipt names, read without decrypting (null if it names none). It is
 * not proof of anything until `openReceipt` succeeds.
 */
export function readReceiptAssignmentId(input: string): string | null {
	const match = /^r1\.([A-Za-z0-9_-]{6,32})\./.exec(extractSealed(input));
	return match ? (match[1] as string) : null;
}

/** A link that hands a sealed receipt to the teacher's app at `base` (origin and base path). */
export function encodeReceiptLink(sealed: string, base: string): string {
	return `${base.replace(/\/+$/, '')}${RECEIPT_PATH}#${sealed}`;
}

/**
 * Decrypts and checks a receipt: from a sealed string, a receipt link, a file's text or a QR
 * code's text. Never throws; never accepts a receipt whose bytes were changed.
 * @example
 * const result = await openReceipt(pasted, keys.privateKey, assignment.id);
 * if (result.ok) add(result.receipt); else show(result.message);
 */
export async function openReceipt(
	input: unknown,
	teacherPrivateKey: CryptoKeyLike,
	expectedAssignmentId: string
): Promise<OpenResult> {
	try {
		return await open(input, teacherPrivateKey, expectedAssignmentId);
	} catch (error) {
		return fail('invalid', MESSAGES.invalid, `internal: ${String(error)}`);
	}
}

async function open(
	input: unknown,
	teacherPrivateKey: CryptoKeyLike,
	expectedAssignmentId: string
): Promise<OpenResult> {
	if (typeof input !== 'string') return fail('invalid', MESSAGES.notReceipt, 'not text');
	if (input.length > MAX_RECEIPT_CHARS) return fail('invalid', MESSAGES.notReceipt, 'too long');
	const sealed = extractSealed(input);
	if (/^\d+\./.test(sealed) && input.includes('#')) {
		return fail('invalid', MESSAGES.assignmentLink, 'assignment fragment');
	}
	const prefix = /^r(\d{1,6})(?:\.|$)/.exec(sealed);
	if (!prefix) {
		return /^r?$/.test(sealed)
			? fail('truncated', MESSAGES.truncated, 'empty')
			: fail('invalid', MESSAGES.notReceipt, 'no receipt prefix');
	}
	const version = Number(prefix[1]);
	if (version !== RECEIPT_VERSION) {
		return version > RECEIPT_VERSION
			? fail('version', MESSAGES.newer, `version ${version}`)
			: fail('version', MESSAGES.older, `version ${version}`);
	}
	const parts = sealed.split('.');
	if (parts.length < 3) return fail('truncated', MESSAGES.truncated, 'no body');
	if (parts.length > 3) return fail('tampered', MESSAGES.tampered, 'extra separators');
	const [, assignmentId, text] = parts as [string, string, string];
	if (!/^[A-Za-z0-9_-]{6,32}$/.test(assignmentId)) {
		return fail('tampered', MESSAGES.tampered, 'malformed assignment id');
	}
	if (assignmentId !== expectedAssignmentId) {
		return fail('other-assignment', otherAssignmentMessage(assignmentId), assignmentId);
	}
	if (!isBase64Url(text)) {
		return fail('tampered', MESSAGES.tampered, 'characters outside base64url');
	}
	const decoded = decodeBase64Url(text);
	if (!decoded) return fail('truncated', MESSAGES.truncated, 'base64url cut mid-byte');
	const body = decoded.bytes;
	const reader = new ByteReader(body);
	let length: number;
	try {
		length = reader.varint();
	} catch (error) {
		return error instanceof EndOfData
			? fail('truncated', MESSAGES.truncated, 'no length')
			: fail('tampered', MESSAGES.tampered, 'bad length');
	}
	if (reader.remaining < length) return fail('truncated', MESSAGES.truncated, 'body cut short');
	if (reader.remaining > length) return fail('tampered', MESSAGES.tampered, 'bytes after the end');
	if (!decoded.canonical) return fail('tampered', MESSAGES.tampered, 'non-canonical base64url');
	if (length < KEY_BYTES + IV_BYTES + TAG_BYTES) {
		return fail('tampered', MESSAGES.tampered, 'too short to hold a receipt');
	}
	const lengthBytes = body.subarray(0, body.length - length);
	const ephemeral = reader.bytes(KEY_BYTES);
	const iv = reader.bytes(IV_BYTES);
	const ciphertext = reader.bytes(reader.remaining);
	let plaintext: Uint8Array;
	try {
		const sender = await importPublicKey(ephemeral);
		if (!sender) return fail('tampered', MESSAGES.tampered, 'not a key');
		const key = await aesKey(teacherPrivateKey, sender, ephemeral, assignmentId, 'decrypt');
		plaintext = new Uint8Array(
			await subtle().decrypt(
				{
					name: 'AES-GCM',
					iv,
					additionalData: concatBytes(utf8(header(assignmentId)), lengthBytes)
				},
				key,
				ciphertext
			)
		);
	} catch {
		return fail('tampered', MESSAGES.tampered, 'does not decrypt');
	}
	// Past this point the bytes are exactly what some app sealed to this teacher's key.
	const json = inflateBounded(plaintext, MAX_PLAINTEXT_BYTES);
	if (!json) return fail('invalid', MESSAGES.invalid, 'does not inflate');
	let data: unknown;
	try {
		data = JSON.parse(fromUtf8(json));
	} catch {
		return fail('invalid', MESSAGES.invalid, 'not JSON');
	}
	const receipt = fromCompact(data);
	if (!receipt) return fail('invalid', MESSAGES.invalid, 'not a receipt');
	if (receipt.assignmentId !== assignmentId) {
		return fail('invalid', MESSAGES.invalid, 'header and content name different assignments');
	}
	return { ok: true, receipt };
}
