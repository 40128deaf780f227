import { lastEnd, replaceClosed, trimLineEnds } from './closed-spans.ts';

/** Elements dropped with everything inside them: page chrome, code and embedded documents. */
const DROPPED = [
	'script',
	'style',
	'noscript',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'svg',
	'iframe'
];

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	eacute: 'é',
	aacute: 'á',
	deg: '°'
};

/** Whether text looks like an HTML page rather than plain text or Markdown. */
export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html|<body|<article|<div|<p[\s>])/i.test(text);
}

/**
 * Strips an HTML page to text without a DOM (so it also runs in a worker): scripts, styles and
 * page chrome go, block elements become line breaks, headings become Markdown headings.
 */
export function htmlToText(html: string): string {
	// Every pattern is linear: spans end at their own closer (see replaceClosed), and tags at the
	// next '<' or '>', so text full of unclosed ones costs no more than any other.
	let text = replaceClosed(html, /<!--[\s\S]*?-->/g, lastEnd(html, /-->/g), '');
	text = replaceClosed(text, /<head\b[\s\S]*?<\/head>/gi, lastEnd(text, /<\/head>/gi), '');
	for (const name of DROPPED) {
		const element = new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`, 'gi');
		text = replaceClosed(text, element, lastEnd(text, new RegExp(`</${name}>`, 'gi')), '');
	}
	text = text
		.replace(/<h[1-6][^<>]*>/gi, '\n\n# ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|h[1-6]|li|blockquote|section|article|tr|figure|figcaption)>/gi, '\n\n')
		.replace(/<[^<>]+>/g, '');
	return trimLineEnds(decodeEntities(text))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000
				? String.fromCodePoint(code)
				: whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}
