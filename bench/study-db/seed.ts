// A learner's history after two years of heavy use, written straight into the study database's
// tables. Everything is derived from indexes by hashing, so a fresh page (after a browser restart)
// can rebuild the same document list without reading the database.
import type { Dexie, EntityTable } from 'dexie';
import { QUESTION_KINDS, type QuestionKind } from '../../src/lib/core/questions/types.ts';
import type {
	AnswerMode,
	CardRecord,
	CardState,
	RatingName,
	ReviewRecord
} from '../../src/lib/core/scheduling/card-record.ts';
import { addDays, dayKey, startOfDay } from '../../src/lib/core/scheduling/days.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The shape of src/lib/db's DayRecord, which cannot be imported here (see entry.ts). */
export interface DayRecord {
	day: string;
	answered: number;
	correct: number;
	introduced: number;
	byKind: Partial<Record<QuestionKind, { answered: number; correct: number }>>;
	recall: { answered: number; correct: number };
}

/** src/lib/db's StudyDB, as far as the bench uses it. */
export type BenchDatabase = Dexie & {
	cards: EntityTable<CardRecord, 'id'>;
	reviews: EntityTable<ReviewRecord, 'id'>;
	days: EntityTable<DayRecord, 'day'>;
	documentCounts: EntityTable<{ documentId: string; active: number }, 'documentId'>;
};

export interface SeedOptions {
	documents: number;
	questionsPerDocument: number;
	reviews: number;
	/** How many of the last documents also hold questions the learner has never met. */
	unmetDocuments: number;
	unmetPerDocument: number;
	/** Epoch ms of "now": the log ends yesterday, so today's new-card allowance is untouched. */
	now: number;
	/** How many days back the log starts. */
	historyDays: number;
}

export interface SeedReport {
	cards: number;
	retired: number;
	dueNow: number;
	reviews: number;
	firstMeetings: number;
	days: number;
	ms: number;
}

export interface QuestionRef {
	id: string;
	documentId: string;
	kind: QuestionKind;
}

/** A deterministic number in [0, 1) for (index, salt): a small integer hash, not a generator. */
function hash(index: number, salt: number): number {
	let x = Math.imul(index ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
	x ^= x >>> 16;
	return (x >>> 0) / 4_294_967_296;
}

const RATED: { rating: RatingName; upTo: number }[] = [
	{ rating: 'again', upTo: 0.12 },
	{ rating: 'hard', upTo: 0.2 },
	{ rating: 'good', upTo: 0.85 },
	{ rating: 'easy', upTo: 1 }
];
const ANSWERS = ['1848', 'Bismarck', 'the Zollverein', 'Frankfurt', '3.2 million', 'tariffs'];

function questionOf(card: number, perDocument: number): QuestionRef {
	const d = Math.floor(card / perDocument);
	return {
		id: `d${d}-q${card % perDocument}`,
		documentId: `doc-${d}`,
		kind: QUESTION_KINDS[Math.floor(hash(card, 1) * QUESTION_KINDS.length)]!
	};
}

/** About 1% of cards belong to questions that vanished when their bank was regenerated. */
function isRetired(card: number): boolean {
	return hash(card, 2) < 0.01;
}

/** Every document's current questions: met ones (minus retired) and, last, some never met. */
export function documentsFor(
	options: SeedOptions
): { documentId: string; questions: QuestionRef[] }[] {
	const { documents, questionsPerDocument: per, unmetDocuments, unmetPerDocument } = options;
	return Array.from({ length: documents }, (_, d) => {
		const questions: QuestionRef[] = [];
		for (let q = 0; q < per; q++) {
			if (!isRetired(d * per + q)) questions.push(questionOf(d * per + q, per));
		}
		if (d >= documents - unmetDocuments) {
			for (let q = per; q < per + unmetPerDocument; q++) {
				questions.push({ id: `d${d}-q${q}`, documentId: `doc-${d}`, kind: 'term' });
			}
		}
		return { documentId: `doc-${d}`, questions };
	});
}

function stateOf(roll: number): CardState {
	if (roll < 0.015) return 'learning';
	if (roll < 0.03) return 'relearning';
	return 'review';
}

/**
 * A card as it stands today. Learning cards and a few overdue review cards are due now (a few
 * thousand in all); the rest fall due over the coming year.
 */
function cardToday(card: number, options: SeedOptions): CardRecord {
	const { now } = options;
	const state = stateOf(hash(card, 3));
	let due: number;
	if (state !== 'review') due = now - hash(card, 4) * 60 * DAY;
	else if (hash(card, 5) < 0.015) due = now - hash(card, 4) ** 2 * 60 * DAY;
	else due = now + HOUR + hash(card, 4) ** 1.5 * 365 * DAY;
	const lastReview = Math.min(now - DAY, due - (state === 'review' ? DAY : 10 * 60_000));
	const stability = state === 'review' ? 1 + hash(card, 6) * 400 : hash(card, 6) * 3;
	return {
		...questionOf(card, options.questionsPerDocument),
		due,
		stability,
		difficulty: 1 + hash(card, 7) * 9,
		scheduledDays: state === 'review' ? Math.max(1, Math.round((due - lastReview) / DAY)) : 0,
		learningSteps: state === 'learning' ? Math.floor(hash(card, 8) * 2) : 0,
		reps: 1 + Math.floor(hash(card, 9) * 25),
		lapses: Math.floor(hash(card, 10) ** 3 * 6),
		state,
		lastReview,
		retired: isRetired(card) ? 1 : 0
	};
}

/** The card as it was just before an answer at `at`: the snapshot the log keeps for undo. */
function cardBefore(card: number, review: number, at: number, options: SeedOptions): CardRecord {
	const roll = hash(review, 11);
	let state: CardState = 'review';
	if (roll < 0.1) state = 'learning';
	else if (roll < 0.18) state = 'relearning';
	const scheduledDays = state === 'review' ? 1 + Math.floor(hash(review, 12) * 90) : 0;
	const record: CardRecord = {
		...questionOf(card, options.questionsPerDocument),
		due: at - Math.floor(hash(review, 13) * DAY),
		stability: state === 'review' ? scheduledDays * (0.8 + hash(review, 14) * 0.4) : 0.5,
		difficulty: 1 + hash(card, 7) * 9,
		scheduledDays,
		learningSteps: state === 'learning' ? 1 : 0,
		reps: 1 + Math.floor(hash(review, 15) * 20),
		lapses: Math.floor(hash(review, 16) ** 3 * 5),
		state,
		lastReview: at - scheduledDays * DAY - HOUR,
		retired: 0
	};
	return record;
}

/** The days with answers, oldest first: about one day in seven is skipped. */
function activeDays(options: SeedOptions): Date[] {
	const today = startOfDay(new Date(options.now));
	const days: Date[] = [];
	for (let back = options.historyDays; back >= 1; back--) {
		if (hash(back, 20) >= 0.15) days.push(addDays(today, -back));
	}
	return days;
}

function emptyDay(day: string): DayRecord {
	return {
		day,
		answered: 0,
		correct: 0,
		introduced: 0,
		byKind: {},
		recall: { answered: 0, correct: 0 }
	};
}

const CHUNK = 25_000;

/**
 * Fills empty tables with `documents x questionsPerDocument` cards and `reviews` log entries
 * whose first meetings introduce the cards in document order, spread over the active days
 * between 08:00 and 22:00, with the daily totals the app would have kept.
 */
export async function seedStudyDb(
	database: BenchDatabase,
	options: SeedOptions,
	progress: (message: string) => void
): Promise<SeedReport> {
	const started = performance.now();
	const cardCount = options.documents * options.questionsPerDocument;
	let retired = 0;
	let dueNow = 0;
	const active = new Map<string, number>();
	// One chunk stays in flight while the next is built and handed over, so the browser writes one
	// while the page serialises the other (about a quarter faster than waiting for each).
	let pending: Promise<unknown> = Promise.resolve();
	for (let from = 0; from < cardCount; from += CHUNK) {
		const chunk: CardRecord[] = [];
		for (let c = from; c < Math.min(cardCount, from + CHUNK); c++) {
			const card = cardToday(c, options);
			if (card.retired) retired++;
			else active.set(card.documentId, (active.get(card.documentId) ?? 0) + 1);
			if (!card.retired && card.due <= options.now) dueNow++;
			chunk.push(card);
		}
		await pending;
		pending = database.transaction('rw', [database.cards], () => database.cards.bulkAdd(chunk));
	}
	await pending;
	// The per-document counts the app keeps beside its cards.
	await database.documentCounts.bulkAdd(
		[...active].map(([documentId, count]) => ({ documentId, active: count }))
	);
	progress(`${cardCount.toLocaleString('en')} cards`);

	const days = activeDays(options);
	const totals = new Map<string, DayRecord>();
	const total = options.reviews;
	let firstMeetings = 0;
	for (let from = 0; from < total; from += CHUNK) {
		const chunk: ReviewRecord[] = [];
		for (let i = from; i < Math.min(total, from + CHUNK); i++) {
			// Review i falls on day k, at its place among that day's reviews.
			const k = Math.floor((i * days.length) / total);
			const firstOfDay = Math.ceil((k * total) / days.length);
			const perDay = Math.ceil(((k + 1) * total) / days.length) - firstOfDay;
			const at =
				days[k]!.getTime() + 8 * HOUR + Math.floor(((i - firstOfDay) / perDay) * 14 * HOUR);
			// Cards met so far before review i; the review is a first meeting when that grows.
			const met = Math.ceil((i * cardCount) / total);
			const first = Math.ceil(((i + 1) * cardCount) / total) > met;
			const card = first ? met : Math.floor(met * Math.sqrt(hash(i, 21)));
			const question = questionOf(card, options.questionsPerDocument);
			const roll = hash(i, 22);
			const rating = RATED.find((r) => roll < r.upTo)!.rating;
			const modeRoll = hash(i, 23);
			let mode: AnswerMode = 'choice';
			if (modeRoll >= 0.5) mode = modeRoll < 0.85 ? 'typed' : 'flip';
			const review: ReviewRecord = {
				cardId: question.id,
				documentId: question.documentId,
				kind: question.kind,
				rating,
				correct: rating !== 'again',
				answer: mode === 'flip' ? '' : ANSWERS[Math.floor(hash(i, 24) * ANSWERS.length)]!,
				mode,
				durationMs: 2000 + Math.floor(hash(i, 25) * 28_000),
				reviewedAt: at,
				// A few answers are practice, which the log keeps without moving the schedule.
				counted: first || hash(i, 26) >= 0.02,
				previous: first ? null : cardBefore(card, i, at, options)
			};
			if (first) firstMeetings++;
			chunk.push(review);
			tally(totals, review);
		}
		await pending;
		if (from && from % (4 * CHUNK) === 0) progress(`${from.toLocaleString('en')} reviews`);
		pending = database.transaction('rw', [database.reviews], () => database.reviews.bulkAdd(chunk));
	}
	await pending;
	progress(`${total.toLocaleString('en')} reviews`);
	await database.transaction('rw', [database.days], () =>
		database.days.bulkAdd([...totals.values()])
	);
	return {
		cards: cardCount,
		retired,
		dueNow,
		reviews: total,
		firstMeetings,
		days: totals.size,
		ms: performance.now() - started
	};
}

/** The same totals recordAnswer keeps for each day. */
function tally(totals: Map<string, DayRecord>, review: ReviewRecord) {
	const day = dayKey(new Date(review.reviewedAt));
	let record = totals.get(day);
	if (!record) totals.set(day, (record = emptyDay(day)));
	const right = review.correct ? 1 : 0;
	record.answered++;
	record.correct += right;
	const kind = (record.byKind[review.kind] ??= { answered: 0, correct: 0 });
	kind.answered++;
	kind.correct += right;
	if (review.counted && review.previous === null) record.introduced++;
	if (review.counted && review.previous?.state === 'review') {
		record.recall.answered++;
		record.recall.correct += right;
	}
}
