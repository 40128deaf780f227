/** The kinds of question a bank holds, in the order the app lists them. */
export const QUESTION_KINDS = ['date', 'actor', 'cause', 'number', 'place', 'term'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How each kind is named in the app, one and many: 'date', 'dates'. */
export const KIND_NAMES: Record<QuestionKind, { one: string; many: string }> = {
	date: { one: 'date', many: 'dates' },
	actor: { one: 'actor', many: 'actors' },
	cause: { one: 'cause', many: 'causes' },
	number: { one: 'number', many: 'numbers' },
	place: { one: 'place', many: 'places' },
	term: { one: 'term', many: 'terms' }
};

/** A kind's plural as a heading or option label: 'Dates'. */
export function kindLabel(kind: QuestionKind): string {
	const many = KIND_NAMES[kind].many;
	return many.charAt(0).toUpperCase() + many.slice(1);
}

/** One cleaned paragraph of a document; `heading` is the section it sits under. */
export interface Paragraph {
	id: string;
	text: string;
	heading?: string;
}

/** The evidence for an answer: a character span in one paragraph's text. */
export interface EvidenceSpan {
	paragraph: string;
	start: number;
	end: number;
}

export interface Question {
	/** Stable across regenerations while paragraph and answer are unchanged. */
	id: string;
	kind: QuestionKind;
	/** A complete question, or a cloze sentence with one blank. */
	prompt: string;
	/** The canonical answer, as the source words it. */
	answer: string;
	/** Other answers a typed reply may match (e.g. 'Bremer' for 'Paul Bremer'). */
	accept?: string[];
	/** Wrong options for multiple choice: same kind, never equivalent to the answer. */
	distractors: string[];
	source: EvidenceSpan;
}

export interface BankDocument {
	/** URL-safe slug, unique across banks. */
	id: string;
	title: string;
	author?: string;
	publisher?: string;
	/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
	published?: string;
	/** The source file, relative to questions/. */
	source: string;
	paragraphs: Paragraph[];
}

/** A question bank: the contract (version 1) between the generator and everything that reads banks. */
export interface Bank {
	schema: 1;
	document: BankDocument;
	generator: { version: string };
	questions: Question[];
}
