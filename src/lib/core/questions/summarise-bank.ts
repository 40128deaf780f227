import { QUESTION_KINDS, type Bank, type QuestionKind } from './types.ts';
import { MONTHS } from '../months.ts';

/** What the library shows of a bank without loading its questions into view. */
export interface BankSummary {
	id: string;
	title: string;
	author?: string;
	publisher?: string;
	published?: string;
	paragraphs: number;
	questions: number;
	byKind: Record<QuestionKind, number>;
}

export function summariseBank(bank: Bank): BankSummary {
	const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<
		QuestionKind,
		number
	>;
	for (const q of bank.questions) byKind[q.kind]++;
	const { id, title, author, publisher, published } = bank.document;
	return {
		id,
		title,
		author,
		publisher,
		published,
		paragraphs: bank.document.paragraphs.length,
		questions: bank.questions.length,
		byKind
	};
}

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' as a person writes it: '2010', 'August 2010', '4 April 2020'. */
export function formatPublished(published: string): string {
	const [year, month, day] = published.split('-');
	const lower = month ? MONTHS[Number(month) - 1] : undefined;
	const monthName = lower && lower.charAt(0).toUpperCase() + lower.slice(1);
	if (!monthName) return year ?? published;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
