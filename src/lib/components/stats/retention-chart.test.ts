import { expect, test } from 'vitest';
import { buildRetention, FEW_ANSWERS, retentionAxis } from './retention-chart.ts';
import { dayOf } from './test-days.ts';

// A Thursday: the current week began on Monday 26 December.
const now = new Date(2022, 11, 29, 12, 30, 0, 0);

test('twelve calendar weeks end with this one, cut short at today', () => {
	const retention = buildRetention([], now);
	expect(retention.weeks).toHaveLength(12);
	expect(retention.weeks[0]).toMatchObject({ start: '2022-10-10', end: '2022-10-16' });
	expect(retention.weeks.at(-1)).toMatchObject({ start: '2022-12-26', end: '2022-12-29' });
	expect(retention.axis).toEqual([
		{ index: 3, label: '31 Oct' },
		{ index: 7, label: '28 Nov' },
		{ index: 11, label: '26 Dec' }
	]);
});

test('no answers: nothing measured, no line, the target still drawn', () => {
	const retention = buildRetention([], now);
	expect(retention.ratio).toBeNull();
	expect(retention.runs).toEqual([]);
	expect(retention.target).toBe(0.9);
	expect(retention.floor).toBe(0.8);
	expect(retention.weeks.every((w) => w.ratio === null)).toBe(true);
	expect(retention.weeks[0]?.label).toBe('Week of 10 Oct: no review answers');
});

test('only answers to cards in review count, summed by week', () => {
	const days = [
		dayOf('2022-12-26', { date: [30, 10] }, [12, 10]),
		dayOf('2022-12-28', { term: [8, 8] }, [8, 8]),
		dayOf('2022-12-19', { date: [5, 1] })
	];
	const retention = buildRetention(days, now);
	const last = retention.weeks.at(-1);
	expect(last).toMatchObject({ answered: 20, correct: 18, ratio: 0.9, few: false });
	expect(last?.label).toBe('Week of 26 Dec: 90%, 18 of 20 right');
	expect(retention.weeks.at(-2)?.ratio).toBeNull();
	expect(retention).toMatchObject({ answered: 20, correct: 18, ratio: 0.9 });
});

test('one day of answers is one point, marked as few', () => {
	const retention = buildRetention([dayOf('2022-12-29', { actor: [3, 2] }, [3, 2])], now);
	expect(retention.runs).toEqual([[11]]);
	expect(retention.weeks[11]?.few).toBe(true);
	expect(FEW_ANSWERS).toBe(10);
});

test('the line breaks over weeks without review answers', () => {
	const days = [
		dayOf('2022-10-10', {}, [10, 9]),
		dayOf('2022-10-17', {}, [10, 8]),
		dayOf('2022-11-07', {}, [10, 10]),
		dayOf('2022-12-29', {}, [10, 7])
	];
	expect(buildRetention(days, now).runs).toEqual([[0, 1], [4], [11]]);
});

test('weeks run across the new year, and days before them or after today are left out', () => {
	const retention = buildRetention(
		[
			dayOf('2022-12-31', {}, [4, 4]),
			dayOf('2023-01-01', {}, [4, 0]),
			dayOf('2023-01-02', {}, [2, 2]),
			dayOf('2023-01-05', {}, [50, 0]),
			dayOf('2022-10-16', {}, [50, 0])
		],
		new Date(2023, 0, 4, 9),
		3
	);
	expect(retention.weeks.map((w) => w.start)).toEqual(['2022-12-19', '2022-12-26', '2023-01-02']);
	expect(retention.weeks.map((w) => w.answered)).toEqual([0, 8, 2]);
	expect(retention.weeks[1]?.ratio).toBe(0.5);
	expect(retention.answered).toBe(10);
});

test('the value axis comes in as close as the lowest week and the target allow', () => {
	expect(retentionAxis(0.95)).toEqual({ floor: 0.8, ticks: [0.8, 0.9, 1] });
	expect(retentionAxis(0.8)).toEqual({ floor: 0.8, ticks: [0.8, 0.9, 1] });
	expect(retentionAxis(0.79)).toEqual({ floor: 0.6, ticks: [0.6, 0.8, 1] });
	expect(retentionAxis(0.45)).toEqual({ floor: 0.4, ticks: [0.4, 0.7, 1] });
	expect(retentionAxis(0)).toEqual({ floor: 0, ticks: [0, 0.5, 1] });
	const low = buildRetention([dayOf('2022-12-27', {}, [10, 5])], now);
	expect(low.floor).toBe(0.4);
	const aimLow = buildRetention([], now, 12, 0.7);
	expect(aimLow.floor).toBe(0.6);
});
