import { StudyDB } from './study-db.ts';

let current: StudyDB | undefined;

/** The app's one database connection, opened on first use. */
export function getDb(): StudyDB {
	current ??= new StudyDB();
	return current;
}

/** Points the data functions at another database: tests give each case a fresh one. */
export function useDatabase(database: StudyDB): void {
	current = database;
}
