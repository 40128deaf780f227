import type { Table } from 'dexie';
import { CSV_BOM, CSV_TYPE, exportFileName, toCsv, type CsvRow } from '$core/csv.ts';
import {
	CARD_COLUMNS,
	REVIEW_COLUMNS,
	cardRow,
	reviewRow,
	type QuestionIndex
} from '$core/exports.ts';
import { getDb } from './db.ts';

/**
 * Rows per read. Large enough that a million-entry log takes a few hundred reads, small enough
 * that each read is a short transaction and the page stays responsive between them.
 */
export const EXPORT_PAGE_SIZE = 5000;

/** A finished export: the file, its name, and how many data rows it holds. */
export interface ExportFile {
	blob: Blob;
	fileName: string;
	rows: number;
}

/** Called after each page with the rows written so far and the rows there are in all. */
export type ExportProgress = (done: number, total: number) => void;

/**
 * Reads a table in primary-key order, one page per short read transaction, continuing after
 * the last key read (an offset would make every page walk all the ones before it). Rows that
 * another tab adds during the export are included if their keys come later, as new log entries'
 * do.
 */
async function* pages<T extends { id?: string | number }, K, I>(
	table: Table<T, K, I>,
	size: number
): AsyncGenerator<T[]> {
	let last: T['id'] = undefined;
	for (;;) {
		const range = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
		const page: T[] = await range.limit(size).toArray();
		if (page.length === 0) return;
		yield page;
		if (page.length < size) return;
		last = page[page.length - 1]!.id;
	}
}

/**
 * Builds a CSV file page by page. Each page becomes its own Blob at once, so the text of a
 * million rows never has to sit in memory as one string (the browser may keep large Blobs on
 * disk).
 */
async function writeCsv<T extends { id?: string | number }, K, I>(
	table: Table<T, K, I>,
	header: readonly string[],
	toRow: (record: T) => CsvRow,
	options: { pageSize?: number; onProgress?: ExportProgress; signal?: AbortSignal }
): Promise<{ blob: Blob; rows: number }> {
	const total = await table.count();
	const parts: BlobPart[] = [CSV_BOM, toCsv([header])];
	let rows = 0;
	options.onProgress?.(0, total);
	for await (const page of pages(table, options.pageSize ?? EXPORT_PAGE_SIZE)) {
		options.signal?.throwIfAborted();
		parts.push(new Blob([toCsv(page.map(toRow))]));
		rows += page.length;
		options.onProgress?.(rows, Math.max(total, rows));
	}
	return { blob: new Blob(parts, { type: CSV_TYPE }), rows };
}

/**
 * Every card the learner has, one row each, named from the library. Retired cards are
 * included, also when their question has left the library.
 */
export async function exportCards(
	index: QuestionIndex,
	now = new Date(),
	options: { pageSize?: number } = {}
): Promise<ExportFile> {
	const { blob, rows } = await writeCsv(
		getDb().cards,
		CARD_COLUMNS,
		(card) => cardRow(card, index),
		options
	);
	return { blob, rows, fileName: exportFileName('cards', now) };
}

/**
 * The whole review log, oldest first, one row per answer. Read a page at a time, so a log of a
 * million answers exports without holding it all in memory; `onProgress` follows along and
 * `signal` stops it.
 */
export async function exportReviewLog(
	index: QuestionIndex,
	now = new Date(),
	options: { pageSize?: number; onProgress?: ExportProgress; signal?: AbortSignal } = {}
): Promise<ExportFile> {
	const { blob, rows } = await writeCsv(
		getDb().reviews,
		REVIEW_COLUMNS,
		(review) => reviewRow(review, index),
		options
	);
	return { blob, rows, fileName: exportFileName('review-log', now) };
}

/** When the most recent answer was given (epoch ms), or undefined if there is none yet. */
export async function getLastReviewTime(): Promise<number | undefined> {
	const [last] = await getDb().reviews.orderBy('reviewedAt').reverse().limit(1).keys();
	return typeof last === 'number' ? last : undefined;
}

/** When the first answer was given (epoch ms), or undefined if there is none yet. */
export async function getFirstReviewTime(): Promise<number | undefined> {
	const [first] = await getDb().reviews.orderBy('reviewedAt').limit(1).keys();
	return typeof first === 'number' ? first : undefined;
}
