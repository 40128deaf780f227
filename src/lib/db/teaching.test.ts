import { expect, test } from 'vitest';
import { makeReceipt, sealReceipt, type Assignment } from '$core/assign/index.ts';
import { shippedAssignment } from '$core/assign/test-fixtures.ts';
import { useFreshDatabase } from './test-database.ts';
import { addReceipts, getTeacherKeys, listReceipts } from './teaching.ts';

useFreshDatabase('teaching', () => {});

/** A receipt sealed to this device's teacher key, with the receipt id given. */
async function sealed(assignment: Assignment, receiptId: string, name: string) {
	const receipt = makeReceipt({
		assignment,
		receiptId,
		name,
		submittedAt: '2025-03-04T10:00:00.000Z',
		answers: [{ item: 0, given: 'x', correct: true, ms: 900 }]
	});
	return sealReceipt(receipt, assignment.teacherKey);
}

test('a receipt for one assignment never replaces a receipt of another with the same id', async () => {
	const { publicKey } = await getTeacherKeys();
	const first = { ...shippedAssignment(publicKey, 3), id: 'firstHW1' };
	const second = { ...shippedAssignment(publicKey, 3), id: 'secondHW2' };
	expect(
		(await addReceipts(first.id, [await sealed(first, 'SameIdAAAAA', 'Rosa')])).added
	).toHaveLength(1);
	expect(
		(await addReceipts(second.id, [await sealed(second, 'SameIdAAAAA', 'Kofi')])).added
	).toHaveLength(1);
	expect((await listReceipts(first.id)).map((r) => r.receipt.name)).toEqual(['Rosa']);
	expect((await listReceipts(second.id)).map((r) => r.receipt.name)).toEqual(['Kofi']);
	// Within one assignment, the same receipt is still collected once.
	const again = await addReceipts(first.id, [await sealed(first, 'SameIdAAAAA', 'Rosa')]);
	expect(again.added).toEqual([]);
	expect(again.problems.map((p) => p.error)).toEqual(['duplicate']);
});
