import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/parse-csv.ts';
import { csvField, exportFileName, fileSlug, isoTime, toCsv } from './csv.ts';

describe('csvField', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
		expect(csvField(' padded ')).toBe('" padded "');
	});

	it('writes numbers, yes/no and missing values', () => {
		expect(csvField(42)).toBe('42');
		expect(csvField(-1.5)).toBe('-1.5');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(true)).toBe('true');
		expect(csvField(false)).toBe('false');
		expect(csvField(undefined)).toBe('');
		expect(csvField(null)).toBe('');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@cmd')).toBe("'@cmd");
		expect(csvField('\tTAB')).toBe("'\tTAB");
		expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
		// Only the first character counts: a formula sign later on is ordinary text.
		expect(csvField('a=b')).toBe('a=b');
	});

	it('leaves formula signs alone when asked to', () => {
		expect(csvField('=SUM(A1)', { defuseFormulas: false })).toBe('=SUM(A1)');
		expect(csvField('-2, or so', { defuseFormulas: false })).toBe('"-2, or so"');
	});
});

describe('toCsv', () => {
	it('ends every row with CRLF, so pages made separately join as they are', () => {
		expect(
			toCsv([
				['a', 1],
				['b,c', 2]
			])
		).toBe('a,1\r\n"b,c",2\r\n');
		expect(toCsv([])).toBe('');
		const whole = toCsv([['x'], ['y']]);
		expect(toCsv([['x']]) + toCsv([['y']])).toBe(whole);
	});

	it('reads back as the same fields, whatever they hold', () => {
		const rows = [
			['comma, inside', 'quote " inside', 'line\r\nbreak', 'lone\nnewline'],
			['', ' edge ', '"quoted"', 'é ü ß 漢字']
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('isoTime', () => {
	it('writes epoch milliseconds as UTC ISO 8601, and nothing for no date', () => {
		expect(isoTime(Date.UTC(2025, 2, 4, 10, 30))).toBe('2025-03-04T10:30:00.000Z');
		expect(isoTime(undefined)).toBe('');
		expect(isoTime(Number.NaN)).toBe('');
	});
});

describe('file names', () => {
	it('dates an export by the local day it was made', () => {
		expect(exportFileName('cards', new Date(2025, 0, 9, 23, 59))).toBe(
			'footnote-cards-2025-01-09.csv'
		);
		expect(exportFileName('backup', new Date(2025, 11, 31), 'json')).toBe(
			'footnote-backup-2025-12-31.json'
		);
	});

	it('slugs a title into letters, digits and dashes', () => {
		expect(fileSlug('Peace of Westphalia: Ch. 2!', 'x')).toBe('peace-of-westphalia-ch-2');
		expect(fileSlug('Münster', 'x')).toBe('munster');
		expect(fileSlug('???', 'fallback')).toBe('fallback');
	});
});
