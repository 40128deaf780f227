import { importedDocumentId } from '../documents/document-id.ts';
import type { Bank, Paragraph, Question } from '../questions/types.ts';
import type { ResolvedItem } from './assignment.ts';

/**
 * The questions an assignment carried whole (from a document the teacher imported), regrouped
 * into one bank per document, holding only the paragraphs the questions came from. Saved on the
 * student's device, they let those questions join the student's own deck with "Open in source"
 * working, like shipped ones. Items of shipped banks are left out: the app has those already.
 */
export function carriedBanks(items: readonly ResolvedItem[]): Bank[] {
	const byTitle = new Map<string, { paragraphs: Map<string, Paragraph>; questions: Question[] }>();
	for (const item of items) {
		if (item.bankDocumentId) continue;
		let group = byTitle.get(item.documentTitle);
		if (!group) {
			group = { paragraphs: new Map(), questions: [] };
			byTitle.set(item.documentTitle, group);
		}
		group.paragraphs.set(item.paragraph.id, item.paragraph);
		if (!group.questions.some((q) => q.id === item.question.id)) {
			group.questions.push(item.question);
		}
	}
	return [...byTitle].map(([title, { paragraphs, questions }]) => {
		const kept = [...paragraphs.values()];
		return {
			schema: 1,
			document: {
				id: importedDocumentId(title, kept.map((p) => p.text).join('\n\n')),
				title,
				source: 'assignment',
				paragraphs: kept
			},
			generator: { version: 'assignment' },
			questions
		};
	});
}
