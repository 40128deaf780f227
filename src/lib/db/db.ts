import { StudyDB } from './study-db.ts';
import { UPGRADED_ELSEWHERE } from './events.ts';

let current: StudyDB | undefined;

/**
 * When another tab opens a newer version of the database, this tab's connection would block
 * the upgrade. It closes instead, and the app asks the person to reload.
 */
function watchUpgrades(database: StudyDB) {
	database.on('versionchange', () => {
		database.close();
		globalThis.dispatchEvent?.(new Event(UPGRADED_ELSEWHERE));
		return false;
	});
}

/** The app's one database connection, opened on first use. */
export function getDb(): StudyDB {
	if (!current) {
		current = new StudyDB();
		watchUpgrades(current);
	}
	return current;
}

/** Points the data functions at another database: tests give each case a fresh one. */
export function useDatabase(database: StudyDB): void {
	current = database;
	watchUpgrades(database);
}
