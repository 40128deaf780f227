const DAY_MS = 86_400_000;

/** Days without a backup, with progress made, before the Today screen suggests one. */
export const REMIND_AFTER_DAYS = 7;
/** How long "Remind me later" keeps the suggestion away. */
export const SNOOZE_DAYS = 3;

/** What the reminder is decided from; times are epoch milliseconds. */
export interface BackupReminderInput {
	now: number;
	/** When the last backup was downloaded on this device, if ever. */
	lastBackup?: number;
	/** "Remind me later" was chosen: quiet until then. */
	snoozedUntil?: number;
	/** The first and the latest answer in the review log, if any. */
	firstReview?: number;
	lastReview?: number;
}

/**
 * Whether to suggest a backup: only when there is progress that no backup holds, and it has
 * waited long enough. With a backup, that is answers given after it and a backup at least
 * REMIND_AFTER_DAYS old; without one, answers given over at least REMIND_AFTER_DAYS. Someone
 * who has never answered anything is never reminded.
 */
export function shouldRemindToBackUp(input: BackupReminderInput): boolean {
	const { now, lastBackup, snoozedUntil, firstReview, lastReview } = input;
	if (lastReview === undefined) return false;
	if (snoozedUntil !== undefined && now < snoozedUntil) return false;
	const waited = REMIND_AFTER_DAYS * DAY_MS;
	if (lastBackup === undefined) return now - (firstReview ?? lastReview) >= waited;
	return lastReview > lastBackup && now - lastBackup >= waited;
}

/** The end of a snooze chosen at `now`. */
export function snoozeUntil(now: number): number {
	return now + SNOOZE_DAYS * DAY_MS;
}

/** A stored ISO time as epoch milliseconds; anything unreadable counts as never. */
export function parseStoredTime(raw: string | null | undefined): number | undefined {
	if (!raw) return undefined;
	const time = Date.parse(raw);
	return Number.isNaN(time) ? undefined : time;
}

/** 'today', 'yesterday', '12 days ago', '3 weeks ago', '2 months ago', '1 year ago'. */
export function describeAge(then: number, now: number): string {
	const days = Math.floor((now - then) / DAY_MS);
	if (days < 1) return 'today';
	if (days === 1) return 'yesterday';
	if (days < 14) return `${days} days ago`;
	if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
	if (days < 365) return `${Math.floor(days / 30)} months ago`;
	const years = Math.floor(days / 365);
	return years === 1 ? '1 year ago' : `${years} years ago`;
}
