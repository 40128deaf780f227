import { afterEach, beforeEach, expect, test } from 'vitest';
import { BackupStatus } from './backup-status.svelte.ts';

const LAST = 'footnote:last-backup';
const SNOOZE = 'footnote:backup-reminder-snoozed-until';

/** A new status, reading localStorage as a newly opened page would. */
function load() {
	return { backupStatus: new BackupStatus() };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

test('reads the stored times once, and an unreadable one as never', async () => {
	localStorage.setItem(LAST, '2025-03-04T10:00:00.000Z');
	localStorage.setItem(SNOOZE, 'soon');
	const { backupStatus } = load();
	expect(backupStatus.lastBackup).toBe(Date.UTC(2025, 2, 4, 10));
	expect(backupStatus.snoozedUntil).toBeUndefined();
});

test('a backup and a snooze are remembered for the next visit', async () => {
	const { backupStatus } = load();
	expect(backupStatus.lastBackup).toBeUndefined();
	const now = Date.UTC(2025, 2, 4, 10);
	backupStatus.recordBackup(now);
	backupStatus.snooze(now);
	expect(localStorage.getItem(LAST)).toBe('2025-03-04T10:00:00.000Z');
	expect(localStorage.getItem(SNOOZE)).toBe('2025-03-07T10:00:00.000Z');
	const again = load();
	expect(again.backupStatus.lastBackup).toBe(now);
	expect(again.backupStatus.snoozedUntil).toBe(now + 3 * 86_400_000);
});

test('a backup made in another tab is seen here at once', async () => {
	const { backupStatus } = load();
	localStorage.setItem(LAST, '2025-05-01T08:00:00.000Z');
	// The browser tells other tabs, not the one that wrote.
	window.dispatchEvent(new StorageEvent('storage', { key: LAST }));
	expect(backupStatus.lastBackup).toBe(Date.UTC(2025, 4, 1, 8));
	localStorage.clear();
	window.dispatchEvent(new StorageEvent('storage', { key: null }));
	expect(backupStatus.lastBackup).toBeUndefined();
});
