import { addDays, dayKey } from '$core/scheduling/days.ts';
import { getDb } from './db.ts';
import type { DayRecord } from './study-db.ts';

/** The daily totals between two days, inclusive ('YYYY-MM-DD'); days without answers are absent. */
export function getDays(from: string, to: string): Promise<DayRecord[]> {
	return getDb().days.where('day').between(from, to, true, true).toArray();
}

/**
 * How many cards fall due on each of the next `days` days; what is overdue counts for today.
 * Reads index keys only, never the cards themselves.
 */
export async function getDueForecast(
	now: Date,
	days = 30
): Promise<{ day: string; due: number }[]> {
	const end = addDays(now, days - 1);
	const keys = await getDb()
		.cards.where('[retired+due]')
		.between(
			[0, -Infinity],
			[0, new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime()],
			true,
			false
		)
		.keys();
	const counts = new Map<string, number>();
	const today = dayKey(now);
	for (const key of keys) {
		const due = (key as unknown as [number, number])[1];
		const day = due <= now.getTime() ? today : dayKey(new Date(due));
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	return Array.from({ length: days }, (_, i) => {
		const day = dayKey(addDays(now, i));
		return { day, due: counts.get(day) ?? 0 };
	});
}

/** Consecutive days with at least one answer, ending today (or yesterday, if today is still to come). */
export async function getStreak(now: Date): Promise<number> {
	const from = dayKey(addDays(now, -366));
	const active = new Set(
		(await getDays(from, dayKey(now))).filter((d) => d.answered > 0).map((d) => d.day)
	);
	let day = active.has(dayKey(now)) ? now : addDays(now, -1);
	let streak = 0;
	while (active.has(dayKey(day))) {
		streak++;
		day = addDays(day, -1);
	}
	return streak;
}
