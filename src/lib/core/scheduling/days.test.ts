import { expect, test } from 'vitest';
import { addDays, dayKey, startOfDay } from './days.ts';

test('day keys are local calendar days', () => {
	expect(dayKey(new Date(2022, 0, 5, 23, 59))).toBe('2022-01-05');
	expect(dayKey(new Date(2022, 11, 31, 0, 0))).toBe('2022-12-31');
});

test('days add across month and year ends', () => {
	expect(dayKey(addDays(new Date(2022, 11, 31, 12), 1))).toBe('2023-01-01');
	expect(dayKey(addDays(new Date(2023, 2, 1, 12), -1))).toBe('2023-02-28');
	expect(startOfDay(new Date(2022, 5, 1, 15, 30)).getHours()).toBe(0);
});
