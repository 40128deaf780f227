import { describe, expect, it } from 'vitest';
import { validateBank } from '../questions/validate-bank.ts';
import { resolveItems, type Assignment } from './assignment.ts';
import { carriedBanks } from './carried-banks.ts';
import { importedItems } from './test-fixtures.ts';

describe('carriedBanks', () => {
	it('regroups carried questions into a valid bank with only their paragraphs', () => {
		const items = importedItems(5);
		const assignment = { items } as unknown as Assignment;
		const resolved = resolveItems(assignment, []);
		if (!resolved.ok) throw new Error('unresolved');
		const banks = carriedBanks(resolved.items);
		expect(banks).toHaveLength(1);
		const [bank] = banks;
		expect(validateBank(bank).ok).toBe(true);
		expect(bank?.document.title).toBe(items[0]?.documentTitle);
		expect(bank?.questions.map((q) => q.id)).toEqual(items.map((i) => i.q.id));
		const paragraphIds = new Set(items.map((i) => i.paragraph.id));
		expect(bank?.document.paragraphs.map((p) => p.id).sort()).toEqual([...paragraphIds].sort());
		// The same items always make the same document, so submitting twice saves it once.
		expect(carriedBanks(resolved.items)).toEqual(banks);
	});

	it('leaves shipped items out', () => {
		const items = importedItems(2);
		const resolved = resolveItems({ items } as unknown as Assignment, []);
		if (!resolved.ok) throw new Error('unresolved');
		const shipped = resolved.items.map((item) => ({ ...item, bankDocumentId: 'shipped' }));
		expect(carriedBanks(shipped)).toEqual([]);
	});
});
