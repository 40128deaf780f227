import { parseStoredTime, snoozeUntil } from '$core/backup-reminder.ts';
import { exportFileName } from '$core/csv.ts';
import { exportBackup } from '$lib/db/backup.ts';
import { saveFile } from '$lib/save-file.ts';

/** ISO time of the last backup this device downloaded. */
export const LAST_BACKUP_KEY = 'footnote:last-backup';
/** ISO time until which "Remind me later" keeps the backup reminder away. */
export const SNOOZE_KEY = 'footnote:backup-reminder-snoozed-until';

function read(key: string): number | undefined {
	try {
		return parseStoredTime(localStorage.getItem(key));
	} catch {
		// Storage that cannot be read (blocked by the browser) counts as never.
		return undefined;
	}
}

function write(key: string, time: number): void {
	try {
		localStorage.setItem(key, new Date(time).toISOString());
	} catch {
		// The value still holds for this page; only its memory across visits is lost.
	}
}

/**
 * When this device last made a backup and whether the reminder is snoozed: the only reader of
 * these localStorage entries, kept in step with other open tabs. The app shares one, below.
 */
export class BackupStatus {
	#lastBackup = $state<number | undefined>();
	#snoozedUntil = $state<number | undefined>();

	constructor() {
		if (typeof localStorage === 'undefined') return;
		this.#lastBackup = read(LAST_BACKUP_KEY);
		this.#snoozedUntil = read(SNOOZE_KEY);
		window.addEventListener('storage', (event) => {
			if (event.key === LAST_BACKUP_KEY || event.key === null) {
				this.#lastBackup = read(LAST_BACKUP_KEY);
			}
			if (event.key === SNOOZE_KEY || event.key === null) this.#snoozedUntil = read(SNOOZE_KEY);
		});
	}

	/** Epoch ms of the last backup, or undefined if this device never made one. */
	get lastBackup(): number | undefined {
		return this.#lastBackup;
	}

	get snoozedUntil(): number | undefined {
		return this.#snoozedUntil;
	}

	recordBackup(at: number): void {
		this.#lastBackup = at;
		write(LAST_BACKUP_KEY, at);
	}

	/** "Remind me later": quiet for SNOOZE_DAYS from `now`. */
	snooze(now: number): void {
		this.#snoozedUntil = snoozeUntil(now);
		write(SNOOZE_KEY, this.#snoozedUntil);
	}
}

export const backupStatus = new BackupStatus();

/**
 * Makes a backup of everything on this device, hands it to the browser as a download and
 * remembers when. Settings and the Today screen's reminder both back up through this.
 */
export async function downloadBackup(now = new Date()): Promise<void> {
	const backup = await exportBackup(now);
	const blob = new Blob([JSON.stringify(backup)], { type: 'application/json' });
	saveFile(blob, exportFileName('backup', now, 'json'));
	backupStatus.recordBackup(now.getTime());
}
