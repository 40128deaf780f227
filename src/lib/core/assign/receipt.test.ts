import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import {
	createReceiptId,
	encodeReceiptLink,
	exportPublicKey,
	extractSealed,
	generateTeacherKeys,
	makeReceipt,
	openReceipt,
	readReceiptAssignmentId,
	sealReceipt,
	type OpenResult,
	type Receipt
} from './receipt.ts';
import { shippedAssignment } from './test-fixtures.ts';

const BASE = 'https://footnote.example';
const ERRORS = ['other-assignment', 'truncated', 'tampered', 'version', 'invalid'];
const keys = await generateTeacherKeys();
const teacherKey = await exportPublicKey(keys.publicKey);
const assignment = shippedAssignment(teacherKey);

function receiptFor(name: string, answers = 20): Receipt {
	return makeReceipt({
		assignment,
		receiptId: createReceiptId(crypto.getRandomValues(new Uint8Array(9))),
		name,
		submittedAt: '2026-03-12T09:41:07.123Z',
		answers: Array.from({ length: answers }, (_, item) => ({
			item,
			given: item % 3 ? 'Mosul' : 'the Kurdistan Regional Government',
			correct: item % 3 !== 0,
			ms: 4000 + item * 731
		}))
	});
}

const receipt = receiptFor('Amira Haddad');
const sealed = await sealReceipt(receipt, teacherKey);

function expectFailure(result: OpenResult, error: string) {
	expect(result.ok).toBe(false);
	if (result.ok) return;
	expect(result.error).toBe(error);
	expect(result.message).toMatch(/^[A-Z].*\.$/);
	expect(result.detail ?? '').not.toMatch(/^internal/);
}

test('the teacher opens what a student sealed', async () => {
	expect(receipt.score).toEqual({ correct: 13, total: 20 });
	expect(sealed).toMatch(/^r1\.Xq3v9kPA\.[A-Za-z0-9_-]+$/);
	expect(await openReceipt(sealed, keys.privateKey, assignment.id)).toEqual({ ok: true, receipt });
	const link = encodeReceiptLink(sealed, BASE);
	expect(link).toBe(`${BASE}/r#${sealed}`);
	for (const input of [link, `  ${link}\n`, `#${sealed}`, `${sealed}\r\n`]) {
		expect(await openReceipt(input, keys.privateKey, assignment.id)).toEqual({ ok: true, receipt });
	}
	expect(readReceiptAssignmentId(link)).toBe(assignment.id);
	expect(extractSealed(link)).toBe(sealed);
	// Sealing twice gives different texts (fresh key and IV) that open to the same receipt.
	const again = await sealReceipt(receipt, teacherKey);
	expect(again).not.toBe(sealed);
	expect(await openReceipt(again, keys.privateKey, assignment.id)).toEqual({ ok: true, receipt });
});

test('receipts of every size round-trip, including unanswered questions and long answers', async () => {
	for (const r of [
		receiptFor('Lee', 0),
		receiptFor('Zoë Łukasiewicz-Ngũgĩ 李', 1),
		{
			...receiptFor('Sam', 2),
			answers: [{ item: 19, given: 'x'.repeat(3000), correct: false, ms: 0 }],
			score: { correct: 0, total: 20 }
		}
	]) {
		const opened = await openReceipt(
			await sealReceipt(r, teacherKey),
			keys.privateKey,
			assignment.id
		);
		expect(opened).toEqual({ ok: true, receipt: r });
	}
});

test('the private key is extractable, for backups', () => {
	expect(keys.privateKey.extractable).toBe(true);
	expect(teacherKey).toHaveLength(44);
});

test('a receipt for another assignment says so before decrypting', async () => {
	const other = await sealReceipt({ ...receipt, assignmentId: 'OtherAsg1' }, teacherKey);
	const result = await openReceipt(other, keys.privateKey, assignment.id);
	expectFailure(result, 'other-assignment');
	expect(!result.ok && result.message).toContain('OtherAsg1');
	expect(readReceiptAssignmentId(other)).toBe('OtherAsg1');
});

test('swapping the readable assignment id onto another receipt is caught', async () => {
	const other = await sealReceipt({ ...receipt, assignmentId: 'OtherAsg1' }, teacherKey);
	const swapped = other.replace('OtherAsg1', assignment.id);
	expectFailure(await openReceipt(swapped, keys.privateKey, assignment.id), 'tampered');
});

test('a receipt sealed to another teacher cannot be opened', async () => {
	const stranger = await exportPublicKey((await generateTeacherKeys()).publicKey);
	const result = await openReceipt(
		await sealReceipt(receipt, stranger),
		keys.privateKey,
		assignment.id
	);
	expectFailure(result, 'tampered');
	expect(!result.ok && result.message).toMatch(/another teacher/);
});

test('a flipped bit anywhere in the body is never accepted', async () => {
	const [head, body] = [
		sealed.slice(0, sealed.lastIndexOf('.') + 1),
		sealed.slice(sealed.lastIndexOf('.') + 1)
	];
	const bytes = fromBase64Url(body) as Uint8Array;
	for (let i = 0; i < bytes.length; i++) {
		const changed = bytes.slice();
		changed[i]! ^= 1 << (i % 8);
		const result = await openReceipt(head + toBase64Url(changed), keys.privateKey, assignment.id);
		expect(result.ok).toBe(false);
		expect(['tampered', 'truncated']).toContain(!result.ok && result.error);
	}
});

test('a receipt cut anywhere says it is incomplete', async () => {
	for (let end = 0; end < sealed.length; end++) {
		const result = await openReceipt(sealed.slice(0, end), keys.privateKey, assignment.id);
		expectFailure(result, 'truncated');
	}
});

test('another version says so', async () => {
	expectFailure(
		await openReceipt(sealed.replace(/^r1/, 'r2'), keys.privateKey, assignment.id),
		'version'
	);
	expectFailure(
		await openReceipt(sealed.replace(/^r1/, 'r0'), keys.privateKey, assignment.id),
		'version'
	);
});

test('things that are not receipts are named as such', async () => {
	for (const input of ['hello', `${BASE}/a#1.AAAA`, '{"name":"x"}', 'R1.abc.def']) {
		expectFailure(await openReceipt(input, keys.privateKey, assignment.id), 'invalid');
	}
	const link = await openReceipt(`${BASE}/a#1.AAAA`, keys.privateKey, assignment.id);
	expect(!link.ok && link.message).toMatch(/assignment link/);
	for (const input of [null, 7, {}, undefined]) {
		expectFailure(await openReceipt(input, keys.privateKey, assignment.id), 'invalid');
	}
});

test('sealing refuses a receipt that is not valid, or a key that is not a key', async () => {
	await expect(sealReceipt({ ...receipt, name: '' }, teacherKey)).rejects.toThrow(RangeError);
	await expect(
		sealReceipt({ ...receipt, score: { correct: 20, total: 20 } }, teacherKey)
	).rejects.toThrow(RangeError);
	await expect(sealReceipt(receipt, 'AAAA')).rejects.toThrow(RangeError);
});

// Fuzzing: thousands of damaged receipts, none of them accepted unless it is the sealed text.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ABUSE = [...B64, '+', '/', '=', '%', '.', '#', ' ', '\n', '\u0000', 'é', '\u{1F600}'];
const link = encodeReceiptLink(sealed, BASE);
const originals = [sealed, link];
const bodyStart = sealed.lastIndexOf('.') + 1;

const mutated = fc.oneof(
	fc.record({ at: fc.nat(), bit: fc.nat(7) }).map(({ at, bit }) => {
		const bytes = fromBase64Url(sealed.slice(bodyStart)) as Uint8Array;
		bytes[at % bytes.length]! ^= 1 << bit;
		return sealed.slice(0, bodyStart) + toBase64Url(bytes);
	}),
	fc
		.record({ text: fc.constantFrom(...originals), end: fc.nat() })
		.map(({ text, end }) => text.slice(0, end % text.length)),
	fc
		.record({ text: fc.constantFrom(...originals), at: fc.nat(), char: fc.constantFrom(...ABUSE) })
		.map(({ text, at, char }) => {
			const i = at % text.length;
			return text.slice(0, i) + char + text.slice(i + 1);
		}),
	fc
		.record({
			text: fc.constantFrom(...originals),
			at: fc.nat(),
			insert: fc.string({ maxLength: 8 })
		})
		.map(({ text, at, insert }) => {
			const i = at % (text.length + 1);
			return text.slice(0, i) + insert + text.slice(i);
		}),
	fc
		.record({
			text: fc.constantFrom(...originals),
			at: fc.nat(),
			count: fc.integer({ min: 1, max: 20 })
		})
		.map(({ text, at, count }) => {
			const i = at % text.length;
			return text.slice(0, i) + text.slice(i + count);
		}),
	fc.constantFrom(...originals).map((text) => text.replace(/-/g, '+').replace(/_/g, '/')),
	fc.constantFrom(...originals).map((text) => `${text}==`),
	fc.constantFrom(...originals).map((text) => text + text.slice(bodyStart))
);

async function checkNeverWrong(input: string) {
	const result = await openReceipt(input, keys.privateKey, assignment.id);
	if (result.ok) {
		expect(extractSealed(input), 'accepted a changed receipt').toBe(sealed);
		expect(result.receipt).toEqual(receipt);
	} else {
		expect(ERRORS).toContain(result.error);
		expect(result.detail ?? '').not.toMatch(/^internal/);
	}
}

test('fuzz: 3,000 mutated receipts', async () => {
	await fc.assert(fc.asyncProperty(mutated, checkNeverWrong), { numRuns: 3000 });
});

test('fuzz: 2,000 random strings, half shaped like receipts', async () => {
	await fc.assert(
		fc.asyncProperty(
			fc.oneof(
				fc.string({ unit: 'binary', maxLength: 300 }),
				fc
					.string({ unit: fc.constantFrom(...ABUSE.slice(0, 66)), maxLength: 600 })
					.map((body) => `r1.${assignment.id}.${body}`)
			),
			checkNeverWrong
		),
		{ numRuns: 2000 }
	);
});

test('fuzz: random bodies with a valid length reach decryption and fail there', async () => {
	await fc.assert(
		fc.asyncProperty(fc.uint8Array({ minLength: 61, maxLength: 127 }), async (bytes) => {
			const body = Uint8Array.of(bytes.length, ...bytes);
			const result = await openReceipt(
				`r1.${assignment.id}.${toBase64Url(body)}`,
				keys.privateKey,
				assignment.id
			);
			expectFailure(result, 'tampered');
		}),
		{ numRuns: 300 }
	);
});

test('huge inputs are refused quickly', async () => {
	const started = Date.now();
	for (const input of [
		'r'.repeat(2_000_000),
		`r1.${assignment.id}.${'A'.repeat(399_990)}`,
		sealed.repeat(500),
		`r${'9'.repeat(50_000)}.x.y`
	]) {
		await checkNeverWrong(input);
	}
	expect(Date.now() - started).toBeLessThan(5000);
});
