// Everything the stats screen shows comes from one read of the study database.
import { dayKey } from '$core/scheduling/days.ts';
import { getDays, getDueForecast, getStreak, type DayRecord } from '$lib/db';

export interface StatsData {
	/** The moment the figures were read: every chart counts its days back from it. */
	now: Date;
	/** Every day with answers, oldest first: one small record per day, so all of them is cheap. */
	days: DayRecord[];
	forecast: { day: string; due: number }[];
	streak: number;
}

/** Reads the daily totals, the next 30 days' due counts and the streak. */
export async function loadStats(now: Date): Promise<StatsData> {
	const [days, forecast, streak] = await Promise.all([
		// '0000-00-00' sorts before every real day key: all time.
		getDays('0000-00-00', dayKey(now)),
		getDueForecast(now, 30),
		getStreak(now)
	]);
	return { now, days, forecast, streak };
}
