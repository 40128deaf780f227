import { afterEach, beforeEach } from 'vitest';
import { StudyDB } from './study-db.ts';
import { useDatabase } from './db.ts';

/**
 * Gives each test of a file a fresh, empty database of its own, made the app's database for the
 * test and deleted after it; `use` receives each one.
 * @example let database: StudyDB; useFreshDatabase('backup', (db) => (database = db));
 */
export function useFreshDatabase(prefix: string, use: (database: StudyDB) => void): void {
	let database: StudyDB;
	beforeEach(async () => {
		database = new StudyDB(`test-${prefix}-${crypto.randomUUID()}`);
		useDatabase(database);
		use(database);
		await database.open();
	});
	afterEach(async () => {
		database.close();
		await database.delete();
	});
}
