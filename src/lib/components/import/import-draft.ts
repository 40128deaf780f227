import { SourceError } from '$core/errors.ts';
import {
	DOCUMENT_EXTENSIONS,
	checkDocumentSize,
	checkDocumentText,
	decodeDocument
} from '$core/documents/read-document.ts';
import { suggestPublished } from '$core/documents/suggest-published.ts';

/** What the person is importing, as the form holds it. */
export interface ImportDraft {
	/** The raw text: pasted, or read from the file. */
	text: string;
	/** The file's name; '' for pasted text. */
	fileName: string;
	title: string;
	author: string;
	/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or ''. */
	published: string;
}

export const PUBLISHED_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

/** A title from a file name: 'the-end_of-war.md' -> 'the end of war'. */
export function titleFromFileName(name: string): string {
	return name
		.replace(/\.[^.]+$/, '')
		.replace(/[-_]+/g, ' ')
		.trim();
}

/** A title from pasted text: its first line, when that line is short enough to be one. */
export function titleFromText(text: string): string {
	const first = text
		.split('\n')
		.map((l) => l.replace(/^#+\s*/, '').trim())
		.find(Boolean);
	return first && first.length <= 120 && !/<[a-z]/i.test(first) ? first : '';
}

/** The date the text states about itself, looked for in its first part only. */
export function suggestDate(text: string): string {
	return suggestPublished(text.slice(0, 200_000)) ?? '';
}

/** Reads a chosen file, or says in a sentence why it cannot be a document. */
export async function readDocumentFile(file: File): Promise<string> {
	const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
	if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
		throw new SourceError(
			`${file.name} is not a text document: Footnote reads .txt, .md and .html files`
		);
	}
	// Refused before reading: a huge file is not loaded into memory at all.
	checkDocumentSize(file.size, file.name);
	return decodeDocument(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** Checks pasted text the way a file is checked. */
export function checkPastedText(text: string): string {
	checkDocumentSize(new TextEncoder().encode(text).length, 'The pasted text');
	return checkDocumentText(text, 'The pasted text');
}

/** A SourceError's message as a sentence; anything else as a generic one. */
export function describeReadError(error: unknown): string {
	if (error instanceof SourceError) return `${error.message}.`;
	return 'The file could not be read. Try opening it again, or paste its text instead.';
}
