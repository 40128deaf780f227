import { expect, test } from 'vitest';
import { buildHeatmap, levelOf, weekStart, weeksForWidth } from './review-heatmap.ts';
import { dayOf } from './test-days.ts';

// A Thursday.
const now = new Date(2022, 11, 29, 12, 30, 0, 0);

test('weeks start on Monday', () => {
	expect(weekStart('2022-12-29')).toBe('2022-12-26');
	expect(weekStart('2022-12-26')).toBe('2022-12-26');
	expect(weekStart('2023-01-01')).toBe('2022-12-26');
	expect(weekStart('2023-01-02')).toBe('2023-01-02');
});

test('no data: every day in view is empty and unshaded', () => {
	const map = buildHeatmap([], now, 26);
	expect(map.weeks).toHaveLength(26);
	expect(map.total).toBe(0);
	expect(map.max).toBe(0);
	expect(map.active).toEqual([]);
	expect(map.busiest).toBeNull();
	expect(map.weeks.flatMap((w) => w.cells).every((c) => c.level === 0)).toBe(true);
	expect(map.weeks[0]?.cells[0]?.label).toBe('Mon 4 Jul 2022: no answers');
});

test('columns run from the Monday 25 weeks back to today, leaving out the rest of this week', () => {
	const map = buildHeatmap([], now, 26);
	expect(map.from).toBe('2022-07-04');
	expect(map.to).toBe('2022-12-29');
	expect(map.weeks.at(-1)?.start).toBe('2022-12-26');
	expect(map.weeks.at(-1)?.cells.map((c) => c.day)).toEqual([
		'2022-12-26',
		'2022-12-27',
		'2022-12-28',
		'2022-12-29'
	]);
	expect(map.weeks.slice(0, -1).every((w) => w.cells.length === 7)).toBe(true);
	expect(map.weeks.at(-1)?.cells.map((c) => c.row)).toEqual([0, 1, 2, 3]);
});

test('one day of answers is the darkest shade and the only row of the table', () => {
	const map = buildHeatmap([dayOf('2022-12-27', { date: [3, 2] })], now, 26);
	expect(map.total).toBe(3);
	expect(map.max).toBe(3);
	expect(map.active).toHaveLength(1);
	expect(map.active[0]).toMatchObject({ day: '2022-12-27', row: 1, level: 4, correct: 2 });
	expect(map.active[0]?.label).toBe('Tue 27 Dec 2022: 3 answers, 2 right');
});

test('the busiest day is the first of the most answered', () => {
	const map = buildHeatmap(
		[
			dayOf('2022-12-05', { date: [2, 2] }),
			dayOf('2022-12-12', { date: [8, 2] }),
			dayOf('2022-12-19', { actor: [8, 8] })
		],
		now,
		26
	);
	expect(map.busiest?.day).toBe('2022-12-12');
	expect(map.active.map((c) => c.level)).toEqual([1, 4, 4]);
});

test('days outside the view are ignored', () => {
	const map = buildHeatmap(
		[dayOf('2021-01-01', { term: [50, 50] }), dayOf('2022-12-30', { term: [9, 9] })],
		now,
		26
	);
	expect(map.total).toBe(0);
	expect(map.active).toEqual([]);
});

test('shades step evenly up to the busiest day', () => {
	expect(levelOf(0, 20)).toBe(0);
	expect(levelOf(1, 20)).toBe(1);
	expect(levelOf(5, 20)).toBe(1);
	expect(levelOf(6, 20)).toBe(2);
	expect(levelOf(15, 20)).toBe(3);
	expect(levelOf(16, 20)).toBe(4);
	expect(levelOf(20, 20)).toBe(4);
	expect(levelOf(3, 0)).toBe(0);
});

test('a year across the new year labels each month once, where it begins', () => {
	const map = buildHeatmap([dayOf('2022-01-03', { place: [4, 1] })], new Date(2023, 0, 4, 9), 53);
	expect(map.weeks).toHaveLength(53);
	expect(map.from).toBe('2022-01-03');
	expect(map.months.map((m) => m.label)).toEqual([
		'Jan',
		'Feb',
		'Mar',
		'Apr',
		'May',
		'Jun',
		'Jul',
		'Aug',
		'Sep',
		'Oct',
		'Nov',
		'Dec',
		'Jan'
	]);
	expect(map.months[0]).toEqual({ column: 0, label: 'Jan' });
	// 1 February 2022 is a Tuesday, in the week of 31 January: the fifth column.
	expect(map.months[1]).toEqual({ column: 4, label: 'Feb' });
	// 1 January 2023 is a Sunday, the last day of the week before this one.
	expect(map.months.at(-1)).toEqual({ column: 51, label: 'Jan' });
	expect(map.total).toBe(4);
});

test('the first column is named only when the next month name is not crowding it', () => {
	// From Monday 4 July 2022: August starts four columns later.
	expect(buildHeatmap([], now, 26).months.slice(0, 2)).toEqual([
		{ column: 0, label: 'Jul' },
		{ column: 4, label: 'Aug' }
	]);
	// From Monday 25 July 2022 (now 16 Jan 2023): August starts in column 1.
	const later = buildHeatmap([], new Date(2023, 0, 16, 8), 26);
	expect(later.from).toBe('2022-07-25');
	expect(later.months[0]).toEqual({ column: 1, label: 'Aug' });
});

test('the number of weeks follows the width: half a year on a phone, a year on a desktop', () => {
	expect(weeksForWidth(0)).toBe(26);
	expect(weeksForWidth(256)).toBe(26);
	expect(weeksForWidth(358)).toBe(27);
	expect(weeksForWidth(700)).toBe(53);
	expect(weeksForWidth(2000)).toBe(53);
	expect(weeksForWidth(Number.NaN)).toBe(26);
});

test('a week count below one still shows this week', () => {
	const map = buildHeatmap([], now, 0);
	expect(map.weeks).toHaveLength(1);
	expect(map.from).toBe('2022-12-26');
});
