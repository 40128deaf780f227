import { expect, test } from 'vitest';
import { collectReceipts, splitReceiptText } from './collect.ts';
import {
	encodeReceiptLink,
	exportPublicKey,
	generateTeacherKeys,
	makeReceipt,
	openReceipt,
	sealReceipt,
	type Receipt
} from './receipt.ts';
import { shippedAssignment } from './test-fixtures.ts';

const keys = await generateTeacherKeys();
const assignment = shippedAssignment(await exportPublicKey(keys.publicKey), 3);

function receiptFor(name: string, receiptId: string): Receipt {
	return makeReceipt({
		assignment,
		receiptId,
		name,
		submittedAt: '2026-03-12T09:41:07.123Z',
		answers: [{ item: 0, given: 'Mosul', correct: true, ms: 5000 }]
	});
}

test('new receipts are added, duplicates and damaged ones reported, nothing collected is lost', async () => {
	const stored = [receiptFor('Amira', 'receipt-amira'), receiptFor('Ben', 'receipt-ben00')];
	const chloe = receiptFor('Chloé', 'receipt-chloe');
	const sealedChloe = await sealReceipt(chloe, assignment.teacherKey);
	const sealedBen = await sealReceipt(stored[1] as Receipt, assignment.teacherKey);
	const otherAssignment = await sealReceipt(
		{ ...chloe, assignmentId: 'Another1' },
		assignment.teacherKey
	);
	const pasted = [
		encodeReceiptLink(sealedChloe, 'https://footnote.example'),
		sealedBen,
		sealedChloe,
		otherAssignment,
		sealedChloe.slice(0, 60),
		'not-a-receipt'
	].join('\n');
	const results = await Promise.all(
		splitReceiptText(pasted).map((text) => openReceipt(text, keys.privateKey, assignment.id))
	);
	const outcome = collectReceipts(stored, results);
	expect(outcome.added).toEqual([chloe]);
	expect(outcome.collected).toEqual([...stored, chloe]);
	expect(outcome.duplicates).toEqual([stored[1], chloe]);
	expect(outcome.problems.map((p) => [p.index, p.error])).toEqual([
		[1, 'duplicate'],
		[2, 'duplicate'],
		[3, 'other-assignment'],
		[4, 'truncated'],
		[5, 'invalid']
	]);
	expect(outcome.problems[0]?.message).toBe("Ben's receipt from 2026-03-12 is already collected.");
	// The inputs are not changed.
	expect(stored).toHaveLength(2);
});

test('a student who submits twice keeps both receipts', () => {
	const first = receiptFor('Dara', 'receipt-dara1');
	const second = {
		...receiptFor('Dara', 'receipt-dara2'),
		submittedAt: '2026-03-12T10:00:00.000Z'
	};
	const outcome = collectReceipts([first], [{ ok: true, receipt: second }]);
	expect(outcome.collected).toEqual([first, second]);
	expect(outcome.problems).toEqual([]);
});

test('pasted text splits into one piece per receipt', () => {
	expect(splitReceiptText('  a\n\nb c\t')).toEqual(['a', 'b', 'c']);
	expect(splitReceiptText(' \n ')).toEqual([]);
});
