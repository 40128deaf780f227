import { expect, test } from 'vitest';
import {
	formatInterval,
	newCardRecord,
	previewRatings,
	rateCard,
	suggestRating
} from './schedule.ts';

const NOW = new Date(2022, 11, 29, 12, 30, 0, 0);
const QUESTION = { id: 'q1', documentId: 'doc', kind: 'date' as const };
const DAY = 86_400_000;

test('a new card is due at once, with no memory yet', () => {
	const card = newCardRecord(QUESTION, NOW);
	expect(card).toMatchObject({ id: 'q1', documentId: 'doc', state: 'new', reps: 0, retired: 0 });
	expect(card.due).toBe(NOW.getTime());
});

test('the rating buttons preview later dates for better ratings', () => {
	const preview = previewRatings(newCardRecord(QUESTION, NOW), NOW);
	expect(preview.again).toBeLessThan(preview.hard);
	expect(preview.hard).toBeLessThan(preview.good);
	expect(preview.good).toBeLessThan(preview.easy);
	expect(preview.easy - NOW.getTime()).toBeGreaterThanOrEqual(DAY);
});

test('rating a card applies the preview exactly', () => {
	const card = newCardRecord(QUESTION, NOW);
	const preview = previewRatings(card, NOW);
	for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
		const next = rateCard(card, rating, NOW);
		expect(next.due).toBe(preview[rating]);
		expect(next.reps).toBe(1);
		expect(next.lastReview).toBe(NOW.getTime());
		expect(next.id).toBe('q1');
	}
});

test('scheduling is deterministic for fixed dates', () => {
	let a = newCardRecord(QUESTION, NOW);
	let b = newCardRecord(QUESTION, NOW);
	let when = NOW;
	for (const rating of ['good', 'good', 'again', 'good', 'easy'] as const) {
		a = rateCard(a, rating, when);
		b = rateCard(b, rating, when);
		when = new Date(a.due);
	}
	expect(a).toEqual(b);
	expect(a.lapses).toBe(1);
	expect(a.state).toBe('review');
});

test('a lapse sends a review card back to relearning', () => {
	let card = rateCard(newCardRecord(QUESTION, NOW), 'easy', NOW);
	expect(card.state).toBe('review');
	card = rateCard(card, 'again', new Date(card.due));
	expect(card.state).toBe('relearning');
	expect(card.lapses).toBe(1);
});

test('a higher desired retention schedules sooner', () => {
	const card = rateCard(newCardRecord(QUESTION, NOW), 'easy', NOW);
	const later = new Date(card.due);
	expect(previewRatings(card, later, 0.97).good).toBeLessThan(
		previewRatings(card, later, 0.8).good
	);
});

test.each([
	[{ correct: false, durationMs: 2000 }, 'again'],
	[{ correct: false, slip: true, durationMs: 2000 }, 'again'],
	[{ correct: true, slip: true, durationMs: 2000 }, 'hard'],
	[{ correct: true, durationMs: 60_000 }, 'hard'],
	[{ correct: true, durationMs: 15_000 }, 'good'],
	[{ correct: true, durationMs: 3000 }, 'easy']
] as const)('suggests a rating for %o', (answer, rating) => {
	expect(suggestRating(answer)).toBe(rating);
});

test.each([
	[30_000, '<1m'],
	[10 * 60_000, '10m'],
	[3 * 3_600_000, '3h'],
	[4 * DAY, '4d'],
	[75 * DAY, '2.5mo'],
	[438 * DAY, '1.2y']
])('formats %i ms as %s', (ms, label) => {
	expect(formatInterval(ms)).toBe(label);
});
