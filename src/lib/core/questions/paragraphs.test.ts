import { expect, test } from 'vitest';
import { buildParagraphs } from './paragraphs.ts';

test('a paragraph keeps its id when another is inserted before it', () => {
	const a = { kind: 'paragraph' as const, text: 'First paragraph about the withdrawal.' };
	const b = { kind: 'paragraph' as const, text: 'Second paragraph about the bases.' };
	const inserted = { kind: 'paragraph' as const, text: 'A new opening paragraph.' };
	const before = buildParagraphs([a, b]);
	const after = buildParagraphs([inserted, a, b]);
	expect(after[1]?.id).toBe(before[0]?.id);
	expect(after[2]?.id).toBe(before[1]?.id);
});

test('ids are unique for repeated paragraphs and headings are attached', () => {
	const p = { kind: 'paragraph' as const, text: 'Repeated.' };
	const result = buildParagraphs([{ kind: 'heading', text: 'Section' }, p, p]);
	expect(new Set(result.map((x) => x.id)).size).toBe(2);
	expect(result.every((x) => x.heading === 'Section')).toBe(true);
});
