import { expect, test } from 'vitest';
import { buildForecast, countScale, niceStep } from './due-forecast.ts';
import { shiftDay } from './stats-format.ts';

/** Thirty days from Thursday 29 December 2022, with the given counts (the rest zero). */
function daysFrom(counts: Record<number, number>, length = 30) {
	return Array.from({ length }, (_, i) => ({
		day: shiftDay('2022-12-29', i),
		due: counts[i] ?? 0
	}));
}

test('steps are round numbers', () => {
	expect(niceStep(0)).toBe(1);
	expect(niceStep(0.4)).toBe(1);
	expect(niceStep(1)).toBe(1);
	expect(niceStep(1.2)).toBe(2);
	expect(niceStep(3)).toBe(5);
	expect(niceStep(9.25)).toBe(10);
	expect(niceStep(12.3)).toBe(20);
	expect(niceStep(33.4)).toBe(50);
	expect(niceStep(51)).toBe(100);
});

test('the value axis has whole cards and about three steps', () => {
	expect(countScale(0)).toEqual({ scaleMax: 1, ticks: [0, 1] });
	expect(countScale(1)).toEqual({ scaleMax: 1, ticks: [0, 1] });
	expect(countScale(3)).toEqual({ scaleMax: 3, ticks: [0, 1, 2, 3] });
	expect(countScale(37)).toEqual({ scaleMax: 40, ticks: [0, 20, 40] });
	expect(countScale(100)).toEqual({ scaleMax: 100, ticks: [0, 50, 100] });
	expect(countScale(120)).toEqual({ scaleMax: 150, ticks: [0, 50, 100, 150] });
});

test('nothing due: thirty empty bars and no busiest day', () => {
	const forecast = buildForecast(daysFrom({}));
	expect(forecast.bars).toHaveLength(30);
	expect(forecast.total).toBe(0);
	expect(forecast.max).toBe(0);
	expect(forecast.busiest).toBeNull();
	expect(forecast.scaleMax).toBe(1);
});

test('bars keep their days, the total adds up and the busiest day is the first of the most', () => {
	const forecast = buildForecast(daysFrom({ 0: 12, 2: 7, 3: 30, 10: 30, 29: 1 }));
	expect(forecast.total).toBe(80);
	expect(forecast.max).toBe(30);
	expect(forecast.scaleMax).toBe(30);
	expect(forecast.ticks).toEqual([0, 10, 20, 30]);
	expect(forecast.busiest).toMatchObject({ day: '2023-01-01', offset: 3, due: 30 });
	expect(forecast.bars[0]?.label).toBe('Today: 12 due');
	expect(forecast.bars[3]?.label).toBe('Sun 1 Jan 2023: 30 due');
	expect(forecast.bars.at(-1)).toMatchObject({ day: '2023-01-27', offset: 29, due: 1 });
});

test('the day axis reads today, then every week', () => {
	expect(buildForecast(daysFrom({})).axis).toEqual([
		{ offset: 0, label: 'Today' },
		{ offset: 7, label: '+7' },
		{ offset: 14, label: '+14' },
		{ offset: 21, label: '+21' },
		{ offset: 28, label: '+28' }
	]);
	expect(buildForecast(daysFrom({ 0: 2 }, 1)).axis).toEqual([{ offset: 0, label: 'Today' }]);
});

test('no days at all is an empty forecast, not an error', () => {
	const forecast = buildForecast([]);
	expect(forecast.bars).toEqual([]);
	expect(forecast.axis).toEqual([]);
	expect(forecast.total).toBe(0);
});
