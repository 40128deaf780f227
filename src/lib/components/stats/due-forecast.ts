// The due forecast: how many cards come back on each of the next days, as bars.
import { formatDay } from './stats-format.ts';

export interface ForecastBar {
	day: string;
	/** Days from today: 0 is today. */
	offset: number;
	due: number;
	/** 'Today: 12 due', 'Fri 30 Dec 2022: 3 due' */
	label: string;
}

export interface Forecast {
	bars: ForecastBar[];
	total: number;
	max: number;
	/** The top of the value axis: a round number at or above `max`. */
	scaleMax: number;
	/** Gridlines from 0 to `scaleMax`, evenly spaced at round numbers. */
	ticks: number[];
	/** Labels under the bars: 'Today', '+7', '+14', … */
	axis: { offset: number; label: string }[];
	/** The day with the most cards due, the first such day on a tie; null when nothing is due. */
	busiest: ForecastBar | null;
}

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least `value`. */
export function niceStep(value: number): number {
	if (!(value > 1)) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= value - 1e-9);
	return step ?? 10 * power;
}

/** A value axis for counts up to `max`: about three round steps, never fractions of a card. */
export function countScale(max: number): { scaleMax: number; ticks: number[] } {
	const step = niceStep(max / 3);
	const scaleMax = Math.max(step, Math.ceil(max / step) * step);
	const ticks = Array.from({ length: scaleMax / step + 1 }, (_, i) => i * step);
	return { scaleMax, ticks };
}

/** Turns getDueForecast's days (today first) into bars, a scale and axis labels. */
export function buildForecast(days: readonly { day: string; due: number }[]): Forecast {
	const bars = days.map(({ day, due }, offset) => ({
		day,
		offset,
		due,
		label: `${offset === 0 ? 'Today' : formatDay(day)}: ${due} due`
	}));
	const max = bars.reduce((m, b) => Math.max(m, b.due), 0);
	const total = bars.reduce((sum, b) => sum + b.due, 0);
	const busiest = max > 0 ? (bars.find((b) => b.due === max) ?? null) : null;
	const axis = bars
		.filter((b) => b.offset % 7 === 0)
		.map((b) => ({ offset: b.offset, label: b.offset === 0 ? 'Today' : `+${b.offset}` }));
	return { bars, total, max, ...countScale(max), axis, busiest };
}
