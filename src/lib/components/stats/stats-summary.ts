// The line under the heading: streak, recent answers and measured retention against the aim.
import { dayKey } from '$core/scheduling/days.ts';
import type { DayRecord } from '$lib/db';
import { buildAccuracy, periodStart } from './accuracy-by-kind.ts';
import { buildRetention } from './retention-chart.ts';
import { formatPercent } from './stats-format.ts';
import { countOf } from '$core/format.ts';

export interface StatsSummary {
	/** No answers ever: the screen shows its empty state instead of charts. */
	empty: boolean;
	streak: number;
	/** Answers in the last 30 days, today included. */
	recent: number;
	/** Measured retention over the last 12 weeks, or null with no review answers. */
	retention: number | null;
	target: number;
	/** The summary as short phrases, in the order shown: a figure to stand out, then words. */
	parts: { figure: string; words: string }[];
}

/** Sums up the learner's days as of `now`. */
export function buildSummary(
	days: readonly DayRecord[],
	now: Date,
	streak: number,
	target?: number
): StatsSummary {
	const empty = !days.some((d) => d.answered > 0);
	const recent = buildAccuracy(days, periodStart('recent', now), dayKey(now)).answered;
	const { ratio, target: aimed } = buildRetention(days, now, 12, target);
	const aim = `(aim ${formatPercent(aimed)})`;
	const parts = [
		streak > 0
			? { figure: countOf(streak, 'day'), words: 'in a row' }
			: { figure: '', words: 'No streak yet' },
		{ figure: countOf(recent, 'answer'), words: 'in the last 30 days' },
		ratio === null
			? { figure: '', words: `Measured retention: not yet ${aim}` }
			: { figure: formatPercent(ratio), words: `measured retention ${aim}` }
	];
	return { empty, streak, recent, retention: ratio, target: aimed, parts };
}
