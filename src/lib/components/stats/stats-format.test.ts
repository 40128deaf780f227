import { expect, test } from 'vitest';
import {
	formatDay,
	formatPercent,
	formatShortDay,
	monthName,
	parseDay,
	ratioOf,
	shiftDay
} from './stats-format.ts';

test('day keys parse to noon on that local day', () => {
	const date = parseDay('2022-12-29');
	expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
		2022, 11, 29, 12
	]);
});

test('days shift across month, year and leap-year ends', () => {
	expect(shiftDay('2022-12-31', 1)).toBe('2023-01-01');
	expect(shiftDay('2023-01-01', -1)).toBe('2022-12-31');
	expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
	expect(shiftDay('2023-02-28', 1)).toBe('2023-03-01');
	expect(shiftDay('2022-12-29', 0)).toBe('2022-12-29');
});

test('three hundred days of stepping crosses daylight-saving changes without skipping a day', () => {
	const keys = new Set<string>();
	let key = '2023-02-01';
	for (let i = 0; i < 300; i++) {
		keys.add(key);
		key = shiftDay(key, 1);
	}
	expect(keys.size).toBe(300);
	expect(key).toBe(shiftDay('2023-02-01', 300));
});

test('dates read the same on every machine', () => {
	expect(formatShortDay('2022-12-05')).toBe('5 Dec');
	expect(formatDay('2022-12-05')).toBe('Mon 5 Dec 2022');
	expect(formatDay('2023-01-01')).toBe('Sun 1 Jan 2023');
	expect(monthName(0)).toBe('Jan');
	expect(monthName(12)).toBe('Jan');
	expect(monthName(-1)).toBe('Dec');
});

test('percentages round and nothing measured is a dash, not zero', () => {
	expect(formatPercent(0.874)).toBe('87%');
	expect(formatPercent(1)).toBe('100%');
	expect(formatPercent(0)).toBe('0%');
	expect(formatPercent(null)).toBe('–');
	expect(ratioOf(0, 0)).toBeNull();
	expect(ratioOf(3, 4)).toBe(0.75);
});
