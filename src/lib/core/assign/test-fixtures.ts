// Shared data for this folder's tests: real shipped questions and real keys.
import endOfWar from '../../../../questions/banks/end-of-the-war-in-iraq.json';
import importedBank from '../../../../tests/fixtures/imported-bank.json';
import type { Bank } from '../questions/types.ts';
import type { Assignment, ImportedItem } from './assignment.ts';

/**
 * A shipped bank, whose ids shipped assignments refer to, and a bank frozen as a teacher's
 * imported document, so that imported questions keep their shape whatever the generator makes.
 */
export const banks = [endOfWar, importedBank] as unknown as Bank[];

/** A question a multiple-choice assignment can ask: two wrong options or more. */
const choosable = (q: Bank['questions'][number]) => q.distractors.length >= 2;

/** Multiple-choice questions of a shipped bank (all of them at most): real ids, spread evenly. */
export function shippedIds(count: number): string[] {
	const bank = banks[0] as Bank;
	const pool = bank.questions.filter(choosable);
	const taken = Math.min(count, pool.length);
	const at = (k: number) =>
		pool[Math.floor((k * pool.length) / taken)] as Bank['questions'][number];
	return Array.from({ length: taken }, (_, k) => at(k).id);
}

/**
 * Questions of a bank as a teacher's imported document would carry them: questions about the
 * same passages, two or more from each paragraph, as a reading check picks them.
 */
export function importedItems(count: number): ImportedItem[] {
	const bank = banks[1] as Bank;
	const perParagraph = new Map<string, number>();
	for (const q of bank.questions.filter(choosable)) {
		perParagraph.set(q.source.paragraph, (perParagraph.get(q.source.paragraph) ?? 0) + 1);
	}
	// Shared paragraphs first, then the bank's other multiple-choice questions.
	const shared = (q: Bank['questions'][number]) => (perParagraph.get(q.source.paragraph) ?? 0) >= 2;
	const pool = bank.questions.filter(choosable);
	const picked = [...pool.filter(shared), ...pool.filter((q) => !shared(q))];
	if (picked.length < count) throw new Error(`the bank has ${picked.length} choosable questions`);
	return picked.slice(0, count).map((q) => {
		const paragraph = bank.document.paragraphs.find((p) => p.id === q.source.paragraph);
		if (!paragraph) throw new Error(`no paragraph for ${q.id}`);
		return { q, paragraph, documentTitle: bank.document.title };
	});
}

/** A realistic 20-question shipped-bank assignment (the QR size target). */
export function shippedAssignment(teacherKey: string, count = 20): Assignment {
	return {
		v: 1,
		id: 'Xq3v9kPA',
		title: 'The end of the war in Iraq: reading check',
		instructions: 'Read the article first. Answer on your own.',
		mode: 'choice',
		shuffle: true,
		feedback: 'after',
		due: '2026-03-13',
		timeLimitMin: 20,
		items: shippedIds(count).map((ref) => ({ ref })),
		teacherKey
	};
}

/** A 5-question assignment from an imported document, with typed answers. */
export function importedAssignment(teacherKey: string, count = 5): Assignment {
	return {
		v: 1,
		id: 'b7Yc2L_w',
		title: 'Iraq falling apart',
		mode: 'typed',
		shuffle: false,
		feedback: 'immediate',
		items: importedItems(count),
		teacherKey
	};
}
