// The page side of the study-db bench: seeds the database and times the app's own functions with
// performance.now(), so the figures leave out Playwright's round trips.
//
// index.html imports src/lib/db and hands it to install(). This file cannot import it itself:
// src/lib/db resolves `$core` through the app's tsconfig, which `tsc -p tsconfig.scripts.json`
// (checking everything under bench/) does not read; so the module is described here instead.
import type { CardRecord } from '../../src/lib/core/scheduling/card-record.ts';
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
	drop(): Promise<void>;
}

const NEW_PER_DAY = 20;

export function install(db: StudyDbModule): void {
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

		async drop() {
			const { database: open } = opened();
			open.close();
			await open.delete();
			database = undefined;
		}
	};
	Object.assign(globalThis, { studyDbBench: bench });
}
