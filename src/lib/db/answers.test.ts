import { expect, test } from 'vitest';
import { useFreshDatabase } from './test-database.ts';
import {
	findAnswer,
	getCard,
	getDays,
	getLastAnswer,
	recordAnswer,
	StudyDB,
	undoLastAnswer,
	useDatabase
} from './index.ts';
import type { AnswerInput } from './answers.ts';

const NOW = new Date(2022, 11, 29, 12, 30);
const QUESTION = { id: 'q-1', documentId: 'doc-a', kind: 'date' as const };
let database: StudyDB;

useFreshDatabase('answers', (db) => (database = db));

function answer(overrides: Partial<AnswerInput> = {}): AnswerInput {
	return {
		question: QUESTION,
		rating: 'good',
		correct: true,
		answer: '2003',
		mode: 'typed',
		durationMs: 4200,
		now: NOW,
		...overrides
	};
}

test('a first answer creates the card and logs the review', async () => {
	const { card, reviewId } = await recordAnswer(answer());
	expect(card).toMatchObject({ id: 'q-1', documentId: 'doc-a', reps: 1, state: 'learning' });
	expect(await getCard('q-1')).toEqual(card);
	const logged = await database.reviews.get(reviewId);
	expect(logged).toMatchObject({
		cardId: 'q-1',
		rating: 'good',
		correct: true,
		answer: '2003',
		previous: null
	});
	expect(await getDays('2022-12-29', '2022-12-29')).toEqual([
		expect.objectContaining({
			answered: 1,
			correct: 1,
			introduced: 1,
			byKind: { date: { answered: 1, correct: 1 } }
		})
	]);
});

test('the log is append-only: each answer adds an entry and keeps the earlier ones', async () => {
	await recordAnswer(answer());
	const later = new Date(NOW.getTime() + 3_600_000);
	await recordAnswer(answer({ now: later, rating: 'again', correct: false, answer: '2004' }));
	const log = await database.reviews.orderBy(':id').toArray();
	expect(log.map((r) => r.answer)).toEqual(['2003', '2004']);
	expect(log[1]!.previous).toMatchObject({ reps: 1 });
	expect((await getCard('q-1'))!.reps).toBe(2);
});

test('undo restores the card and removes the entry', async () => {
	await recordAnswer(answer());
	const before = await getCard('q-1');
	await recordAnswer(
		answer({ rating: 'again', correct: false, now: new Date(NOW.getTime() + 60_000) })
	);
	const undone = await undoLastAnswer();
	expect(undone).toMatchObject({ rating: 'again' });
	expect(await getCard('q-1')).toEqual(before);
	expect(await database.reviews.count()).toBe(1);
	expect((await getDays('2022-12-29', '2022-12-29'))[0]).toMatchObject({ answered: 1, correct: 1 });
});

test('undoing a first answer forgets the card and the day count', async () => {
	await recordAnswer(answer());
	await undoLastAnswer();
	expect(await getCard('q-1')).toBeUndefined();
	expect(await getLastAnswer()).toBeUndefined();
	expect((await getDays('2022-12-29', '2022-12-29'))[0]).toMatchObject({
		answered: 0,
		introduced: 0
	});
	expect(await undoLastAnswer()).toBeUndefined();
});

test('practice that does not count leaves the schedule alone but is logged', async () => {
	const { card } = await recordAnswer(answer({ counted: false }));
	expect(card).toBeNull();
	expect(await getCard('q-1')).toBeUndefined();
	expect(await database.reviews.count()).toBe(1);
	await undoLastAnswer();
	expect(await database.reviews.count()).toBe(0);
});

test('a failed write leaves nothing half-done', async () => {
	await recordAnswer(answer());
	const cardBefore = await getCard('q-1');
	// An answer whose card cannot be stored (a non-cloneable value) must not reach the log either.
	await expect(
		recordAnswer(
			answer({
				question: { ...QUESTION, kind: (() => 'date') as never },
				now: new Date(NOW.getTime() + 1000)
			})
		)
	).rejects.toThrow();
	expect(await database.reviews.count()).toBe(1);
	expect(await getCard('q-1')).toEqual(cardBefore);
});

test('answers to review cards count toward measured retention', async () => {
	const { card } = await recordAnswer(answer({ rating: 'easy' }));
	expect(card!.state).toBe('review');
	await recordAnswer(answer({ now: new Date(card!.due), rating: 'again', correct: false }));
	const day = (await database.days.toArray()).find((d) => d.recall.answered > 0);
	expect(day?.recall).toEqual({ answered: 1, correct: 0 });
});

test('two tabs answering the same card at once: both are logged, each on top of the other', async () => {
	// A second connection to the same database is what a second tab has.
	const otherTab = new StudyDB(database.name);
	await otherTab.open();
	try {
		const inThisTab = recordAnswer(answer());
		useDatabase(otherTab);
		const inOtherTab = recordAnswer(
			answer({ rating: 'again', correct: false, now: new Date(NOW.getTime() + 5000) })
		);
		useDatabase(database);
		await Promise.all([inThisTab, inOtherTab]);
	} finally {
		otherTab.close();
	}
	const log = await database.reviews.orderBy(':id').toArray();
	expect(log).toHaveLength(2);
	// Whichever committed second read the card as the first left it: no update was lost.
	expect(log[0]!.previous).toBeNull();
	expect(log[1]!.previous).toMatchObject({ reps: 1, lastReview: log[0]!.reviewedAt });
	expect(await getCard('q-1')).toMatchObject({ reps: 2, lastReview: log[1]!.reviewedAt });
	expect((await getDays('2022-12-29', '2022-12-29'))[0]).toMatchObject({
		answered: 2,
		introduced: 1
	});
});

test('undo of a given answer is refused once another answer came after it', async () => {
	const { reviewId: mine } = await recordAnswer(answer());
	// Another tab answers meanwhile.
	await recordAnswer(answer({ rating: 'again', now: new Date(NOW.getTime() + 60_000) }));
	expect(await undoLastAnswer(mine)).toBeUndefined();
	expect(await database.reviews.count()).toBe(2);
	expect((await getCard('q-1'))!.reps).toBe(2);
});

test('an answer can be found by its card and time, for a reload that lost track of it', async () => {
	const { reviewId } = await recordAnswer(answer());
	expect(await findAnswer('q-1', NOW.getTime())).toBe(reviewId);
	expect(await findAnswer('q-1', NOW.getTime() + 1)).toBeUndefined();
	expect(await findAnswer('q-2', NOW.getTime())).toBeUndefined();
});
