import { expect, test } from 'vitest';
import { createRandom } from '../random.ts';
import {
	createAssignmentId,
	isImportedItem,
	itemOrder,
	pickRandom,
	resolveItems,
	validateAssignment,
	type Assignment
} from './assignment.ts';
import { exportPublicKey, generateTeacherKeys } from './receipt.ts';
import { banks, importedAssignment, importedItems, shippedAssignment } from './test-fixtures.ts';

const teacherKey = await exportPublicKey((await generateTeacherKeys()).publicKey);

test('valid assignments pass; each broken setting is named', () => {
	expect(validateAssignment(shippedAssignment(teacherKey)).ok).toBe(true);
	expect(validateAssignment(importedAssignment(teacherKey)).ok).toBe(true);
	const good = shippedAssignment(teacherKey);
	const cases: [Partial<Assignment> | Record<string, unknown>, RegExp][] = [
		[{ v: 2 }, /^v:/],
		[{ id: 'a b' }, /^id:/],
		[{ title: '' }, /^title:/],
		[{ mode: 'essay' }, /^mode:/],
		[{ due: '2026-13-01' }, /^due:/],
		[{ timeLimitMin: 0 }, /^timeLimitMin:/],
		[{ timeLimitMin: 1.5 }, /^timeLimitMin:/],
		[{ items: [] }, /^items:/],
		[{ teacherKey: teacherKey.slice(0, 43) }, /^teacherKey:/],
		[{ extra: true }, /extra/]
	];
	for (const [change, issue] of cases) {
		const result = validateAssignment({ ...good, ...change });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues[0]).toMatch(issue);
	}
	const noDistractors = importedItems(1).map((item) => ({
		...item,
		q: { ...item.q, distractors: [] }
	}));
	const choice = validateAssignment({
		...importedAssignment(teacherKey),
		mode: 'choice',
		items: noDistractors
	});
	expect(!choice.ok && choice.issues[0]).toMatch(/distractors/);
	expect(validateAssignment({ ...importedAssignment(teacherKey), items: noDistractors }).ok).toBe(
		true
	);
});

test('ids come from the random bytes given', () => {
	expect(createAssignmentId(Uint8Array.of(0, 1, 2, 3, 4, 5))).toBe('AAECAwQF');
	expect(() => createAssignmentId(new Uint8Array(3))).toThrow(RangeError);
});

test('random picks are reproducible, distinct and in pool order', () => {
	const pool = Array.from({ length: 50 }, (_, i) => i);
	const picked = pickRandom(pool, 20, createRandom('seed'));
	expect(picked).toEqual(pickRandom(pool, 20, createRandom('seed')));
	expect(new Set(picked).size).toBe(20);
	expect(picked).toEqual([...picked].sort((a, b) => a - b));
	expect(pickRandom(pool, 80, createRandom('seed'))).toEqual(pool);
	expect(pickRandom(pool, -1, createRandom('seed'))).toEqual([]);
});

test('each student gets their own stable order when shuffling, the teacher’s otherwise', () => {
	const shuffled = shippedAssignment(teacherKey);
	const a = itemOrder(shuffled, 'student-a');
	expect(a).toEqual(itemOrder(shuffled, 'student-a'));
	expect(a).not.toEqual(itemOrder(shuffled, 'student-b'));
	expect([...a].sort((x, y) => x - y)).toEqual(shuffled.items.map((_, i) => i));
	expect(itemOrder({ ...shuffled, shuffle: false }, 'student-a')).toEqual(
		shuffled.items.map((_, i) => i)
	);
});

test('items resolve to questions with the teacher’s wording and their evidence', () => {
	const assignment = shippedAssignment(teacherKey, 2);
	const first = assignment.items[0];
	if (!first || isImportedItem(first)) throw new Error('expected a shipped item');
	first.edit = { prompt: 'Reworded by the teacher?' };
	assignment.items.push(...importedItems(1));
	const result = resolveItems(assignment, banks);
	if (!result.ok) throw new Error(`missing ${result.missing.join()}`);
	expect(result.items).toHaveLength(3);
	const [edited, plain, imported] = result.items;
	expect(edited?.question.prompt).toBe('Reworded by the teacher?');
	expect(edited?.question.id).toBe(first.ref);
	expect(edited?.bankDocumentId).toBe('end-of-the-war-in-iraq');
	expect(plain?.paragraph.id).toBe(plain?.question.source.paragraph);
	expect(imported?.bankDocumentId).toBeUndefined();
	expect(imported?.documentTitle).toBe('Iraq falling apart: the forces behind the insurgency');
	// The bank's own question is not changed by the edit.
	expect(banks[0]?.questions.find((q) => q.id === first.ref)?.prompt).not.toBe(
		'Reworded by the teacher?'
	);
	expect(resolveItems({ ...assignment, items: [{ ref: 'q-gone000000' }] }, banks)).toEqual({
		ok: false,
		missing: ['q-gone000000']
	});
});
