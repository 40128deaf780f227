// The review calendar: weeks as columns (Monday on top), one cell per day, shaded by answers.
import { dayKey } from '$core/scheduling/days.ts';
import type { DayRecord } from '$lib/db';
import { formatDay, monthName, parseDay, shiftDay } from './stats-format.ts';

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
	day: string;
	/** 0 is Monday, 6 is Sunday. */
	row: number;
	answered: number;
	correct: number;
	level: HeatLevel;
	/** What the cell says to anyone who points at it: 'Mon 5 Dec 2022: 12 answers, 10 right'. */
	label: string;
}

export interface HeatmapWeek {
	/** The Monday the column starts on. */
	start: string;
	/** The week's days up to today; the current week's future days are left out. */
	cells: HeatmapCell[];
}

export interface Heatmap {
	weeks: HeatmapWeek[];
	/** A month's name over the column in which it begins. */
	months: { column: number; label: string }[];
	/** The most answers on one day in view: the darkest shade. */
	max: number;
	total: number;
	/** The day in view with the most answers, the first such day on a tie; null with none. */
	busiest: HeatmapCell | null;
	/** Days in view with at least one answer, oldest first: the rows of the data table. */
	active: HeatmapCell[];
	from: string;
	to: string;
}

/** The Monday on or before a day. */
export function weekStart(day: string): string {
	const weekday = parseDay(day).getDay();
	return shiftDay(day, -((weekday + 6) % 7));
}

/** How dark a day is: 0 for none, then four even steps up to the busiest day in view. */
export function levelOf(answered: number, max: number): HeatLevel {
	if (answered <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((answered / max) * 4))) as HeatLevel;
}

/**
 * How many weeks fit a width in CSS pixels: about half a year on a phone, a year on a desktop,
 * with cells that stay large enough to tell apart.
 */
export function weeksForWidth(width: number): number {
	if (!(width > 0)) return 26;
	return Math.max(26, Math.min(53, Math.floor((width - 32) / 12)));
}

function label(day: string, answered: number, correct: number): string {
	if (answered === 0) return `${formatDay(day)}: no answers`;
	return `${formatDay(day)}: ${answered} ${answered === 1 ? 'answer' : 'answers'}, ${correct} right`;
}

/** Lays out the last `weeks` weeks up to the day of `now`. */
export function buildHeatmap(days: readonly DayRecord[], now: Date, weeks: number): Heatmap {
	const to = dayKey(now);
	const first = shiftDay(weekStart(to), -7 * (Math.max(1, weeks) - 1));
	const byDay = new Map(days.map((d) => [d.day, d]));

	const columns: { start: string; days: string[] }[] = [];
	let max = 0;
	let total = 0;
	for (let w = 0; w < Math.max(1, weeks); w++) {
		const start = shiftDay(first, 7 * w);
		const keys: string[] = [];
		for (let r = 0; r < 7; r++) {
			const day = shiftDay(start, r);
			// Keys compare as dates: 'YYYY-MM-DD' sorts in calendar order.
			if (day > to) break;
			keys.push(day);
			const answered = byDay.get(day)?.answered ?? 0;
			max = Math.max(max, answered);
			total += answered;
		}
		columns.push({ start, days: keys });
	}

	const active: HeatmapCell[] = [];
	const built = columns.map(({ start, days: keys }) => ({
		start,
		cells: keys.map((day, row) => {
			const record = byDay.get(day);
			const answered = record?.answered ?? 0;
			const correct = record?.correct ?? 0;
			const cell: HeatmapCell = {
				day,
				row,
				answered,
				correct,
				level: levelOf(answered, max),
				label: label(day, answered, correct)
			};
			if (answered > 0) active.push(cell);
			return cell;
		})
	}));

	return {
		weeks: built,
		months: monthLabels(built),
		max,
		total,
		busiest: active.find((cell) => cell.answered === max) ?? null,
		active,
		from: first,
		to
	};
}

/**
 * Month names over the columns where a month begins. The first column names its own month too,
 * unless the next label would crowd it (less than three columns away).
 */
function monthLabels(weeks: HeatmapWeek[]): { column: number; label: string }[] {
	const labels: { column: number; label: string }[] = [];
	weeks.forEach((week, column) => {
		const firstOfMonth = week.cells.find((cell) => cell.day.endsWith('-01'));
		if (firstOfMonth) {
			labels.push({ column, label: monthName(parseDay(firstOfMonth.day).getMonth()) });
		}
	});
	const start = weeks[0];
	if (start && labels[0]?.column !== 0 && (labels[0]?.column ?? Infinity) >= 3) {
		labels.unshift({ column: 0, label: monthName(parseDay(start.start).getMonth()) });
	}
	return labels;
}
