// Measured retention: the share of answers to cards in review that were right, week by week.
import { DEFAULT_RETENTION } from '$core/scheduling/schedule.ts';
import { dayKey } from '$core/scheduling/days.ts';
import type { DayRecord } from '$lib/db';
import { weekStart } from './review-heatmap.ts';
import { formatPercent, formatShortDay, ratioOf, shiftDay } from './stats-format.ts';

/** Below this many answers a week's figure is mostly chance: the chart draws it hollow. */
export const FEW_ANSWERS = 10;

export interface RetentionWeek {
	/** The Monday the week starts on. */
	start: string;
	/** Its Sunday, or today for the current week. */
	end: string;
	answered: number;
	correct: number;
	ratio: number | null;
	/** Fewer than FEW_ANSWERS answers: too few to read much into. */
	few: boolean;
	/** 'Week of 5 Dec: 87%, 26 of 30 right' */
	label: string;
}

export interface Retention {
	weeks: RetentionWeek[];
	/** Runs of consecutive weeks with answers, as week indices: the line breaks where a week has none. */
	runs: number[][];
	answered: number;
	correct: number;
	ratio: number | null;
	/** The retention the scheduler aims for. */
	target: number;
	/** The bottom of the value axis; the top is 100%. */
	floor: number;
	ticks: number[];
	/** Dates under the chart: every fourth week, counting back from this one. */
	axis: { index: number; label: string }[];
}

const AXES: readonly { floor: number; ticks: number[] }[] = [
	{ floor: 0.8, ticks: [0.8, 0.9, 1] },
	{ floor: 0.6, ticks: [0.6, 0.8, 1] },
	{ floor: 0.4, ticks: [0.4, 0.7, 1] },
	{ floor: 0, ticks: [0, 0.5, 1] }
];

/**
 * The value axis: as close up as the lowest week and the target allow, since retention lives
 * between 70% and 100% and a full 0–100% axis would flatten every change.
 */
export function retentionAxis(lowest: number): { floor: number; ticks: number[] } {
	const axis = AXES.find((a) => a.floor <= lowest + 1e-9) ?? AXES[AXES.length - 1];
	return { floor: axis?.floor ?? 0, ticks: [...(axis?.ticks ?? [0, 0.5, 1])] };
}

/** The last `weeks` calendar weeks (Monday first) up to the day of `now`. */
export function buildRetention(
	days: readonly DayRecord[],
	now: Date,
	weeks = 12,
	target = DEFAULT_RETENTION
): Retention {
	const today = dayKey(now);
	const first = shiftDay(weekStart(today), -7 * (weeks - 1));
	const built: RetentionWeek[] = Array.from({ length: Math.max(0, weeks) }, (_, i) => {
		const start = shiftDay(first, 7 * i);
		const sunday = shiftDay(start, 6);
		return {
			start,
			end: sunday < today ? sunday : today,
			answered: 0,
			correct: 0,
			ratio: null,
			few: true,
			label: ''
		};
	});
	for (const record of days) {
		if (record.day < first || record.day > today) continue;
		const week = built.find((w) => record.day >= w.start && record.day <= w.end);
		if (!week) continue;
		week.answered += record.recall.answered;
		week.correct += record.recall.correct;
	}
	for (const week of built) {
		week.ratio = ratioOf(week.correct, week.answered);
		week.few = week.answered < FEW_ANSWERS;
		const measured =
			week.ratio === null
				? 'no review answers'
				: `${formatPercent(week.ratio)}, ${week.correct} of ${week.answered} right`;
		week.label = `Week of ${formatShortDay(week.start)}: ${measured}`;
	}

	const runs: number[][] = [];
	built.forEach((week, i) => {
		if (week.ratio === null) return;
		const run = runs.at(-1);
		if (run && run.at(-1) === i - 1) run.push(i);
		else runs.push([i]);
	});

	const answered = built.reduce((n, w) => n + w.answered, 0);
	const correct = built.reduce((n, w) => n + w.correct, 0);
	const lowest = Math.min(target, ...built.map((w) => w.ratio ?? 1));
	return {
		weeks: built,
		runs,
		answered,
		correct,
		ratio: ratioOf(correct, answered),
		target,
		axis: built
			.map((week, index) => ({ index, label: formatShortDay(week.start) }))
			.filter(({ index }) => (built.length - 1 - index) % 4 === 0),
		...retentionAxis(lowest)
	};
}
