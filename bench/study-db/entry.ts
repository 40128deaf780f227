// The page side of the study-db bench: seeds the database and times the app's own functions with
// performance.now(), so the figures leave out Playwright's round trips.
//
// index.html imports src/lib/db and hands it to install(). This file cannot import it itself:
// src/lib/db resolves `$core` through the app's tsconfig, which `tsc -p tsconfig.scripts.json`
// (checking everything under bench/) does not read; so the module is described here instead.
import type { CardRecord } from '../../src/lib/core/scheduling/card-record.ts';
import type { QuestionIndex } from '../../src/lib/core/exports.ts';
import type { Bank, Question } from '../../src/lib/core/questions/types.ts';
import {
	documentsFor,
	seedStudyDb,
	type BenchDatabase,
	type QuestionRef,
	type SeedOptions,
	type SeedReport
} from './seed.ts';

/** What the bench uses of src/lib/db. */
export interface StudyDbModule {
	StudyDB: new (name?: string) => BenchDatabase;
	useDatabase(database: BenchDatabase): void;
	getTodayQueue(options: {
		now: Date;
		documents: { documentId: string; questions: QuestionRef[] }[];
		newPerDay: number;
		limit?: number;
	}): Promise<{
		due: CardRecord[];
		fresh: QuestionRef[];
		introducedToday: number;
	}>;
	recordAnswer(input: {
		question: QuestionRef;
		rating: 'again' | 'hard' | 'good' | 'easy';
		correct: boolean;
		answer: string;
		mode: 'choice' | 'typed' | 'flip';
		durationMs: number;
		now: Date;
		counted?: boolean;
	}): Promise<{ card: CardRecord | null; reviewId: number }>;
	countDueCards(now: Date): Promise<number>;
}

/** What the bench uses of src/lib/db/exports.ts. */
export interface ExportsModule {
	exportReviewLog(
		index: QuestionIndex,
		now?: Date
	): Promise<{ blob: Blob; rows: number; fileName: string }>;
}

export interface ExportTimes {
	ms: number;
	rows: number;
	/** Rows in the review log when the export began: the file must hold every one. */
	logged: number;
	bytes: number;
}

export interface QueueTimes {
	/** The first call after the database opened in a fresh browser. */
	first: number;
	runs: number[];
	dueCount: number;
	due: number;
	fresh: number;
	openMs: number;
}

export interface RecordTimes {
	runs: number[];
}

/** The functions the suite calls through page.evaluate, on globalThis.studyDbBench. */
export interface StudyDbBench {
	/** Deletes any earlier database of that name, then fills a new one. */
	seed(name: string, options: SeedOptions): Promise<SeedReport>;
	/** Opens the seeded database in this page and points src/lib/db at it; returns the time taken. */
	open(name: string, options: SeedOptions): Promise<number>;
	measureQueue(runs: number, warmUp: number): Promise<QueueTimes>;
	measureRecord(runs: number, warmUp: number): Promise<RecordTimes>;
	/** Exports the whole review log as CSV, as Settings does, and times it. */
	measureExport(): Promise<ExportTimes>;
	drop(): Promise<void>;
}

const NEW_PER_DAY = 20;

/**
 * A library for the seeded documents: every question gets a prompt and an answer of a
 * realistic length, so the export joins and writes as much text as a real one.
 */
function libraryFor(options: SeedOptions): QuestionIndex {
	const questionById = new Map<string, { question: Question; documentId: string }>();
	const bankById = new Map<string, Pick<Bank, 'document'>>();
	for (const { documentId, questions } of documentsFor(options)) {
		bankById.set(documentId, {
			document: { id: documentId, title: `Document ${documentId}`, source: '', paragraphs: [] }
		});
		for (const ref of questions) {
			const question: Question = {
				id: ref.id,
				kind: ref.kind,
				prompt: `In which year did the customs union of question ${ref.id}, which the article discusses at length, begin?`,
				answer: 'the Zollverein, 1834',
				distractors: [],
				source: { paragraph: 'p', start: 0, end: 10 }
			};
			questionById.set(ref.id, { question, documentId });
		}
	}
	return { questionById, bankById };
}

export function install(db: StudyDbModule, exports: ExportsModule): void {
	let database: BenchDatabase | undefined;
	let options: SeedOptions | undefined;
	let openMs = 0;

	function opened(): { database: BenchDatabase; options: SeedOptions } {
		if (!database || !options) throw new Error('open the database first');
		return { database, options };
	}

	const bench: StudyDbBench = {
		async seed(name, seedOptions) {
			const fresh = new db.StudyDB(name);
			await fresh.delete();
			await fresh.open();
			try {
				return await seedStudyDb(fresh, seedOptions, (message) =>
					console.log(`[study-db] seeded ${message}`)
				);
			} finally {
				fresh.close();
			}
		},

		async open(name, seedOptions) {
			const started = performance.now();
			database = new db.StudyDB(name);
			await database.open();
			openMs = performance.now() - started;
			options = seedOptions;
			db.useDatabase(database);
			return openMs;
		},

		async measureQueue(runs, warmUp) {
			const { options } = opened();
			const documents = documentsFor(options);
			const now = new Date(options.now);
			const queue = () => db.getTodayQueue({ now, documents, newPerDay: NEW_PER_DAY });
			let started = performance.now();
			const result = await queue();
			const first = performance.now() - started;
			if (result.fresh.length !== NEW_PER_DAY || result.introducedToday !== 0) {
				throw new Error(`expected ${NEW_PER_DAY} new questions, got ${result.fresh.length}`);
			}
			for (let i = 0; i < warmUp; i++) await queue();
			const times: number[] = [];
			for (let i = 0; i < runs; i++) {
				started = performance.now();
				await queue();
				times.push(performance.now() - started);
			}
			return {
				first,
				runs: times,
				dueCount: await db.countDueCards(now),
				due: result.due.length,
				fresh: result.fresh.length,
				openMs
			};
		},

		async measureRecord(runs, warmUp) {
			const { options } = opened();
			const now = new Date(options.now);
			// The most overdue cards, as the study screen would present them.
			const { due } = await db.getTodayQueue({
				now,
				documents: [],
				newPerDay: 0,
				limit: runs + warmUp
			});
			if (due.length < runs + warmUp) throw new Error(`only ${due.length} cards are due`);
			const times: number[] = [];
			for (const [i, card] of due.entries()) {
				const started = performance.now();
				await db.recordAnswer({
					question: { id: card.id, documentId: card.documentId, kind: card.kind },
					rating: 'good',
					correct: true,
					answer: '1848',
					mode: 'typed',
					durationMs: 6400,
					// A few seconds apart, as answers come in a session.
					now: new Date(options.now + i * 5000),
					counted: true
				});
				if (i >= warmUp) times.push(performance.now() - started);
			}
			return { runs: times };
		},

		async measureExport() {
			const { database, options } = opened();
			const index = libraryFor(options);
			const logged = await database.reviews.count();
			const started = performance.now();
			const file = await exports.exportReviewLog(index, new Date(options.now));
			return { ms: performance.now() - started, rows: file.rows, logged, bytes: file.blob.size };
		},

		async drop() {
			const { database: open } = opened();
			open.close();
			await open.delete();
			database = undefined;
		}
	};
	Object.assign(globalThis, { studyDbBench: bench });
}
