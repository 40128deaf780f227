import {
	resolveItems,
	type Assignment,
	type Receipt,
	type ReceiptAnswer
} from '$core/assign/index.ts';
import type { Bank } from '$core/questions/types.ts';
import { excerpt } from './builder.ts';

/** One assignment item as the report shows it. */
export interface ReportItem {
	/** Its index in `assignment.items`, which receipts name. */
	index: number;
	prompt: string;
	answer: string;
	/** The question id, for the reader's `?q=`; absent when this device lacks the bank. */
	questionId?: string;
	/** The shipped bank's document id, for a reader link; absent for imported or missing ones. */
	documentId?: string;
	documentTitle?: string;
	paragraphId?: string;
	paragraphText?: string;
}

/**
 * The report's view of every item, resolved one by one so that a question this device cannot
 * find (a bank that changed) still gets a row instead of sinking the whole report.
 */
export function gatherReportItems(assignment: Assignment, banks: readonly Bank[]): ReportItem[] {
	return assignment.items.map((item, index) => {
		const resolved = resolveItems({ ...assignment, items: [item] }, banks);
		const found = resolved.ok ? resolved.items[0] : undefined;
		if (!found) {
			return { index, prompt: `Question ${index + 1} (not found on this device)`, answer: '' };
		}
		const report: ReportItem = {
			index,
			prompt: found.question.prompt,
			answer: found.question.answer,
			questionId: found.question.id,
			documentTitle: found.documentTitle,
			paragraphId: found.paragraph.id,
			paragraphText: found.paragraph.text
		};
		if (found.bankDocumentId) report.documentId = found.bankDocumentId;
		return report;
	});
}

export interface StudentRow {
	receiptId: string;
	name: string;
	submittedAt: string;
	correct: number;
	total: number;
	/** Whole percent of `total`, 0 when there were no questions. */
	percent: number;
	/** Sum of the time spent on each answer. */
	totalMs: number;
	/** The answer to each item, by item index; undefined where the student gave none. */
	answers: (ReceiptAnswer | undefined)[];
}

export interface QuestionStat {
	item: ReportItem;
	answered: number;
	correct: number;
	/** Whole percent of those who answered; null when nobody did. */
	percent: number | null;
	/** The wrong answer given most often (as first written), or null when nobody was wrong. */
	commonWrong: { given: string; count: number } | null;
}

export interface ParagraphStat {
	/** Tells paragraphs apart, also those of carried documents, which have no document id. */
	key: string;
	paragraphId: string;
	documentId?: string;
	documentTitle?: string;
	/** The first question asked from this paragraph, for the reader link's `?q=`. */
	questionId?: string;
	excerpt: string;
	/** Item indices of the questions from this paragraph. */
	items: number[];
	answered: number;
	missed: number;
	/** missed / answered, 0 when nobody answered. */
	missRate: number;
}

export interface ClassReport {
	students: StudentRow[];
	questions: QuestionStat[];
	/** Paragraphs by miss rate, highest first (then by how many answers were missed). */
	paragraphs: ParagraphStat[];
	/** The class's mean percent, or null with no receipts. */
	averagePercent: number | null;
}

/** What a blank answer shows as among the wrong answers. */
export const BLANK_ANSWER = '(left blank)';

function percentOf(part: number, whole: number): number {
	return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** The answers of one receipt by item index: the first answer to each valid item wins. */
function answersByItem(receipt: Receipt, itemCount: number): (ReceiptAnswer | undefined)[] {
	const answers: (ReceiptAnswer | undefined)[] = Array.from({ length: itemCount }, () => undefined);
	for (const answer of receipt.answers) {
		if (!Number.isInteger(answer.item) || answer.item < 0 || answer.item >= itemCount) continue;
		answers[answer.item] ??= answer;
	}
	return answers;
}

/**
 * The key of an item's paragraph in the report. A shipped document has an id; a document whose
 * questions were carried whole has only its title, and its paragraph ids are only unique within
 * it, so the paragraph's text is part of the key too.
 */
function paragraphKey(item: ReportItem): string {
	return item.documentId
		? `document\u0000${item.documentId}\u0000${item.paragraphId}`
		: `carried\u0000${item.documentTitle ?? ''}\u0000${item.paragraphId}\u0000${item.paragraphText ?? ''}`;
}

/**
 * Aggregates collected receipts into per-student, per-question and per-paragraph views. Pure,
 * and tolerant of odd receipts: answers to items that do not exist are ignored, a repeated
 * answer to one item counts once, and wrong answers are grouped ignoring case and spacing.
 * @example const report = buildClassReport(gatherReportItems(assignment, banks), receipts);
 */
export function buildClassReport(
	items: readonly ReportItem[],
	receipts: readonly Receipt[]
): ClassReport {
	const students: StudentRow[] = receipts.map((receipt) => {
		const answers = answersByItem(receipt, items.length);
		const given = answers.filter((a): a is ReceiptAnswer => a !== undefined);
		const correct = given.filter((a) => a.correct).length;
		const total = items.length;
		return {
			receiptId: receipt.receiptId,
			name: receipt.name,
			submittedAt: receipt.submittedAt,
			correct,
			total,
			percent: percentOf(correct, total),
			totalMs: given.reduce((sum, a) => sum + (Number.isFinite(a.ms) && a.ms > 0 ? a.ms : 0), 0),
			answers
		};
	});

	const questions: QuestionStat[] = items.map((item) => {
		let answered = 0;
		let correct = 0;
		const wrong = new Map<string, { given: string; count: number }>();
		for (const student of students) {
			const answer = student.answers[item.index];
			if (!answer) continue;
			answered += 1;
			if (answer.correct) {
				correct += 1;
				continue;
			}
			const shown = answer.given.trim() || BLANK_ANSWER;
			const key = shown.toLocaleLowerCase().replace(/\s+/g, ' ');
			const entry = wrong.get(key);
			if (entry) entry.count += 1;
			else wrong.set(key, { given: shown, count: 1 });
		}
		let commonWrong: QuestionStat['commonWrong'] = null;
		// Map order is first-seen order, so a tie goes to the answer seen first.
		for (const entry of wrong.values()) {
			if (!commonWrong || entry.count > commonWrong.count) commonWrong = entry;
		}
		return {
			item,
			answered,
			correct,
			percent: answered > 0 ? percentOf(correct, answered) : null,
			commonWrong: commonWrong ? { ...commonWrong } : null
		};
	});

	const byParagraph = new Map<string, ParagraphStat>();
	for (const stat of questions) {
		const { item } = stat;
		if (!item.paragraphId) continue;
		const key = paragraphKey(item);
		let paragraph = byParagraph.get(key);
		if (!paragraph) {
			paragraph = {
				key,
				paragraphId: item.paragraphId,
				excerpt: excerpt(item.paragraphText ?? '', 140),
				items: [],
				answered: 0,
				missed: 0,
				missRate: 0
			};
			if (item.documentId) paragraph.documentId = item.documentId;
			if (item.documentTitle) paragraph.documentTitle = item.documentTitle;
			if (item.questionId) paragraph.questionId = item.questionId;
			byParagraph.set(key, paragraph);
		}
		paragraph.items.push(item.index);
		paragraph.answered += stat.answered;
		paragraph.missed += stat.answered - stat.correct;
	}
	const paragraphs = [...byParagraph.values()]
		.map((p) => ({ ...p, missRate: p.answered > 0 ? p.missed / p.answered : 0 }))
		.sort((a, b) => b.missRate - a.missRate || b.missed - a.missed);

	const averagePercent =
		students.length > 0
			? Math.round(students.reduce((sum, s) => sum + s.percent, 0) / students.length)
			: null;

	return { students, questions, paragraphs, averagePercent };
}

/** A duration as the report shows it: '45 s', '3 min 05 s', '1 h 02 min'. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
