import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/parse-csv.ts';
import {
	ANKI_HEADER_LINES,
	ankiBack,
	ankiDeck,
	ankiDeckName,
	ankiGuid,
	ankiRow,
	escapeHtml,
	evidenceSentence
} from './anki.ts';
import type { Bank } from './questions/types.ts';

const bank: Bank = {
	schema: 1,
	document: {
		id: 'suez canal',
		title: 'Suez: <the> "canal" & Co',
		source: 'suez.md',
		paragraphs: [
			{
				id: 'p1',
				text: 'Work began in 1859. The canal opened on 17 November 1869, led by F. de Lesseps. Gen. Gordon was not there.'
			}
		]
	},
	generator: { version: 'test' },
	questions: [
		{
			id: 'q-open',
			kind: 'date',
			prompt: 'When did the canal open, <and> who led "it"?',
			answer: '17 November 1869',
			distractors: [],
			source: { paragraph: 'p1', start: 40, end: 56 }
		},
		{
			id: 'q-minus',
			kind: 'number',
			prompt: '-5 or +5: which, & why?',
			answer: '-5',
			distractors: [],
			source: { paragraph: 'missing', start: 0, end: 3 }
		}
	]
};

describe('escapeHtml', () => {
	it('escapes markup characters and turns line breaks into <br>', () => {
		expect(escapeHtml('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
		expect(escapeHtml('<b>bold</b>')).toBe('&lt;b&gt;bold&lt;/b&gt;');
		expect(escapeHtml('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
	});
});

describe('ankiGuid', () => {
	it('depends on the question id alone, so a re-import updates the same note', () => {
		expect(ankiGuid('q-open')).toBe(ankiGuid('q-open'));
		expect(ankiGuid('q-open')).not.toBe(ankiGuid('q-close'));
		const changed = { ...bank.questions[0]!, prompt: 'Reworded?', answer: 'November 1869' };
		expect(ankiRow(changed, bank)[0]).toBe(ankiRow(bank.questions[0]!, bank)[0]);
		expect(ankiGuid('q-open')).not.toMatch(/^#/);
	});
});

describe('ankiDeckName', () => {
	it('puts every document in a sub-deck of Footnote', () => {
		expect(ankiDeckName('The end of the war in Iraq?')).toBe(
			'Footnote::The end of the war in Iraq?'
		);
		expect(ankiDeckName('A::B\n C')).toBe('Footnote::A:B C');
		expect(ankiDeckName('  ')).toBe('Footnote::Untitled');
	});
});

describe('evidenceSentence', () => {
	const text = bank.document.paragraphs[0]!.text;

	it('cuts the paragraph down to the sentence that holds the evidence', () => {
		const sentence = evidenceSentence(text, 40, 56);
		expect(sentence.text).toBe('The canal opened on 17 November 1869, led by F. de Lesseps.');
		expect(sentence.text.slice(sentence.start, sentence.end)).toBe('17 November 1869');
	});

	it('does not break at initials or abbreviations', () => {
		const last = evidenceSentence(text, text.indexOf('Gordon'), text.indexOf('Gordon') + 6);
		expect(last.text).toBe('Gen. Gordon was not there.');
	});

	it('spans every sentence the evidence touches', () => {
		const sentence = evidenceSentence(text, 14, 30);
		expect(sentence.text).toBe(
			'Work began in 1859. The canal opened on 17 November 1869, led by F. de Lesseps.'
		);
		expect(sentence.text.slice(sentence.start, sentence.end)).toBe(text.slice(14, 30));
	});
});

describe('ankiBack', () => {
	it('shows the answer, the sentence with the evidence in bold, and the title, all escaped', () => {
		expect(ankiBack(bank.questions[0]!, bank)).toBe(
			'17 November 1869<br><br>The canal opened on <b>17 November 1869</b>, led by F. de Lesseps.' +
				'<br><br><i>Suez: &lt;the&gt; &quot;canal&quot; &amp; Co</i>'
		);
	});

	it('leaves the evidence out when its paragraph is missing', () => {
		expect(ankiBack(bank.questions[1]!, bank)).toBe(
			'-5<br><br><i>Suez: &lt;the&gt; &quot;canal&quot; &amp; Co</i>'
		);
	});
});

describe('ankiDeck', () => {
	const text = ankiDeck([bank]);

	it('starts with the header lines Anki reads, with no byte order mark before them', () => {
		const lines = text.split('\r\n');
		expect(lines.slice(0, 6)).toEqual([
			'#separator:Comma',
			'#html:true',
			'#notetype:Basic',
			'#guid column:1',
			'#deck column:4',
			'#tags column:5'
		]);
		expect(ANKI_HEADER_LINES).toHaveLength(6);
		expect(text.charCodeAt(0)).toBe('#'.charCodeAt(0));
	});

	it('writes one note per question: GUID, escaped front, back, deck and tags', () => {
		const rows = parseCsv(text.split('\r\n').slice(6).join('\r\n'));
		expect(rows).toHaveLength(2);
		expect(rows[0]).toEqual([
			'footnote:q-open',
			'When did the canal open, &lt;and&gt; who led &quot;it&quot;?',
			ankiBack(bank.questions[0]!, bank),
			'Footnote::Suez: <the> "canal" & Co',
			'date suez_canal'
		]);
	});

	it('keeps leading signs as they are, since Anki is not a spreadsheet', () => {
		const rows = parseCsv(text.split('\r\n').slice(6).join('\r\n'));
		expect(rows[1]?.[1]).toBe('-5 or +5: which, &amp; why?');
		expect(rows[1]?.[2]).toMatch(/^-5<br>/);
	});
});
