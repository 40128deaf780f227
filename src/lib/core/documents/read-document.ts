import { SourceError } from '../errors.ts';
import { htmlToText, looksLikeHtml } from '../html.ts';
import { markdownToText } from './markdown.ts';

// The core runs without DOM or Node types; both have this decoder.
declare const TextDecoder: new (
	label: string,
	options: { fatal: boolean }
) => { decode(bytes: Uint8Array): string };

/** Larger than any article or chapter; a bigger file is almost certainly not one document. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The kinds of file a document can come from, by name. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

function megabytes(bytes: number): string {
	return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Refuses a document larger than any article or chapter, saying how large it is. */
export function checkDocumentSize(byteLength: number, name: string): void {
	if (byteLength > MAX_DOCUMENT_BYTES) {
		throw new SourceError(
			`${name} is ${megabytes(byteLength)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}`
		);
	}
}

/** Refuses what cannot be one readable document: too big, binary, not UTF-8, or empty. */
export function decodeDocument(bytes: Uint8Array, name: string): string {
	checkDocumentSize(bytes.length, name);
	if (bytes.includes(0)) throw new SourceError(`${name} is a binary file, not text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new SourceError(`${name} is not UTF-8 text`);
	}
	return checkDocumentText(text, name);
}

/** Text that arrived as text (pasted) still has to look like prose rather than binary. */
export function checkDocumentText(text: string, name: string): string {
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0 || (code >= 1 && code <= 8) || (code >= 14 && code <= 31) || code === 0xfffd) {
			controls++;
		}
	}
	if (controls > text.length / 100) throw new SourceError(`${name} is a binary file, not text`);
	if (!text.trim()) throw new SourceError(`${name} is empty`);
	return text;
}

/**
 * The plain text of a document, whatever it was written in: HTML loses its markup (scripts and
 * page chrome included) and Markdown its syntax, so links and images never reach the reader.
 */
export function documentToText(text: string, name: string): string {
	if (looksLikeHtml(text) || /\.html?$/i.test(name)) return htmlToText(text);
	if (/\.(md|markdown)$/i.test(name)) return markdownToText(text);
	return text;
}
