import { expect, test } from 'vitest';
import { buildSummary } from './stats-summary.ts';
import { dayOf } from './test-days.ts';

const now = new Date(2022, 11, 29, 12, 30, 0, 0);

test('no days at all is the empty state', () => {
	const summary = buildSummary([], now, 0);
	expect(summary.empty).toBe(true);
	expect(summary.recent).toBe(0);
	expect(summary.retention).toBeNull();
	expect(summary.parts).toEqual([
		{ figure: '', words: 'No streak yet' },
		{ figure: '0 answers', words: 'in the last 30 days' },
		{ figure: '', words: 'Measured retention: not yet (aim 90%)' }
	]);
});

test('a day record with no answers left (all undone) is still empty', () => {
	expect(buildSummary([dayOf('2022-12-29', {})], now, 0).empty).toBe(true);
});

test('streak, recent answers and retention against the aim', () => {
	const days = [
		dayOf('2022-10-01', { date: [40, 40] }, [40, 40]),
		dayOf('2022-12-28', { date: [10, 8] }, [5, 4]),
		dayOf('2022-12-29', { term: [1, 1] }, [1, 1])
	];
	const summary = buildSummary(days, now, 2);
	expect(summary.empty).toBe(false);
	expect(summary.recent).toBe(11);
	expect(summary.retention).toBeCloseTo(5 / 6);
	expect(summary.parts).toEqual([
		{ figure: '2 days', words: 'in a row' },
		{ figure: '11 answers', words: 'in the last 30 days' },
		{ figure: '83%', words: 'measured retention (aim 90%)' }
	]);
	expect(buildSummary(days, now, 1).parts[0]?.figure).toBe('1 day');
});

test('answers long ago are not empty, though nothing is recent', () => {
	const summary = buildSummary([dayOf('2021-03-01', { place: [3, 3] })], now, 0);
	expect(summary.empty).toBe(false);
	expect(summary.recent).toBe(0);
});
