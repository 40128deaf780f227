import { expect, test } from 'vitest';
import { encodeAssignmentLink, decodeAssignmentLink } from './link-codec.ts';
import { encodeQr, qrToSvgPath, type QrMatrix } from './qr.ts';
import { decodeQrFromPixels } from './qr-scan.ts';
import {
	encodeReceiptLink,
	exportPublicKey,
	generateTeacherKeys,
	makeReceipt,
	sealReceipt
} from './receipt.ts';
import { banks, importedAssignment, shippedAssignment } from './test-fixtures.ts';

const teacherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);

/** Draws a matrix as a screen would: black on white, a 4-module quiet zone, `scale` px a module. */
function render(matrix: QrMatrix, scale = 4, quiet = 4) {
	const width = (matrix.size + quiet * 2) * scale;
	const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
	matrix.modules.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const offset = (((y + quiet) * scale + dy) * width + (x + quiet) * scale + dx) * 4;
					rgba.fill(0, offset, offset + 3);
				}
			}
		})
	);
	return { rgba, width };
}

test('a 20-question assignment link survives QR encoding and scanning', () => {
	const link = encodeAssignmentLink(shippedAssignment(teacherKey), 'https://footnote.example');
	const matrix = encodeQr(link);
	expect(matrix.size).toBe(matrix.version * 4 + 17);
	expect(matrix.modules).toHaveLength(matrix.size);
	const { rgba, width } = render(matrix);
	const scanned = decodeQrFromPixels(rgba, width, width);
	expect(scanned).toBe(link);
	expect(decodeAssignmentLink(scanned).ok).toBe(true);
});

test('a 5-question imported assignment and a receipt survive QR encoding and scanning', async () => {
	const link = encodeAssignmentLink(importedAssignment(teacherKey), 'https://footnote.example');
	const big = render(encodeQr(link), 3);
	expect(decodeQrFromPixels(big.rgba, big.width, big.width)).toBe(link);
	const assignment = shippedAssignment(teacherKey);
	// Twenty answers as a student would type them: a frozen bank's own, so that the measured
	// size does not move with what the generator makes.
	const typed = (banks[1] as (typeof banks)[number]).questions.map((q) => q.answer);
	const answers = Array.from({ length: 20 }, (_, i) => typed[i % typed.length] as string);
	const receipt = makeReceipt({
		assignment,
		receiptId: 'AbCdEfGhIjKl',
		name: 'Amira Haddad',
		submittedAt: '2026-03-12T09:41:07.123Z',
		answers: answers.map((given, item) => ({
			item,
			given,
			correct: item % 4 > 0,
			ms: 4000 + ((item * 7919) % 23000)
		}))
	});
	const receiptLink = encodeReceiptLink(
		await sealReceipt(receipt, teacherKey),
		'https://footnote.example'
	);
	const matrix = encodeQr(receiptLink);
	// Measured: 582 characters, QR version 19; a QR of version 20 at most is what a phone reads
	// off another phone's screen.
	expect(receiptLink.length).toBeLessThanOrEqual(660);
	expect(matrix.version).toBeLessThanOrEqual(20);
	const { rgba, width } = render(matrix);
	expect(decodeQrFromPixels(rgba, width, width)).toBe(receiptLink);
});

test('an image without a code, or a wrong size, gives null', () => {
	expect(decodeQrFromPixels(new Uint8ClampedArray(64 * 64 * 4).fill(255), 64, 64)).toBeNull();
	expect(decodeQrFromPixels(new Uint8ClampedArray(10), 64, 64)).toBeNull();
	expect(decodeQrFromPixels(new Uint8ClampedArray(0), 0, 0)).toBeNull();
});

test('the SVG path draws exactly the dark modules', () => {
	const matrix: QrMatrix = {
		size: 3,
		version: 1,
		modules: [
			[true, true, false],
			[false, false, false],
			[true, false, true]
		]
	};
	expect(qrToSvgPath(matrix)).toBe('M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z');
	const real = encodeQr('https://footnote.example/a#1.AAAA');
	const path = qrToSvgPath(real);
	const dark = real.modules.flat().filter(Boolean).length;
	const covered = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
	expect(covered).toBe(dark);
});

test('text too long for any QR code is refused', () => {
	expect(() => encodeQr('x'.repeat(5000))).toThrow();
});
