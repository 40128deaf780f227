import { deflateSync } from 'fflate';
import { inflateBounded } from './inflate.ts';
import {
	ASSIGNMENT_LIMITS,
	ASSIGNMENT_VERSION,
	isImportedItem,
	validateAssignment,
	type Assignment,
	type AssignmentItem
} from './assignment.ts';
import {
	ByteReader,
	ByteWriter,
	EndOfData,
	crc32,
	decodeBase64Url,
	fromBase64Url,
	isBase64Url,
	toBase64Url
} from './bytes.ts';
import { fromUtf8, utf8 } from './crypto-types.ts';

// A link is `<base>/a#1.<base64url(wire)>`. The fragment never reaches a server.
//
// wire    = method (0 stored, 1 deflate-raw) | varint length | body | CRC-32 of all before it
// body    = the payload, compressed when that is smaller
// payload = flags | teacher key (33) | id | title | [instructions] | [due] | [time limit]
//           | item count | items
//
// Deflate has no checksum of its own, so the CRC is what tells a damaged link from a valid one;
// the length tells a link cut short (truncated) from one with changed characters (corrupt).

/** The path, under the app's base URL, of the page that opens assignment links. */
export const ASSIGNMENT_PATH = '/a';

/** The most a link's fragment may hold; real assignments are far below it. */
export const MAX_LINK_CHARS = 400_000;
/** The most a payload may inflate to (a zip bomb guard). */
export const MAX_PAYLOAD_BYTES = 1_000_000;

const METHOD_STORED = 0;
const METHOD_DEFLATE = 1;

const FLAG_TYPED = 1;
const FLAG_SHUFFLE = 2;
const FLAG_AFTER = 4;
const FLAG_INSTRUCTIONS = 8;
const FLAG_DUE = 16;
const FLAG_TIME_LIMIT = 32;
const KNOWN_FLAGS = 63;

// Item tags. Shipped ids look like 'q-' + 10 base-36 characters; those pack into 7 bytes.
const ITEM_PACKED = 0;
const ITEM_REF = 1;
const ITEM_PACKED_EDIT = 2;
const ITEM_REF_EDIT = 3;
const ITEM_IMPORTED = 4;
const PACKED_ID = /^q-[0-9a-z]{10}$/;
const PACKED_LIMIT = 36 ** 10;

/** Why a link could not be opened; `message` is a sentence for the person holding the link. */
export type LinkError = 'truncated' | 'corrupt' | 'version' | 'invalid';

export type LinkDecodeResult =
	| { ok: true; assignment: Assignment }
	| { ok: false; error: LinkError; message: string; detail?: string };

const MESSAGES = {
	truncated:
		'This assignment link is incomplete: part of it was lost when it was copied. Ask your teacher for the whole link, or scan the QR code.',
	corrupt:
		'This assignment link is damaged: some of its characters were changed. Ask your teacher for the link again, or scan the QR code.',
	newer:
		'This assignment was made with a newer version of Footnote. Update the app (reload the page while online), then open the link again.',
	older:
		'This assignment link uses an old format that this version of Footnote cannot read. Ask your teacher to publish it again.',
	notLink:
		'This is not a Footnote assignment link. Check that you copied the whole link your teacher sent.',
	invalid:
		'This assignment link is complete, but what it holds is not a valid assignment. Ask your teacher to publish it again.'
} as const;

function fail(error: LinkError, message: string, detail?: string): LinkDecodeResult {
	return detail === undefined
		? { ok: false, error, message }
		: { ok: false, error, message, detail };
}

function daysSinceEpoch(date: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function dateFromDays(days: number): string {
	return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

function writeText(writer: ByteWriter, text: string) {
	writer.chunk(utf8(text));
}

/**
 * The most bytes of JSON a question carried whole can take: every text at its limit, each
 * UTF-16 unit written as a six-byte escape at worst, and room for the names and punctuation.
 */
const MAX_CARRIED_ITEM_BYTES =
	6 *
		(ASSIGNMENT_LIMITS.promptLength +
			ASSIGNMENT_LIMITS.answerLength * (1 + 2 * ASSIGNMENT_LIMITS.options) +
			ASSIGNMENT_LIMITS.paragraphLength +
			ASSIGNMENT_LIMITS.headingLength +
			ASSIGNMENT_LIMITS.titleLength +
			3 * ASSIGNMENT_LIMITS.idLength) +
	1000;

/**
 * A text of at most `maxChars` UTF-16 units (three UTF-8 bytes each at most), refused from its
 * length alone: a deflated link is small, and what it inflates to must not be read whole first.
 */
function readText(reader: ByteReader, what: string, maxChars: number): string {
	return fromUtf8(readLimited(reader, what, maxChars * 3));
}

function readLimited(reader: ByteReader, what: string, maxBytes: number): Uint8Array {
	const length = reader.varint();
	if (length > maxBytes) throw new Error(`${what} longer than its limit (${length} bytes)`);
	return reader.bytes(length);
}

function writeItem(writer: ByteWriter, item: AssignmentItem) {
	if (isImportedItem(item)) {
		writer.u8(ITEM_IMPORTED);
		writeText(writer, JSON.stringify(item));
		return;
	}
	const packed = PACKED_ID.test(item.ref);
	const prompt = item.edit?.prompt;
	if (prompt === undefined) {
		writer.u8(packed ? ITEM_PACKED : ITEM_REF);
	} else {
		writer.u8(packed ? ITEM_PACKED_EDIT : ITEM_REF_EDIT);
	}
	if (packed) {
		let n = parseInt(item.ref.slice(2), 36);
		const bytes = new Uint8Array(7);
		for (let i = 6; i >= 0; i--) {
			bytes[i] = n % 256;
			n = Math.floor(n / 256);
		}
		writer.bytes(bytes);
	} else {
		writeText(writer, item.ref);
	}
	if (prompt !== undefined) writeText(writer, prompt);
}

function readItem(reader: ByteReader): unknown {
	const tag = reader.u8();
	if (tag === ITEM_IMPORTED) {
		const json = readLimited(reader, 'a carried question', MAX_CARRIED_ITEM_BYTES);
		return JSON.parse(fromUtf8(json)) as unknown;
	}
	if (tag > ITEM_IMPORTED) throw new Error(`unknown item tag ${tag}`);
	let ref: string;
	if (tag === ITEM_PACKED || tag === ITEM_PACKED_EDIT) {
		let n = 0;
		for (const byte of reader.bytes(7)) n = n * 256 + byte;
		if (n >= PACKED_LIMIT) throw new Error('packed id out of range');
		ref = `q-${n.toString(36).padStart(10, '0')}`;
	} else {
		ref = readText(reader, 'a question id', ASSIGNMENT_LIMITS.idLength);
	}
	return tag === ITEM_PACKED_EDIT || tag === ITEM_REF_EDIT
		? { ref, edit: { prompt: readText(reader, 'a prompt', ASSIGNMENT_LIMITS.promptLength) } }
		: { ref };
}

/** The assignment as the compact binary payload a link carries (before compression). */
export function encodePayload(assignment: Assignment): Uint8Array {
	const key = fromBase64Url(assignment.teacherKey);
	if (!key || key.length !== 33) throw new RangeError('teacherKey must be 33 bytes, base64url');
	const writer = new ByteWriter();
	let flags = 0;
	if (assignment.mode === 'typed') flags |= FLAG_TYPED;
	if (assignment.shuffle) flags |= FLAG_SHUFFLE;
	if (assignment.feedback === 'after') flags |= FLAG_AFTER;
	if (assignment.instructions !== undefined) flags |= FLAG_INSTRUCTIONS;
	if (assignment.due !== undefined) flags |= FLAG_DUE;
	if (assignment.timeLimitMin !== undefined) flags |= FLAG_TIME_LIMIT;
	writer.u8(flags).bytes(key);
	writeText(writer, assignment.id);
	writeText(writer, assignment.title);
	if (assignment.instructions !== undefined) writeText(writer, assignment.instructions);
	if (assignment.due !== undefined) writer.varint(daysSinceEpoch(assignment.due));
	if (assignment.timeLimitMin !== undefined) writer.varint(assignment.timeLimitMin);
	writer.varint(assignment.items.length);
	for (const item of assignment.items) writeItem(writer, item);
	return writer.result();
}

/** Reads a payload into a plain object for validation; throws on malformed bytes. */
function decodePayload(payload: Uint8Array): unknown {
	const reader = new ByteReader(payload);
	const flags = reader.u8();
	if (flags & ~KNOWN_FLAGS) throw new Error('unknown flags');
	const teacherKey = toBase64Url(reader.bytes(33));
	const out: Record<string, unknown> = { v: ASSIGNMENT_VERSION };
	// Ids are 6 to 32 characters; a longer one is refused by the schema, a far longer one here.
	out.id = readText(reader, 'the id', 32);
	out.title = readText(reader, 'the title', ASSIGNMENT_LIMITS.titleLength);
	if (flags & FLAG_INSTRUCTIONS) {
		out.instructions = readText(reader, 'the instructions', ASSIGNMENT_LIMITS.instructionsLength);
	}
	out.mode = flags & FLAG_TYPED ? 'typed' : 'choice';
	out.shuffle = (flags & FLAG_SHUFFLE) !== 0;
	out.feedback = flags & FLAG_AFTER ? 'after' : 'immediate';
	if (flags & FLAG_DUE) {
		const days = reader.varint();
		if (days > 200_000) throw new Error('due date out of range');
		out.due = dateFromDays(days);
	}
	if (flags & FLAG_TIME_LIMIT) out.timeLimitMin = reader.varint();
	const count = reader.varint();
	// Refused before looping: items are built one by one, and a small deflated link can declare
	// (and hold) a hundred thousand of them.
	if (count > ASSIGNMENT_LIMITS.items) {
		throw new Error(`${count} items; at most ${ASSIGNMENT_LIMITS.items}`);
	}
	if (count > reader.remaining) throw new Error('item count exceeds the payload');
	const items: unknown[] = [];
	for (let i = 0; i < count; i++) items.push(readItem(reader));
	out.items = items;
	out.teacherKey = teacherKey;
	if (reader.remaining !== 0) throw new Error('bytes after the last item');
	return out;
}

/** The wire bytes of an assignment: framed, checksummed, compressed when that is smaller. */
function encodeWire(assignment: Assignment): Uint8Array {
	const payload = encodePayload(assignment);
	const deflated = deflateSync(payload, { level: 9 });
	const compress = deflated.length < payload.length;
	const body = compress ? deflated : payload;
	const head = new ByteWriter()
		.u8(compress ? METHOD_DEFLATE : METHOD_STORED)
		.varint(body.length)
		.bytes(body)
		.result();
	const crc = crc32(head);
	return new ByteWriter()
		.bytes(head)
		.bytes(Uint8Array.of(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255))
		.result();
}

/**
 * The fragment (without '#') that carries an assignment: `1.` and the base64url wire bytes.
 * Throws a RangeError if the assignment is not valid (a bug in the caller, not a user's mistake).
 */
export function encodeAssignmentFragment(assignment: Assignment): string {
	const checked = validateAssignment(assignment);
	if (!checked.ok) throw new RangeError(`not a valid assignment: ${checked.issues.join('; ')}`);
	return `${ASSIGNMENT_VERSION}.${toBase64Url(encodeWire(assignment))}`;
}

/**
 * Whether two assignments are the same in everything a link carries. A link's checksum catches
 * damage, not changes, so a newly opened link is compared with the copy an attempt saved.
 */
export function sameAssignment(a: Assignment, b: Assignment): boolean {
	try {
		const [left, right] = [encodePayload(a), encodePayload(b)];
		return left.length === right.length && left.every((byte, i) => byte === right[i]);
	} catch {
		return false;
	}
}

/**
 * A link that opens the assignment in any copy of the app at `base` (its origin and base path).
 * @example encodeAssignmentLink(assignment, 'https://footnote.example') // 'https://footnote.example/a#1.AQ…'
 */
export function encodeAssignmentLink(assignment: Assignment, base: string): string {
	return `${base.replace(/\/+$/, '')}${ASSIGNMENT_PATH}#${encodeAssignmentFragment(assignment)}`;
}

/** The fragment of a pasted link, or the text itself when it is already a bare fragment. */
function fragmentOf(input: string): string | null {
	const hash = input.indexOf('#');
	if (hash >= 0) return input.slice(hash + 1);
	// A URL without a fragment lost its assignment: it was cut before the '#'.
	return /^[a-z][a-z0-9+.-]*:/i.test(input) ? null : input;
}

/**
 * Reads an assignment from a link, a bare fragment (with or without '#'), or a scanned QR code.
 * Never throws: every failure is a result with a code and a sentence to show.
 * @example
 * const result = decodeAssignmentLink(location.href);
 * if (!result.ok) showProblem(result.message);
 */
export function decodeAssignmentLink(input: unknown): LinkDecodeResult {
	try {
		return decode(input);
	} catch (error) {
		// Only reachable through a bug; still a page with a sentence, never a blank screen.
		return fail('invalid', MESSAGES.invalid, `internal: ${String(error)}`);
	}
}

function decode(input: unknown): LinkDecodeResult {
	if (typeof input !== 'string') return fail('invalid', MESSAGES.notLink, 'not text');
	const fragment = fragmentOf(input.trim());
	if (fragment === null || fragment === '') {
		return fail('truncated', MESSAGES.truncated, 'no fragment');
	}
	const match = /^(\d{1,6})\.([\s\S]*)$/.exec(fragment);
	if (!match) {
		return /^\d{1,6}$/.test(fragment)
			? fail('truncated', MESSAGES.truncated, 'nothing after the version')
			: fail('invalid', MESSAGES.notLink, 'no version prefix');
	}
	const version = Number(match[1]);
	const text = match[2] as string;
	if (version !== ASSIGNMENT_VERSION) {
		return version > ASSIGNMENT_VERSION
			? fail('version', MESSAGES.newer, `version ${version}`)
			: fail('version', MESSAGES.older, `version ${version}`);
	}
	if (text.length > MAX_LINK_CHARS) return fail('corrupt', MESSAGES.corrupt, 'too long');
	if (!isBase64Url(text)) return fail('corrupt', MESSAGES.corrupt, 'characters outside base64url');
	// A cut can leave stray bits in the last character, so the frame is checked for truncation
	// before the spelling of the text is.
	const decoded = decodeBase64Url(text);
	if (!decoded) return fail('truncated', MESSAGES.truncated, 'base64url cut mid-byte');
	const wire = decoded.bytes;
	const reader = new ByteReader(wire);
	let method: number;
	let length: number;
	try {
		method = reader.u8();
		length = reader.varint();
	} catch (error) {
		return error instanceof EndOfData
			? fail('truncated', MESSAGES.truncated, 'frame cut short')
			: fail('corrupt', MESSAGES.corrupt, 'bad frame');
	}
	if (reader.remaining < length + 4) return fail('truncated', MESSAGES.truncated, 'body cut short');
	if (reader.remaining > length + 4) {
		return fail('corrupt', MESSAGES.corrupt, 'bytes after the end');
	}
	if (!decoded.canonical) return fail('corrupt', MESSAGES.corrupt, 'non-canonical base64url');
	const head = wire.subarray(0, wire.length - 4);
	const tail = wire.subarray(wire.length - 4);
	const stored =
		(((tail[0] as number) << 24) |
			((tail[1] as number) << 16) |
			((tail[2] as number) << 8) |
			(tail[3] as number)) >>>
		0;
	if (crc32(head) !== stored) return fail('corrupt', MESSAGES.corrupt, 'checksum mismatch');
	const body = reader.bytes(length);
	let payload: Uint8Array | null;
	if (method === METHOD_STORED) {
		payload = body;
	} else if (method === METHOD_DEFLATE) {
		payload = inflateBounded(body, MAX_PAYLOAD_BYTES);
	} else {
		return fail('invalid', MESSAGES.invalid, `unknown method ${method}`);
	}
	if (!payload) return fail('invalid', MESSAGES.invalid, 'does not inflate within the size limit');
	let data: unknown;
	try {
		data = decodePayload(payload);
	} catch (error) {
		return fail('invalid', MESSAGES.invalid, `payload: ${String(error)}`);
	}
	const checked = validateAssignment(data);
	if (!checked.ok) return fail('invalid', MESSAGES.invalid, checked.issues.join('; '));
	return { ok: true, assignment: checked.assignment };
}
