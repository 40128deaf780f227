import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import { htmlToText } from '../html.ts';
import { markdownToText } from './markdown.ts';
import {
	MAX_DOCUMENT_BYTES,
	checkDocumentText,
	decodeDocument,
	documentToText
} from './read-document.ts';
import { suggestPublished } from './suggest-published.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeDocument', () => {
	it('returns the text of a UTF-8 file', () => {
		expect(decodeDocument(bytes('Café au lait.'), 'a.txt')).toBe('Café au lait.');
	});

	it.each([
		[
			'too big',
			new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(65),
			/is 5\.0 MB; the limit is 5\.0 MB/
		],
		['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /binary file/],
		['not UTF-8', new Uint8Array([0x41, 0xff, 0xfe, 0x41]), /not UTF-8/],
		['empty', bytes('  \n\t '), /is empty/]
	])('refuses a file that is %s, in a sentence', (_, input, message) => {
		expect(() => decodeDocument(input, 'notes.txt')).toThrow(SourceError);
		expect(() => decodeDocument(input, 'notes.txt')).toThrow(message);
	});

	it('refuses pasted text made of control characters', () => {
		expect(() => checkDocumentText('\u0001\u0002\u0003abc', 'The pasted text')).toThrow(
			/The pasted text is a binary file/
		);
	});
});

describe('documentToText', () => {
	it('strips HTML, scripts included, by name or by look', () => {
		const html = '<html><script>alert(1)</script><p>Kept <b>words</b>.</p></html>';
		for (const name of ['page.html', 'page.txt']) {
			const text = documentToText(html, name);
			expect(text).toContain('Kept words.');
			expect(text).not.toContain('alert');
		}
	});

	it('leaves plain text alone, angle brackets and all', () => {
		const text = 'He wrote <script> on the board.';
		expect(documentToText(text, 'pasted')).toBe(text);
	});
});

describe('markdownToText', () => {
	it('keeps the words of links and headings and drops the syntax', () => {
		const md = [
			'# The *Title* #',
			'',
			'Some **bold** and _italic_ words with a [link](javascript:alert(1)) and `code`.',
			'![an image](x.png)',
			'- a list item',
			'> a quote',
			'',
			'```js',
			'alert(1)',
			'```',
			'[ref]: https://example.com'
		].join('\n');
		const text = markdownToText(md);
		expect(text).toContain('# The Title');
		expect(text).toContain('Some bold and italic words with a link and code.');
		expect(text).toContain('\na list item\na quote\n');
		expect(text).not.toMatch(/javascript|alert|x\.png|example\.com|\*|`/);
	});

	it('keeps underscores inside words', () => {
		expect(markdownToText('snake_case_name stays')).toBe('snake_case_name stays');
	});
});

describe('suggestPublished', () => {
	it('finds a dateline in the opening lines of a shipped source', () => {
		const raw = readFileSync('questions/sources/000_16bd114529960718.txt', 'utf8');
		expect(suggestPublished(raw)).toBe('2010-08');
	});

	it.each([
		['Published 4 June 2007\n\nText.', '2007-06-04'],
		['By A. Writer, March 3rd, 2011\n\nText.', '2011-03-03'],
		['Posted on 2014-06-12T09:00\nText', '2014-06-12'],
		['Sept. 2003 issue\nText', '2003-09'],
		[
			'<meta property="article:published_time" content="2016-10-17T08:00:00Z"><p>x</p>',
			'2016-10-17'
		],
		['<script type="application/ld+json">{"datePublished": "2019-01-02"}</script>', '2019-01-02'],
		['<p>Updated <time datetime="2020-02-29">yesterday</time></p>', '2020-02-29']
	])('%j -> %s', (raw, expected) => {
		expect(suggestPublished(raw)).toBe(expected);
	});

	it('suggests nothing when the text does not say, or only says how old it is', () => {
		expect(suggestPublished('Iraq falling apart\n\nThe speed with which...')).toBeUndefined();
		expect(suggestPublished('This article is over 6 years, 7 months old (March 2018)')).toBe(
			undefined
		);
	});
});

describe('suggestPublished and the dates of the story', () => {
	it('does not take a date from a sentence of the story', () => {
		for (const fixture of ['berlin-airlift.txt', 'suez-canal.txt']) {
			const raw = readFileSync(`tests/fixtures/other-topics/${fixture}`, 'utf8');
			expect(suggestPublished(raw)).toBeUndefined();
		}
		expect(suggestPublished('Title\n\nThe war ended on 12 May 1949, and the army went home.')).toBe(
			undefined
		);
	});
});

// Openers that never close made each one scan to the end of the text: hours for a 5 MB file.
// A megabyte of them is stripped within the test's time limit only if the work is linear.
describe('unclosed syntax, a megabyte of it', () => {
	const MB = 1024 * 1024;
	const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

	it.each([
		['[', fill('[a ')],
		['[ closed at the very end', `${fill('[a ')}]`],
		['![', fill('![a ')],
		['**', fill('**a ')],
		['__', fill('__a ')],
		['<', fill('<a ')],
		['<!--', fill('<!--a ')],
		['[ on every line', fill('[a\n')],
		['a fence', `${'`'.repeat(2000)}\n${fill('a\n')}`],
		['a heading with a run of spaces', `# a${' '.repeat(MB)}b`]
	])('Markdown with %s is left as it is', (_what, markdown) => {
		expect(markdownToText(markdown)).toBe(markdown);
	});

	it.each([
		['<', fill('<a '), fill('<a ').trim()],
		['<!--', fill('<!--a '), fill('<!--a ').trim()],
		['<h1', fill('<h1 a '), fill('<h1 a ').trim()],
		['<head', fill('<head>a '), 'a '.repeat(MB / 8).trim()],
		['<script', fill('<script>a '), 'a '.repeat(Math.ceil(MB / 10)).trim()],
		['a run of spaces', `<p>a${' '.repeat(MB)}b</p>`, `a${' '.repeat(MB)}b`]
	])('HTML with %s', (_what, html, text) => {
		expect(htmlToText(html)).toBe(text);
	});
});
