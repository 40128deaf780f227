import { describe, expect, it } from 'vitest';
import {
	describeAge,
	parseStoredTime,
	shouldRemindToBackUp,
	snoozeUntil
} from './backup-reminder.ts';

const DAY = 86_400_000;
const NOW = new Date(2022, 11, 29, 12, 30).getTime();

describe('shouldRemindToBackUp', () => {
	it('never reminds someone who has not answered anything', () => {
		expect(shouldRemindToBackUp({ now: NOW })).toBe(false);
		expect(shouldRemindToBackUp({ now: NOW, lastBackup: NOW - 400 * DAY })).toBe(false);
	});

	it('reminds after 7 days when answers were given since the last backup', () => {
		const base = { now: NOW, lastReview: NOW - DAY, firstReview: NOW - 90 * DAY };
		expect(shouldRemindToBackUp({ ...base, lastBackup: NOW - 7 * DAY })).toBe(true);
		expect(shouldRemindToBackUp({ ...base, lastBackup: NOW - 7 * DAY + 60_000 })).toBe(false);
		expect(shouldRemindToBackUp({ ...base, lastBackup: NOW - 30 * DAY })).toBe(true);
	});

	it('does not remind when the backup already holds every answer', () => {
		expect(
			shouldRemindToBackUp({ now: NOW, lastBackup: NOW - 30 * DAY, lastReview: NOW - 31 * DAY })
		).toBe(false);
	});

	it('without any backup, reminds once the first answer is 7 days old', () => {
		expect(shouldRemindToBackUp({ now: NOW, firstReview: NOW - 8 * DAY, lastReview: NOW })).toBe(
			true
		);
		expect(shouldRemindToBackUp({ now: NOW, firstReview: NOW - DAY, lastReview: NOW })).toBe(false);
	});

	it('stays quiet while snoozed, and comes back after', () => {
		const due = { now: NOW, lastBackup: NOW - 10 * DAY, lastReview: NOW - DAY };
		const until = snoozeUntil(NOW);
		expect(until - NOW).toBe(3 * DAY);
		expect(shouldRemindToBackUp({ ...due, snoozedUntil: until })).toBe(false);
		expect(shouldRemindToBackUp({ ...due, snoozedUntil: until, now: until })).toBe(true);
	});
});

describe('parseStoredTime', () => {
	it('reads ISO times and treats anything else as never', () => {
		expect(parseStoredTime('2025-03-04T10:00:00.000Z')).toBe(Date.UTC(2025, 2, 4, 10));
		expect(parseStoredTime('yesterday-ish')).toBeUndefined();
		expect(parseStoredTime('')).toBeUndefined();
		expect(parseStoredTime(null)).toBeUndefined();
	});
});

describe('describeAge', () => {
	it('says how long ago, in the unit a person would use', () => {
		expect(describeAge(NOW - 3_600_000, NOW)).toBe('today');
		expect(describeAge(NOW - DAY, NOW)).toBe('yesterday');
		expect(describeAge(NOW - 12 * DAY, NOW)).toBe('12 days ago');
		expect(describeAge(NOW - 21 * DAY, NOW)).toBe('3 weeks ago');
		expect(describeAge(NOW - 75 * DAY, NOW)).toBe('2 months ago');
		expect(describeAge(NOW - 400 * DAY, NOW)).toBe('1 year ago');
		expect(describeAge(NOW - 800 * DAY, NOW)).toBe('2 years ago');
	});
});
