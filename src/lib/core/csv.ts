import { dayKey } from './scheduling/days.ts';

/** What one CSV cell can hold: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = readonly CsvValue[];

export interface CsvOptions {
	/**
	 * Prefix text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with an
	 * apostrophe. On by default, because prompts, answers and names arrive from outside; off
	 * for files read by programs that would keep the apostrophe as part of the text.
	 */
	defuseFormulas?: boolean;
}

/**
 * The byte order mark: spreadsheet programs read the file as UTF-8 only when it starts with one,
 * and show accented names garbled otherwise.
 */
export const CSV_BOM = '\uFEFF';

/** The MIME type CSV files are saved with. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces (quotes
 * doubled, RFC 4180). Numbers that are not finite and missing values are empty cells; yes/no
 * values are `true`/`false`, which spreadsheets and data libraries read as booleans.
 * @example csvField('say "hi", then go') // '"say ""hi"", then go"'
 */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const defuse = options.defuseFormulas ?? true;
	const safe = defuse && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows of fields as CSV text, each row ending in CRLF (as gradebooks expect), so pieces made
 * page by page can be joined as they are.
 */
export function toCsv(rows: readonly CsvRow[], options: CsvOptions = {}): string {
	let text = '';
	for (const row of rows) text += row.map((value) => csvField(value, options)).join(',') + '\r\n';
	return text;
}

/** A date as an ISO 8601 UTC timestamp, or an empty cell when there is none or it is invalid. */
export function isoTime(epochMs: number | undefined | null): string {
	if (epochMs === undefined || epochMs === null) return '';
	const date = new Date(epochMs);
	return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Letters, digits and dashes from a title, for a file name: 'Peace of Westphalia!' -> 'peace-of-westphalia'. */
export function fileSlug(title: string, fallback: string): string {
	return (
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || fallback
	);
}

/** `footnote-cards-2025-03-04.csv`: an export's file name, dated by the local day it was made. */
export function exportFileName(what: string, date: Date, extension = 'csv'): string {
	return `footnote-${what}-${dayKey(date)}.${extension}`;
}
