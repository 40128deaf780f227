import { Dexie } from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { getCard, recordAnswer, StudyDB, UPGRADED_ELSEWHERE, useDatabase } from './index.ts';

let name = '';

afterEach(async () => {
	await Dexie.delete(name);
});

test('an upgrade in another tab closes this connection and tells the app, instead of hanging', async () => {
	name = `test-upgrade-${crypto.randomUUID()}`;
	const database = new StudyDB(name);
	useDatabase(database);
	await database.open();
	let told = 0;
	const count = () => told++;
	window.addEventListener(UPGRADED_ELSEWHERE, count);

	// Another tab, running a newer version of the app, opens the database one version up.
	const newer = new Dexie(name);
	newer.version(database.verno + 1).stores({});
	await newer.open();
	expect(newer.verno).toBe(database.verno + 1);
	expect(told).toBe(1);
	expect(database.isOpen()).toBe(false);
	window.removeEventListener(UPGRADED_ELSEWHERE, count);
	newer.close();

	// This tab's data functions fail loudly rather than hang; the newer tab has all the data.
	await expect(
		recordAnswer({
			question: { id: 'q', documentId: 'd', kind: 'date' },
			rating: 'good',
			correct: true,
			answer: '',
			mode: 'choice',
			durationMs: 1,
			now: new Date()
		})
	).rejects.toThrow();
	expect(await getCard('q').catch(() => 'closed')).toBe('closed');
});
