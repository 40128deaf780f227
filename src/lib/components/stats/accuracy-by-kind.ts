// Accuracy by kind of question: the day records' tallies added up over a period.
import { dayKey } from '$core/scheduling/days.ts';
import { kindLabel, QUESTION_KINDS, type QuestionKind } from '$core/questions/types.ts';
import type { DayRecord } from '$lib/db';
import { ratioOf, shiftDay } from './stats-format.ts';

export type Period = 'recent' | 'all';

/** The periods the accuracy card offers; 'recent' is the last 30 days, today included. */
export const PERIODS: readonly { id: Period; label: string }[] = [
	{ id: 'recent', label: 'Last 30 days' },
	{ id: 'all', label: 'All time' }
];

/** Kind names as the chart's rows show them. */
export const KIND_NAMES: Record<QuestionKind, string> = Object.fromEntries(
	QUESTION_KINDS.map((kind) => [kind, kindLabel(kind)])
) as Record<QuestionKind, string>;

export interface KindAccuracy {
	kind: QuestionKind;
	name: string;
	answered: number;
	correct: number;
	/** null when no question of this kind was answered. */
	ratio: number | null;
}

export interface Accuracy {
	/** Every kind, in the app's order, answered or not. */
	rows: KindAccuracy[];
	answered: number;
	correct: number;
	ratio: number | null;
}

/** The first day of a period ending on the day of `now`; '' (before every day) for all time. */
export function periodStart(period: Period, now: Date): string {
	return period === 'all' ? '' : shiftDay(dayKey(now), -29);
}

/** Adds up each kind's answers over the days from `from` to `to` inclusive. */
export function buildAccuracy(days: readonly DayRecord[], from: string, to: string): Accuracy {
	const sums = new Map<QuestionKind, { answered: number; correct: number }>(
		QUESTION_KINDS.map((kind) => [kind, { answered: 0, correct: 0 }])
	);
	for (const record of days) {
		if (record.day < from || record.day > to) continue;
		for (const kind of QUESTION_KINDS) {
			const tally = record.byKind[kind];
			const sum = sums.get(kind);
			if (!tally || !sum) continue;
			sum.answered += tally.answered;
			sum.correct += tally.correct;
		}
	}
	const rows = QUESTION_KINDS.map((kind) => {
		const { answered, correct } = sums.get(kind) ?? { answered: 0, correct: 0 };
		return { kind, name: KIND_NAMES[kind], answered, correct, ratio: ratioOf(correct, answered) };
	});
	const answered = rows.reduce((n, r) => n + r.answered, 0);
	const correct = rows.reduce((n, r) => n + r.correct, 0);
	return { rows, answered, correct, ratio: ratioOf(correct, answered) };
}
