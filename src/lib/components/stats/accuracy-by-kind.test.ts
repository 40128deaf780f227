import { expect, test } from 'vitest';
import { buildAccuracy, periodStart } from './accuracy-by-kind.ts';
import { dayOf } from './test-days.ts';

const now = new Date(2022, 11, 29, 12, 30, 0, 0);

test('the recent period is the last 30 days with today; all time has no start', () => {
	expect(periodStart('recent', now)).toBe('2022-11-30');
	expect(periodStart('all', now)).toBe('');
	expect(periodStart('recent', new Date(2023, 0, 10, 8))).toBe('2022-12-12');
});

test('no answers: every kind is listed with nothing measured', () => {
	const accuracy = buildAccuracy([], '', '2022-12-29');
	expect(accuracy.rows.map((r) => r.kind)).toEqual([
		'date',
		'actor',
		'cause',
		'number',
		'place',
		'term'
	]);
	expect(accuracy.rows.map((r) => r.name)).toEqual([
		'Dates',
		'Actors',
		'Causes',
		'Numbers',
		'Places',
		'Terms'
	]);
	expect(accuracy.rows.every((r) => r.answered === 0 && r.ratio === null)).toBe(true);
	expect(accuracy.ratio).toBeNull();
});

test('kinds add up across days', () => {
	const days = [
		dayOf('2022-12-01', { date: [4, 3], place: [2, 2] }),
		dayOf('2022-12-28', { date: [6, 3], term: [5, 0] })
	];
	const accuracy = buildAccuracy(days, '', '2022-12-29');
	const date = accuracy.rows.find((r) => r.kind === 'date');
	expect(date).toMatchObject({ answered: 10, correct: 6, ratio: 0.6 });
	expect(accuracy.rows.find((r) => r.kind === 'place')?.ratio).toBe(1);
	expect(accuracy.rows.find((r) => r.kind === 'term')?.ratio).toBe(0);
	expect(accuracy.rows.find((r) => r.kind === 'actor')?.ratio).toBeNull();
	expect(accuracy).toMatchObject({ answered: 17, correct: 8 });
	expect(accuracy.ratio).toBeCloseTo(8 / 17);
});

test('the period bounds are inclusive and days outside them are left out', () => {
	const days = [
		dayOf('2022-11-29', { cause: [9, 9] }),
		dayOf('2022-11-30', { cause: [1, 0] }),
		dayOf('2022-12-29', { cause: [1, 1] }),
		dayOf('2022-12-30', { cause: [7, 7] })
	];
	const recent = buildAccuracy(days, periodStart('recent', now), '2022-12-29');
	expect(recent.rows.find((r) => r.kind === 'cause')).toMatchObject({ answered: 2, correct: 1 });
	const all = buildAccuracy(days, periodStart('all', now), '2022-12-29');
	expect(all.answered).toBe(11);
});

test('a period across the new year', () => {
	const days = [dayOf('2022-12-20', { number: [3, 1] }), dayOf('2023-01-02', { number: [1, 1] })];
	const accuracy = buildAccuracy(
		days,
		periodStart('recent', new Date(2023, 0, 10, 8)),
		'2023-01-10'
	);
	expect(accuracy.rows.find((r) => r.kind === 'number')).toMatchObject({ answered: 4, correct: 2 });
});

test('a kind this version does not know is left out rather than miscounted', () => {
	const record = dayOf('2022-12-29', { actor: [2, 1] });
	const byKind = { ...record.byKind, riddle: { answered: 5, correct: 5 } };
	const accuracy = buildAccuracy([{ ...record, byKind }], '', '2022-12-29');
	expect(accuracy.answered).toBe(2);
	expect(accuracy.rows).toHaveLength(6);
});
