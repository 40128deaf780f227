import { compareKey, countWords, squeeze } from '../text.ts';

/** One cleaned block of a document: a heading gives context, only paragraphs yield questions. */
export interface Block {
	kind: 'heading' | 'paragraph';
	text: string;
}

export interface CleanedDocument {
	blocks: Block[];
	/** The author named in a "By X" or "..., writes X" line, which is removed from the text. */
	byline?: string;
}

export interface CleanOptions {
	title?: string;
	author?: string;
}

/**
 * Whole lines that are page furniture rather than article text: sharing, subscribing, donating,
 * signing up, related links and print controls. Matched only on short lines, so an article that
 * talks about donations keeps its sentences.
 */
const BOILERPLATE: RegExp[] = [
	/^(share|tweet|email|print|save)( (this|on)( \w+)*)?$/i,
	/\bsubscribe\b/i,
	/^read more\b/i,
	/\bread more$/i,
	/printer-friendly/i,
	/\bpdf version\b/i,
	/^downloading pdf/i,
	/^this (article|story|page) is (over|more than) .* old$/i,
	/^issue \d+$/i,
	/\bsign[ -]up\b/i,
	/\bdonat(e|ion)\b/i,
	/^help fund\b/i,
	/^(latest|related|more) (news|articles?|stories|posts)$/i,
	/^join us$/i,
	/\bfill in (this|the) form\b/i,
	/^(advertisement|sponsored|related|recommended|comments?)$/i,
	/^(follow us|like us)\b/i,
	/^(click|tap) here\b/i,
	/^(home|menu|search|skip to (main )?content)$/i
];

const PIC_CREDIT = /\s*\((pic|photo|picture|image|credit)s?:[^)]*\)\s*$/i;
const TERMINAL = /[.!?;:,"”’'»)\]…]$/;
const BYLINE = /^[Bb]y\s+([\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){0,4})$/u;
const WRITES =
	/,?\s+(?:writes|reports|by)\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})\s*$/u;

/**
 * Turns raw pasted text (plain or light Markdown) into headings and paragraphs, dropping the page
 * furniture a web page leaves behind and moving the byline into metadata.
 */
export function cleanText(raw: string, options: CleanOptions = {}): CleanedDocument {
	const lines = splitLines(raw);
	const titleKey = options.title ? compareKey(options.title) : '';
	const titleWords = options.title ? countWords(options.title) : 0;
	const authorKey = options.author ? compareKey(options.author) : '';
	let byline: string | undefined;
	const kept: { text: string; markedHeading: boolean }[] = [];
	let seenBody = false;

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as Line;
		let text = line.text;
		const next = lines[i + 1]?.text;

		// A caption printed twice: once plain, once with its photo credit.
		if (next !== undefined && PIC_CREDIT.test(next) && next.replace(PIC_CREDIT, '') === text) {
			continue;
		}
		if (PIC_CREDIT.test(text)) continue;
		// A related-article link is printed twice and followed by "Read More".
		if (next !== undefined && next === text && !TERMINAL.test(text)) {
			continue;
		}
		if (i > 0 && lines[i - 1]?.text === text && !TERMINAL.test(text)) continue;

		const words = countWords(text);
		const byMatch = BYLINE.exec(text);
		if (byMatch && words <= 6) {
			byline ??= byMatch[1];
			continue;
		}
		if (words <= 14 && BOILERPLATE.some((re) => re.test(text))) continue;
		if (/^if you want more information about joining\b/i.test(text)) continue;

		const key = compareKey(text);
		if (authorKey && key === authorKey) continue;
		if (titleKey && key.length > 0 && isTitleLine(key, titleKey, words, titleWords)) continue;

		// A standfirst signed by the author ("..., writes Simon Hardy") is a teaser, not text.
		const writes = !seenBody ? WRITES.exec(text) : null;
		if (writes && /\bwrites\b/i.test(writes[0])) {
			byline ??= writes[1];
			continue;
		}
		if (!seenBody && byline && words <= 40 && text.includes(byline)) continue;
		// Navigation before the article starts: "National Sections of the L5I:".
		if (!seenBody && words <= 6 && text.endsWith(':')) continue;

		text = unglueLabel(text);
		if (line.markedHeading || isHeadingLine(text)) {
			kept.push({ text, markedHeading: true });
		} else {
			kept.push({ text, markedHeading: false });
			if (words >= 12) seenBody = true;
		}
	}

	// A heading only counts when text follows it; trailing or stacked headings are page furniture.
	const blocks: Block[] = [];
	for (let i = 0; i < kept.length; i++) {
		const block = kept[i] as { text: string; markedHeading: boolean };
		if (block.markedHeading) {
			const following = kept[i + 1];
			if (!following || following.markedHeading) continue;
			blocks.push({ kind: 'heading', text: block.text });
		} else {
			blocks.push({ kind: 'paragraph', text: block.text });
		}
	}
	return byline ? { blocks, byline } : { blocks };
}

interface Line {
	text: string;
	markedHeading: boolean;
}

/** A line ending in an element symbol or a formula: "pure O", "of CO", "H2SO". */
const FORMULA_END = /(?:^|[\s(])(?:[A-Z][a-z]?\d*)+$/;
/** A line that is a subscript and the rest of the sentence: "2 gas involves", "2.", "2O". */
const SUBSCRIPT_LINE = /^\d{1,2}(?=$|[\s.,;:)]|[A-Z])/;

/**
 * Splits text into logical lines. Blank lines and single newlines both end a paragraph, except
 * where a line was hard-wrapped mid-sentence (the next line goes on in lower case).
 */
function splitLines(raw: string): Line[] {
	const text = raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\u200b|\u200c|\u200d|\u2060/g, '')
		.replace(/\u00a0/g, ' ');
	const out: Line[] = [];
	let previousBlank = true;
	for (const rawLine of text.split('\n')) {
		const markdown = stripMarkdown(rawLine);
		const line = squeeze(markdown.text);
		if (!line) {
			previousBlank = true;
			continue;
		}
		const last = out[out.length - 1];
		// "pure O" + "2 gas": a chemical formula's subscript copied from a web page onto a
		// line of its own belongs to the formula.
		if (
			last &&
			!previousBlank &&
			countWords(last.text) > 5 &&
			FORMULA_END.test(last.text) &&
			SUBSCRIPT_LINE.test(rawLine.trim())
		) {
			// The raw line: "2. The method" is no numbered list item here.
			last.text = `${last.text}${squeeze(rawLine)}`;
			continue;
		}
		if (
			last &&
			!previousBlank &&
			!last.markedHeading &&
			!markdown.heading &&
			!TERMINAL.test(last.text) &&
			/^[a-z(]/.test(line) &&
			countWords(last.text) > 5
		) {
			last.text = `${last.text} ${line}`;
		} else {
			out.push({ text: line, markedHeading: markdown.heading });
		}
		previousBlank = false;
	}
	return out;
}

/** Light Markdown: headings, quote and list markers, emphasis and links become plain text. */
function stripMarkdown(line: string): { text: string; heading: boolean } {
	const heading = /^\s{0,3}#{1,6}\s+/.test(line);
	const text = line
		.replace(/^\s{0,3}#{1,6}\s+/, '')
		.replace(/\s+#+\s*$/, '')
		.replace(/^\s*>\s?/, '')
		.replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
		.replace(/`([^`]+)`/g, '$1');
	return { text, heading };
}

/** "iraq-sectarian-mapThe ethnic make-up" -> "The ethnic make-up": an image label glued on. */
function unglueLabel(text: string): string {
	return text.replace(/^[a-z0-9]+(?:-[a-z0-9]+)+(?=[A-Z][a-z])/, '');
}

function isTitleLine(key: string, titleKey: string, words: number, titleWords: number): boolean {
	if (key === titleKey) return true;
	// "August 2010 - The end of the war in Iraq?": the title with a date or section glued on.
	return key.includes(titleKey) && titleKey.length >= 12 && words <= titleWords + 5;
}

/** A short line without final punctuation that starts like a title. */
export function isHeadingLine(text: string): boolean {
	const words = countWords(text);
	if (words === 0 || words > 12) return false;
	// A short question can head a section ("What price to end the Gaza siege?").
	if (TERMINAL.test(text) && !(text.endsWith('?') && words <= 8)) return false;
	return /^[\p{Lu}\p{N}“"‘']/u.test(text);
}
