import { toCsv, type CsvRow } from './csv.ts';
import { splitEvidence } from './study/evidence.ts';
import type { Bank, Question } from './questions/types.ts';

/**
 * The deck as Anki (2.1.55 and later) reads it without any choices in its import dialog. Each
 * `#key:value` line is a file header from Anki's manual ("Importing > Text Files > File
 * Headers"): comma separated, fields are HTML, notes are Basic (Front, Back), and the columns
 * that are not fields hold the note's GUID, deck and tags. With no column names Anki maps the
 * remaining columns to the note type's fields in order, which also works where the Basic
 * fields carry translated names.
 */
export const ANKI_COLUMNS = { guid: 1, front: 2, back: 3, deck: 4, tags: 5 } as const;

export const ANKI_HEADER_LINES = [
	'#separator:Comma',
	'#html:true',
	'#notetype:Basic',
	`#guid column:${ANKI_COLUMNS.guid}`,
	`#deck column:${ANKI_COLUMNS.deck}`,
	`#tags column:${ANKI_COLUMNS.tags}`
] as const;

/** Text as HTML that shows exactly that text; line breaks become <br>. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\r?\n/g, '<br>');
}

/**
 * The note's GUID: the question id says which question a note is, so importing a newer deck
 * updates the notes already imported instead of adding copies. It never starts with '#', which
 * Anki would read as a comment line.
 */
export function ankiGuid(questionId: string): string {
	return `footnote:${questionId}`;
}

/** `Footnote::<title>`: one sub-deck per document. A '::' in a title would nest decks further. */
export function ankiDeckName(title: string): string {
	const clean = title.replace(/\s+/g, ' ').replace(/::/g, ':').trim();
	return `Footnote::${clean || 'Untitled'}`;
}

/** Anki tags are separated by spaces, so spaces inside one become underscores. */
export function ankiTag(text: string): string {
	return text.trim().replace(/\s+/g, '_');
}

const ABBREVIATION =
	/(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|Mt|No|vs|etc|i\.e|e\.g)|\b\p{Lu})\.$/u;

/**
 * Where sentences start in `text`: after a '.', '!' or '?' (and any closing quotes or brackets)
 * and a space, unless the full stop ends a common abbreviation or an initial ("Gen. Petraeus",
 * "J. Bremer").
 */
function sentenceStarts(text: string): number[] {
	const starts = [0];
	const boundary = /[.!?]['"’”)\]]*\s+/g;
	for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
		const end = match.index + match[0].length;
		const before = text.slice(Math.max(0, match.index - 5), match.index + 1);
		if (text[match.index] === '.' && ABBREVIATION.test(before)) continue;
		if (end < text.length) starts.push(end);
	}
	return starts;
}

/**
 * The sentence (or sentences) of a paragraph that hold the evidence span, with the span's
 * offsets moved into it; the whole paragraph if the text has no sentence breaks around it.
 */
export function evidenceSentence(
	text: string,
	start: number,
	end: number
): { text: string; start: number; end: number } {
	const starts = sentenceStarts(text);
	let from = 0;
	for (const s of starts) if (s <= start) from = s;
	let to = text.length;
	for (const s of starts) {
		if (s >= Math.max(end, start + 1)) {
			to = s;
			break;
		}
	}
	const sentence = text.slice(from, to).trimEnd();
	return { text: sentence, start: start - from, end: Math.min(end, from + sentence.length) - from };
}

/** The back of a card: the answer, the source sentence with the evidence in bold, and the title. */
export function ankiBack(question: Question, bank: Pick<Bank, 'document'>): string {
	const parts = [escapeHtml(question.answer)];
	const paragraph = bank.document.paragraphs.find((p) => p.id === question.source.paragraph);
	if (paragraph) {
		const sentence = evidenceSentence(paragraph.text, question.source.start, question.source.end);
		const { before, evidence, after } = splitEvidence(sentence.text, sentence.start, sentence.end);
		parts.push(`${escapeHtml(before)}<b>${escapeHtml(evidence)}</b>${escapeHtml(after)}`);
	}
	parts.push(`<i>${escapeHtml(bank.document.title)}</i>`);
	return parts.join('<br><br>');
}

/** One question as a note: GUID, Front, Back, deck, tags (in the order of ANKI_COLUMNS). */
export function ankiRow(question: Question, bank: Pick<Bank, 'document'>): CsvRow {
	return [
		ankiGuid(question.id),
		escapeHtml(question.prompt),
		ankiBack(question, bank),
		ankiDeckName(bank.document.title),
		[ankiTag(question.kind), ankiTag(bank.document.id)].join(' ')
	];
}

/**
 * Every question of these banks as one Anki import file. No byte order mark: Anki reads the
 * header lines only when the file starts with '#'. Formulas are not defused, since Anki would
 * keep the apostrophe as part of the card.
 * @example saveFile(new Blob([ankiDeck(library.banks)], { type: CSV_TYPE }), 'deck.csv')
 */
export function ankiDeck(banks: readonly Pick<Bank, 'document' | 'questions'>[]): string {
	const rows = banks.flatMap((bank) => bank.questions.map((q) => ankiRow(q, bank)));
	return ANKI_HEADER_LINES.join('\r\n') + '\r\n' + toCsv(rows, { defuseFormulas: false });
}
