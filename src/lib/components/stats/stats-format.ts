// Dates and numbers as the stats screen words them. Month and weekday names are spelled out here
// rather than asked of Intl, so the charts, their tables and the tests agree on every machine.
import { addDays, dayKey } from '$core/scheduling/days.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Noon on a 'YYYY-MM-DD' day: noon never falls in a daylight-saving gap, so stepping stays on the day. */
export function parseDay(key: string): Date {
	const [y, m, d] = key.split('-').map(Number);
	return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** The day `days` after the 'YYYY-MM-DD' day `key` (before it, when negative). */
export function shiftDay(key: string, days: number): string {
	return dayKey(addDays(parseDay(key), days));
}

/** Short month name of a month index (0 = January). */
export function monthName(month: number): string {
	return MONTHS[((month % 12) + 12) % 12] ?? '';
}

/** '5 Dec' */
export function formatShortDay(key: string): string {
	const date = parseDay(key);
	return `${date.getDate()} ${monthName(date.getMonth())}`;
}

/** 'Mon 5 Dec 2022' */
export function formatDay(key: string): string {
	const date = parseDay(key);
	return `${WEEKDAYS[date.getDay()]} ${formatShortDay(key)} ${date.getFullYear()}`;
}

/** A share as a whole percentage ('87%'), or an en dash when there is nothing to measure. */
export function formatPercent(ratio: number | null): string {
	return ratio === null ? '–' : `${Math.round(ratio * 100)}%`;
}

/** correct / answered, or null when nothing was answered (0 of 0 is not 0%). */
export function ratioOf(correct: number, answered: number): number | null {
	return answered > 0 ? correct / answered : null;
}
