import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import { parseCsv } from '../../../tests/parse-csv.ts';
import { CARD_COLUMNS, REVIEW_COLUMNS, type QuestionIndex } from '$core/exports.ts';
import type { Question } from '$core/questions/types.ts';
import type { ReviewRecord } from '$core/scheduling/card-record.ts';
import { exportCards, exportReviewLog, getFirstReviewTime, getLastReviewTime } from './exports.ts';
import { recordAnswer, StudyDB, syncDocumentCards, type AnswerInput } from './index.ts';

const NOW = new Date(2022, 11, 29, 12, 30);
let database: StudyDB;

useFreshDatabase('exports', (db) => (database = db));

function question(id: string, prompt: string): Question {
	return {
		id,
		kind: 'date',
		prompt,
		answer: '1648',
		distractors: [],
		source: { paragraph: 'p1', start: 0, end: 4 }
	};
}

const index: QuestionIndex = {
	questionById: new Map([
		['q1', { question: question('q1', 'When, and where?'), documentId: 'doc' }],
		['q2', { question: question('q2', '=cmd|"/c calc"!A1'), documentId: 'doc' }]
	]),
	bankById: new Map([
		['doc', { document: { id: 'doc', title: 'Westphalia', source: 'd.md', paragraphs: [] } }]
	])
};

function answer(id: string, minutes: number, rating: AnswerInput['rating'] = 'good'): AnswerInput {
	return {
		question: { id, documentId: 'doc', kind: 'date' },
		rating,
		correct: rating !== 'again',
		answer: 'in 1648, "roughly"',
		mode: 'typed',
		durationMs: 3000,
		now: new Date(NOW.getTime() + minutes * 60_000)
	};
}

async function text(blob: Blob): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	// The byte order mark comes first, for spreadsheets; the rest is the CSV.
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return new TextDecoder().decode(bytes.slice(3));
}

test('cards: one row each, a retired card whose question is gone included', async () => {
	await recordAnswer(answer('q1', 0));
	await recordAnswer(answer('q2', 1, 'again'));
	await recordAnswer(answer('q-gone', 2));
	// The bank no longer has q-gone: its card is retired, not deleted.
	await syncDocumentCards('doc', ['q1', 'q2']);

	const file = await exportCards(index, NOW, { pageSize: 2 });
	expect(file.fileName).toBe('footnote-cards-2022-12-29.csv');
	expect(file.rows).toBe(3);
	const [header, ...rows] = parseCsv(await text(file.blob));
	expect(header).toEqual([...CARD_COLUMNS]);
	expect(rows.map((r) => r[0])).toEqual(['q-gone', 'q1', 'q2']);
	const gone = rows[0]!;
	expect(gone[CARD_COLUMNS.indexOf('Prompt')]).toBe('');
	expect(gone[CARD_COLUMNS.indexOf('Retired')]).toBe('true');
	expect(gone[CARD_COLUMNS.indexOf('Document')]).toBe('Westphalia');
	expect(rows[1]![CARD_COLUMNS.indexOf('Prompt')]).toBe('When, and where?');
	expect(rows[2]![CARD_COLUMNS.indexOf('Prompt')]).toBe('\'=cmd|"/c calc"!A1');
	expect(rows[2]![CARD_COLUMNS.indexOf('Lapses')]).toBe('0');
	expect(rows[1]![CARD_COLUMNS.indexOf('Reps')]).toBe('1');
});

test('review log: every entry once, in order, across pages, with progress', async () => {
	await recordAnswer(answer('q1', 0));
	await recordAnswer(answer('q1', 10, 'again'));
	// A long log written straight into the table, as years of study would leave it.
	const base = NOW.getTime() + 3_600_000;
	const bulk: ReviewRecord[] = Array.from({ length: 2_345 }, (_, i) => ({
		cardId: i % 2 ? 'q2' : 'q-gone',
		documentId: 'doc',
		kind: 'date',
		rating: 'good',
		correct: true,
		answer: `answer ${i}`,
		mode: 'choice',
		durationMs: 1000 + i,
		reviewedAt: base + i * 1000,
		counted: true,
		previous: null
	}));
	await database.reviews.bulkAdd(bulk);

	const seen: [number, number][] = [];
	const file = await exportReviewLog(index, NOW, {
		pageSize: 500,
		onProgress: (done, total) => seen.push([done, total])
	});
	expect(file.fileName).toBe('footnote-review-log-2022-12-29.csv');
	expect(file.rows).toBe(2_347);
	expect(seen[0]).toEqual([0, 2_347]);
	expect(seen.at(-1)).toEqual([2_347, 2_347]);
	expect(seen.map(([done]) => done)).toEqual([0, 500, 1000, 1500, 2000, 2347]);

	const [header, ...rows] = parseCsv(await text(file.blob));
	expect(header).toEqual([...REVIEW_COLUMNS]);
	expect(rows).toHaveLength(2_347);
	const col = (name: (typeof REVIEW_COLUMNS)[number]) => REVIEW_COLUMNS.indexOf(name);
	const ids = rows.map((r) => Number(r[col('Review id')]));
	expect(ids).toEqual(Array.from({ length: 2_347 }, (_, i) => i + 1));
	expect(rows[0]![col('Rating')]).toBe('good');
	expect(rows[0]![col('State before')]).toBe('new');
	expect(rows[0]![col('Answer given')]).toBe('in 1648, "roughly"');
	expect(rows[0]![col('Prompt')]).toBe('When, and where?');
	expect(rows[1]![col('Rating')]).toBe('again');
	expect(rows[1]![col('Correct')]).toBe('false');
	expect(rows[1]![col('Days since previous review')]).toBe(
		String(Math.round((10 / 1440) * 1000) / 1000)
	);
	expect(rows.at(-1)![col('Answer given')]).toBe('answer 2344');
	expect(rows.at(-1)![col('Reviewed at')]).toBe(new Date(base + 2_344_000).toISOString());
});

test('review log: stopping halfway throws AbortError and saves nothing', async () => {
	await database.reviews.bulkAdd(
		Array.from({ length: 30 }, (_, i) => ({
			cardId: 'q1',
			documentId: 'doc',
			kind: 'date' as const,
			rating: 'good' as const,
			correct: true,
			answer: '',
			mode: 'flip' as const,
			durationMs: 1,
			reviewedAt: i,
			counted: true,
			previous: null
		}))
	);
	const stop = new AbortController();
	const run = exportReviewLog(index, NOW, {
		pageSize: 10,
		signal: stop.signal,
		onProgress: (done) => {
			if (done === 10) stop.abort();
		}
	});
	await expect(run).rejects.toMatchObject({ name: 'AbortError' });
});

test('the first and latest answer times, or none for a fresh device', async () => {
	expect(await getLastReviewTime()).toBeUndefined();
	expect(await getFirstReviewTime()).toBeUndefined();
	await recordAnswer(answer('q2', 30));
	await recordAnswer(answer('q1', 5));
	expect(await getFirstReviewTime()).toBe(NOW.getTime() + 5 * 60_000);
	expect(await getLastReviewTime()).toBe(NOW.getTime() + 30 * 60_000);
});
