import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { expect, test } from 'vitest';
import type { Assignment } from './assignment.ts';
import { ByteWriter, crc32, fromBase64Url, toBase64Url } from './bytes.ts';
import {
	MAX_PAYLOAD_BYTES,
	decodeAssignmentLink,
	encodeAssignmentFragment,
	encodeAssignmentLink,
	encodePayload,
	sameAssignment,
	type LinkDecodeResult
} from './link-codec.ts';
import { encodeQr } from './qr.ts';
import { exportPublicKey, generateTeacherKeys } from './receipt.ts';
import {
	importedAssignment,
	importedItems,
	shippedAssignment,
	shippedIds
} from './test-fixtures.ts';

const BASE = 'https://footnote.example';
const teacherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);
const ERRORS = ['truncated', 'corrupt', 'version', 'invalid'];

function roundTrip(assignment: Assignment): Assignment {
	const result = decodeAssignmentLink(encodeAssignmentLink(assignment, BASE));
	if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
	return result.assignment;
}

/** Frames arbitrary payload bytes exactly as the encoder does, with a valid checksum. */
function framed(payload: Uint8Array, deflate = false): string {
	const body = deflate ? deflateSync(payload) : payload;
	const head = new ByteWriter()
		.u8(deflate ? 1 : 0)
		.varint(body.length)
		.bytes(body)
		.result();
	const crc = crc32(head);
	const wire = new ByteWriter()
		.bytes(head)
		.bytes(Uint8Array.of(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255))
		.result();
	return `${BASE}/a#1.${toBase64Url(wire)}`;
}

function expectFailure(result: LinkDecodeResult, error: string) {
	expect(result.ok).toBe(false);
	if (result.ok) return;
	expect(result.error).toBe(error);
	expect(result.message).toMatch(/^[A-Z].*\.$/);
	expect(result.detail ?? '').not.toMatch(/^internal/);
}

test('assignments of every shape survive a round trip unchanged', () => {
	const shipped = shippedAssignment(teacherKey);
	const shapes: Assignment[] = [
		shipped,
		importedAssignment(teacherKey),
		{
			v: 1,
			id: 'AAAAAAAA',
			title: 'Minimal',
			mode: 'choice',
			shuffle: false,
			feedback: 'immediate',
			items: [{ ref: 'q-0000000000' }],
			teacherKey
		},
		{
			...shipped,
			title: 'Révision — 第二章 ✓',
			instructions: 'Lisez d’abord.\nPuis répondez.',
			mode: 'typed',
			shuffle: false,
			feedback: 'immediate',
			due: '2028-02-29',
			timeLimitMin: 600,
			items: [
				{ ref: 'q-zzzzzzzzzz', edit: { prompt: 'Which city, in your own words?' } },
				{ ref: 'custom-id/with:odd chars' },
				{ ref: 'another', edit: { prompt: 'Reworded ✎' } },
				...importedItems(2),
				{ ref: shippedIds(1)[0] as string }
			]
		},
		{ ...shipped, items: shippedIds(200).map((ref) => ({ ref })), instructions: '' }
	];
	for (const assignment of shapes) expect(roundTrip(assignment)).toEqual(assignment);
});

test('property: 300 random valid assignments round-trip unchanged', () => {
	const imported = importedItems(4);
	const text = (min: number, max: number) =>
		fc
			.string({ unit: 'grapheme', minLength: min, maxLength: max })
			.filter((t) => t.trim().length > 0 && t.length <= max);
	const item = fc.oneof(
		fc.stringMatching(/^q-[0-9a-z]{10}$/).map((ref) => ({ ref })),
		fc.record({ ref: text(1, 40) }),
		fc.record({
			ref: fc.stringMatching(/^q-[0-9a-z]{10}$/),
			edit: fc.record({ prompt: text(1, 80) })
		}),
		fc.constantFrom(...imported)
	);
	const assignment = fc.record(
		{
			v: fc.constant(1 as const),
			id: fc.stringMatching(/^[A-Za-z0-9_-]{6,32}$/),
			title: text(1, 60),
			instructions: fc.string({ maxLength: 200 }),
			mode: fc.constantFrom('choice' as const, 'typed' as const),
			shuffle: fc.boolean(),
			feedback: fc.constantFrom('immediate' as const, 'after' as const),
			due: fc
				.date({ min: new Date('1970-01-01'), max: new Date('2400-12-31'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10)),
			timeLimitMin: fc.integer({ min: 1, max: 600 }),
			items: fc.array(item, { minLength: 1, maxLength: 30 }),
			teacherKey: fc.constant(teacherKey)
		},
		{ requiredKeys: ['v', 'id', 'title', 'mode', 'shuffle', 'feedback', 'items', 'teacherKey'] }
	);
	fc.assert(
		fc.property(assignment, (a) => {
			expect(roundTrip(a)).toEqual(a);
		}),
		{ numRuns: 300 }
	);
});

test('every combination of settings round-trips', () => {
	const base = shippedAssignment(teacherKey, 3);
	for (let bits = 0; bits < 64; bits++) {
		const assignment: Assignment = {
			...base,
			mode: bits & 1 ? 'typed' : 'choice',
			shuffle: (bits & 2) !== 0,
			feedback: bits & 4 ? 'after' : 'immediate'
		};
		if (!(bits & 8)) delete assignment.instructions;
		if (!(bits & 16)) delete assignment.due;
		if (!(bits & 32)) delete assignment.timeLimitMin;
		expect(roundTrip(assignment)).toEqual(assignment);
	}
});

test('a 20-question shipped assignment fits a version 16 QR code at level M (431 characters)', () => {
	const link = encodeAssignmentLink(shippedAssignment(teacherKey), BASE);
	// Measured: 431 characters and version 16 (81 modules) with this title and instructions;
	// 323 characters and version 13 with a one-word title and no instructions.
	expect(link.length).toBeLessThanOrEqual(440);
	expect(encodeQr(link).version).toBeLessThanOrEqual(16);
	const bare = { ...shippedAssignment(teacherKey), title: 'Quiz' };
	delete bare.instructions;
	expect(encodeQr(encodeAssignmentLink(bare, BASE)).version).toBeLessThanOrEqual(13);
	// Each shipped question costs 8 bytes: a tag and the id packed from base 36.
	const one = encodePayload(shippedAssignment(teacherKey, 1)).length;
	expect(encodePayload(shippedAssignment(teacherKey, 21)).length - one).toBe(160);
});

test('a 5-question imported assignment carries its paragraphs, compressed to under half', () => {
	const assignment = importedAssignment(teacherKey);
	const link = encodeAssignmentLink(assignment, BASE);
	const raw = JSON.stringify(assignment).length;
	// Measured with the current banks: about 2,000 characters (QR version 37 at level M) for about
	// 5,500 of JSON. The size follows the paragraphs' length, so only the ratio and the fit to one
	// (dense) QR code are held to.
	expect(link.length).toBeLessThan(raw / 2);
	expect(encodeQr(link).version).toBeLessThanOrEqual(40);
});

test('links are read from a whole URL, a fragment, or a pasted line', () => {
	const assignment = shippedAssignment(teacherKey, 2);
	const fragment = encodeAssignmentFragment(assignment);
	for (const input of [
		`${BASE}/a#${fragment}`,
		`http://localhost:5173/footnote/a#${fragment}`,
		`#${fragment}`,
		fragment,
		`  ${BASE}/a#${fragment}\n`
	]) {
		expect(decodeAssignmentLink(input)).toEqual({ ok: true, assignment });
	}
	expect(encodeAssignmentLink(assignment, `${BASE}/`)).toBe(`${BASE}/a#${fragment}`);
});

test('a link cut anywhere says it is incomplete', () => {
	const link = encodeAssignmentLink(shippedAssignment(teacherKey), BASE);
	const hash = link.indexOf('#');
	for (let end = 0; end < link.length; end++) {
		const result = decodeAssignmentLink(link.slice(0, end));
		// Cut inside 'https' it is no longer recognisable as a link at all.
		expectFailure(result, end > 0 && end < 'https:'.length ? 'invalid' : 'truncated');
	}
	expect(hash).toBeGreaterThan(0);
});

test('a changed character says the link is damaged', () => {
	const link = encodeAssignmentLink(shippedAssignment(teacherKey), BASE);
	const start = link.indexOf('#') + 3;
	for (let i = start + 4; i < link.length; i += 7) {
		const char = link[i] === 'A' ? 'B' : 'A';
		expectFailure(decodeAssignmentLink(link.slice(0, i) + char + link.slice(i + 1)), 'corrupt');
	}
	expectFailure(decodeAssignmentLink(link + 'AAAA'), 'corrupt');
	expectFailure(decodeAssignmentLink(link.replace(/-/g, '+')), 'corrupt');
	expectFailure(decodeAssignmentLink(`${link}==`), 'corrupt');
});

test('another version says so, with advice that depends on which way', () => {
	const link = encodeAssignmentLink(shippedAssignment(teacherKey), BASE);
	const newer = decodeAssignmentLink(link.replace('#1.', '#2.'));
	expectFailure(newer, 'version');
	expect(!newer.ok && newer.message).toMatch(/newer version/);
	const older = decodeAssignmentLink(link.replace('#1.', '#0.'));
	expectFailure(older, 'version');
	expect(!older.ok && older.message).toMatch(/old format/);
});

test('intact links whose content is not an assignment are refused as invalid', () => {
	const good = encodePayload(shippedAssignment(teacherKey, 2));
	const cases: Uint8Array[] = [
		new Uint8Array(0),
		Uint8Array.of(0x80, ...good.subarray(1)), // unknown flag
		good.subarray(0, good.length - 3), // payload ends inside an item
		Uint8Array.of(...good, 0), // a byte after the last item
		Uint8Array.of(...good.subarray(0, good.length - 16), 9, ...new Uint8Array(15)), // unknown item tag
		encodePayload(shippedAssignment(teacherKey, 0)), // no questions
		encodePayload({ ...shippedAssignment(teacherKey, 1), id: 'short' })
	];
	for (const payload of cases) {
		expectFailure(decodeAssignmentLink(framed(payload)), 'invalid');
		expectFailure(decodeAssignmentLink(framed(payload, true)), 'invalid');
	}
	// A key that is not a point on the curve: caught when the link opens, not at submission.
	const badKey = good.slice();
	badKey.fill(0xff, 1, 34);
	badKey[1] = 2;
	expectFailure(decodeAssignmentLink(framed(badKey)), 'invalid');
	// An imported question whose evidence lies outside the paragraph it carries.
	const [item] = importedItems(1);
	const broken = { ...item!, q: { ...item!.q, source: { ...item!.q.source, end: 99_999 } } };
	const payload = encodePayload({ ...importedAssignment(teacherKey), items: [broken] });
	expectFailure(decodeAssignmentLink(framed(payload, true)), 'invalid');
	expect(() =>
		encodeAssignmentLink({ ...importedAssignment(teacherKey), items: [broken] }, BASE)
	).toThrow(/evidence span/);
});

test('a zip bomb is refused without inflating it all', () => {
	const started = Date.now();
	const result = decodeAssignmentLink(framed(new Uint8Array(MAX_PAYLOAD_BYTES * 20), true));
	expectFailure(result, 'invalid');
	expect(Date.now() - started).toBeLessThan(2000);
});

test('an item count over the limit is refused before any item is read', () => {
	const head = encodePayload(shippedAssignment(teacherKey, 1));
	// The payload up to its item count, then 600 items' worth of bytes no encoder writes.
	const start = head.length - 9;
	expect(head[start]).toBe(1);
	const payload = Uint8Array.of(...head.subarray(0, start), 0xd8, 0x04, ...new Uint8Array(600 * 8));
	payload.fill(0xff, start + 2);
	const result = decodeAssignmentLink(framed(payload, true));
	expectFailure(result, 'invalid');
	if (!result.ok) expect(result.detail).toMatch(/600 items.*at most 500/);
});

test('a text longer than its limit is refused from its length, before it is read', () => {
	const good = shippedAssignment(teacherKey, 1);
	const payload = encodePayload({ ...good, instructions: 'x'.repeat(100_000) });
	const result = decodeAssignmentLink(framed(payload, true));
	expectFailure(result, 'invalid');
	if (!result.ok) expect(result.detail).toMatch(/instructions.*longer than/);
});

test('a question carried whole is refused when any of its texts is too long', () => {
	const [item] = importedItems(1);
	const long = 'x'.repeat(5000);
	const spoilt = [
		{ ...item!, q: { ...item!.q, prompt: 'x'.repeat(900_000) } },
		{ ...item!, q: { ...item!.q, answer: long } },
		{ ...item!, q: { ...item!.q, accept: [long] } },
		{ ...item!, q: { ...item!.q, accept: Array.from({ length: 50 }, (_, i) => `a${i}`) } },
		{ ...item!, q: { ...item!.q, distractors: [long, ...item!.q.distractors] } },
		{ ...item!, q: { ...item!.q, distractors: Array.from({ length: 50 }, (_, i) => `d${i}`) } },
		{ ...item!, q: { ...item!.q, id: long } },
		{ ...item!, paragraph: { ...item!.paragraph, heading: long } },
		{ ...item!, paragraph: { ...item!.paragraph, id: long } },
		{ ...item!, paragraph: { ...item!.paragraph, text: item!.paragraph.text.padEnd(60_000) } }
	];
	for (const broken of spoilt) {
		const payload = encodePayload({ ...importedAssignment(teacherKey), items: [broken] });
		expectFailure(decodeAssignmentLink(framed(payload, true)), 'invalid');
	}
});

test('the encoder refuses an invalid assignment instead of publishing it', () => {
	const good = shippedAssignment(teacherKey);
	expect(() => encodeAssignmentLink({ ...good, items: [] }, BASE)).toThrow(RangeError);
	expect(() => encodeAssignmentLink({ ...good, due: '2026-02-30' }, BASE)).toThrow(RangeError);
	expect(() => encodeAssignmentLink({ ...good, teacherKey: 'AAAA' }, BASE)).toThrow(RangeError);
	expect(() => encodeAssignmentLink({ ...good, title: '  ' }, BASE)).toThrow(RangeError);
});

// Fuzzing: whatever arrives in the address bar, the decoder answers with a known error, and it
// accepts a link only when its fragment is exactly one the encoder wrote.

function fragmentOf(input: string): string {
	const text = input.trim();
	const hash = text.indexOf('#');
	return hash >= 0 ? text.slice(hash + 1) : text;
}

function checkNeverWrong(input: string, valid: Map<string, Assignment>) {
	const result = decodeAssignmentLink(input);
	if (result.ok) {
		const original = valid.get(fragmentOf(input));
		expect(original, 'accepted a changed link').toBeDefined();
		expect(result.assignment).toEqual(original);
	} else {
		expect(ERRORS).toContain(result.error);
		expect(result.message.length).toBeGreaterThan(20);
		expect(result.detail ?? '').not.toMatch(/^internal/);
	}
}

const validAssignments = [
	shippedAssignment(teacherKey),
	shippedAssignment(teacherKey, 3),
	importedAssignment(teacherKey, 2)
];
const valid = new Map(validAssignments.map((a) => [encodeAssignmentFragment(a), a]));
const validLinks = validAssignments.map((a) => encodeAssignmentLink(a, BASE));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ABUSE = [...B64, '+', '/', '=', '%', '.', '#', ' ', '\n', '\u0000', 'é', '\u{1F600}'];

/** A valid link changed in one of the ways links get damaged. */
const mutatedLink = fc.oneof(
	// A bit flipped in the decoded bytes, re-encoded as valid base64url.
	fc
		.record({ link: fc.constantFrom(...validLinks), at: fc.nat(), bit: fc.nat(7) })
		.map(({ link, at, bit }) => {
			const hash = link.indexOf('#');
			const wire = fromBase64Url(link.slice(hash + 3)) as Uint8Array;
			wire[at % wire.length]! ^= 1 << bit;
			return `${link.slice(0, hash + 3)}${toBase64Url(wire)}`;
		}),
	// Cut short.
	fc
		.record({ link: fc.constantFrom(...validLinks), end: fc.nat() })
		.map(({ link, end }) => link.slice(0, end % link.length)),
	// A character replaced, including by ones outside base64url.
	fc
		.record({ link: fc.constantFrom(...validLinks), at: fc.nat(), char: fc.constantFrom(...ABUSE) })
		.map(({ link, at, char }) => {
			const i = at % link.length;
			return link.slice(0, i) + char + link.slice(i + 1);
		}),
	// Text inserted or a piece removed.
	fc
		.record({
			link: fc.constantFrom(...validLinks),
			at: fc.nat(),
			text: fc.string({ maxLength: 8 })
		})
		.map(({ link, at, text }) => {
			const i = at % (link.length + 1);
			return link.slice(0, i) + text + link.slice(i);
		}),
	fc
		.record({
			link: fc.constantFrom(...validLinks),
			at: fc.nat(),
			count: fc.integer({ min: 1, max: 20 })
		})
		.map(({ link, at, count }) => {
			const i = at % link.length;
			return link.slice(0, i) + link.slice(i + count);
		}),
	// Mail clients and chat apps: '+/' alphabet, padding, a repeated fragment.
	fc.constantFrom(...validLinks).map((link) => link.replace(/-/g, '+').replace(/_/g, '/')),
	fc.constantFrom(...validLinks).map((link) => `${link}${'='.repeat(1 + (link.length % 2))}`),
	fc.constantFrom(...validLinks).map((link) => link + link.slice(link.indexOf('#')))
);

test('fuzz: 3,000 random strings', () => {
	fc.assert(
		fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) =>
			checkNeverWrong(input, valid)
		),
		{ numRuns: 3000 }
	);
});

test('fuzz: 3,000 random fragments that look like links', () => {
	fc.assert(
		fc.property(
			fc.integer({ min: 0, max: 3 }),
			fc.string({ unit: fc.constantFrom(...ABUSE.slice(0, 66)), maxLength: 600 }),
			(version, body) => checkNeverWrong(`${BASE}/a#${version}.${body}`, valid)
		),
		{ numRuns: 3000 }
	);
});

test('fuzz: 6,000 mutated valid links', () => {
	fc.assert(
		fc.property(mutatedLink, (input) => checkNeverWrong(input, valid)),
		{ numRuns: 6000 }
	);
});

test('fuzz: random bytes behind a valid frame and checksum', () => {
	fc.assert(
		fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (payload, deflate) =>
			checkNeverWrong(framed(payload, deflate), valid)
		),
		{ numRuns: 2000 }
	);
});

test('huge inputs are refused quickly', () => {
	const started = Date.now();
	const link = validLinks[0] as string;
	for (const input of [
		'A'.repeat(2_000_000),
		`${BASE}/a#1.${'A'.repeat(1_000_000)}`,
		`${BASE}/a#1.${'A'.repeat(399_996)}`,
		link.repeat(1000),
		'#'.repeat(100_000),
		`${'9'.repeat(100_000)}.AAAA`
	]) {
		checkNeverWrong(input, valid);
	}
	for (const input of [null, undefined, 42, {}, ['1.AAAA']]) {
		expectFailure(decodeAssignmentLink(input), 'invalid');
	}
	expect(Date.now() - started).toBeLessThan(5000);
});

test('an assignment is the same as another only when everything a link carries matches', async () => {
	const assignment = shippedAssignment(teacherKey);
	const otherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);
	expect(sameAssignment(assignment, roundTrip(assignment))).toBe(true);
	expect(sameAssignment(assignment, { ...assignment, teacherKey: otherKey })).toBe(false);
	expect(sameAssignment(assignment, { ...assignment, items: assignment.items.slice(1) })).toBe(
		false
	);
	expect(sameAssignment(assignment, { ...assignment, title: 'Another title' })).toBe(false);
});
