import { Dexie } from 'dexie';
import { cdp } from 'vitest/browser';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { getDb, recordAnswer, StudyDB, useDatabase } from './index.ts';
import { classifyStorageError, describeStorageError } from './storage-errors.ts';

const ANSWER = { what: 'this answer', retry: 'press Try again' };
let name = '';
let database: StudyDB;

beforeEach(async () => {
	name = `test-errors-${crypto.randomUUID()}`;
	database = new StudyDB(name);
	useDatabase(database);
	await database.open();
});

afterEach(async () => {
	await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin });
	database.close();
	await Dexie.delete(name);
});

/** The error a promise rejects with; fails the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => expect.unreachable('the write should have failed'),
		(error: unknown) => error
	);
}

function answer() {
	return recordAnswer({
		question: { id: 'q', documentId: 'd', kind: 'date' },
		rating: 'good',
		correct: true,
		answer: '2003',
		mode: 'choice',
		durationMs: 1000,
		now: new Date(2022, 11, 29)
	});
}

/** A Dexie database in a browser whose IndexedDB refuses to open with this error. */
function refusingDatabase(error: DOMException) {
	const factory = {
		open() {
			throw error;
		}
	} as unknown as IDBFactory;
	const refusing = new Dexie(`refusing-${crypto.randomUUID()}`, {
		indexedDB: factory,
		IDBKeyRange
	});
	refusing.version(1).stores({ items: 'id' });
	return refusing.table('items').put({ id: 1 });
}

interface StorageBuckets {
	open(name: string): Promise<{ indexedDB: IDBFactory }>;
	delete(name: string): Promise<void>;
}

/**
 * Points the data functions at a database in a storage bucket of its own. Chromium lets writes
 * through for up to 30 seconds on space it already counted as free, per bucket; a fresh bucket
 * has counted nothing, so a quota set now applies to its very first write.
 */
async function useFreshBucket(): Promise<() => Promise<void>> {
	const buckets = (navigator as unknown as { storageBuckets: StorageBuckets }).storageBuckets;
	const bucketName = `quota-${Date.now()}`;
	const bucket = await buckets.open(bucketName);
	const usual = Dexie.dependencies.indexedDB;
	Dexie.dependencies.indexedDB = bucket.indexedDB;
	const inBucket = new StudyDB(name);
	Dexie.dependencies.indexedDB = usual;
	useDatabase(inBucket);
	await inBucket.open();
	return async () => {
		inBucket.close();
		useDatabase(database);
		await buckets.delete(bucketName);
	};
}

test('a full disk, as Dexie reports it: an AbortError wrapping QuotaExceededError', async () => {
	const done = await useFreshBucket();
	await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin, quotaSize: 1 });
	const error = await failure(answer());
	expect(error).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
	expect(classifyStorageError(error)).toBe('quota');
	expect(describeStorageError(error, ANSWER)).toBe(
		'Your device is out of storage space, so this answer is not saved yet. Free some space, then press Try again.'
	);
	// Nothing of the answer was kept, and with the space back it saves.
	expect(await getDb().reviews.count()).toBe(0);
	await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin });
	await answer();
	expect(await getDb().reviews.count()).toBe(1);
	await done();
});

test('a full localStorage is a quota problem too, named for what was being kept', () => {
	let error: unknown;
	try {
		localStorage.setItem('footnote:test-fill', 'x'.repeat(12_000_000));
	} catch (caught) {
		error = caught;
	} finally {
		localStorage.removeItem('footnote:test-fill');
	}
	expect(error).toBeInstanceOf(DOMException);
	expect(describeStorageError(error, { what: 'your settings', plural: true })).toBe(
		'Your device is out of storage space, so your settings are not saved yet. Free some space, then try again.'
	);
});

test('a connection closed under the app (an upgrade in another tab) says to reload', async () => {
	database.close();
	const error = await failure(answer());
	expect(error).toMatchObject({ name: 'DatabaseClosedError' });
	expect(classifyStorageError(error)).toBe('closed');
	expect(describeStorageError(error, ANSWER)).toMatch(
		/^Footnote lost its connection .* so this answer is not saved yet\. Reload the page, then press Try again\.$/
	);
});

test('a database from a newer version of the app', async () => {
	const error = await new Promise<DOMException | null>((resolve) => {
		const request = indexedDB.open(name, 1);
		request.onsuccess = () => {
			request.result.close();
			resolve(null);
		};
		request.onerror = () => resolve(request.error);
	});
	expect(error?.name).toBe('VersionError');
	expect(classifyStorageError(error)).toBe('version');
	expect(describeStorageError(error, ANSWER)).toContain('newer version of Footnote');
});

test('a browser that refuses IndexedDB, or has none', async () => {
	const insecure = await failure(
		refusingDatabase(new DOMException('The operation is insecure.', 'SecurityError'))
	);
	expect(classifyStorageError(insecure)).toBe('unavailable');
	expect(describeStorageError(insecure, ANSWER)).toMatch(
		/^This browser is not letting Footnote keep data .* so this answer cannot be saved\. Open Footnote in a normal window/
	);
	// Older Firefox private windows failed to open with InvalidStateError.
	const privateWindow = await failure(
		refusingDatabase(new DOMException('A mutation operation was attempted', 'InvalidStateError'))
	);
	expect(classifyStorageError(privateWindow)).toBe('unavailable');

	const missing = new Dexie('missing', {
		indexedDB: undefined as unknown as IDBFactory,
		IDBKeyRange: undefined as unknown as typeof IDBKeyRange
	});
	missing.version(1).stores({ items: 'id' });
	const none = await failure(missing.table('items').put({ id: 1 }));
	expect(none).toMatchObject({ inner: { name: 'MissingAPIError' } });
	expect(classifyStorageError(none)).toBe('unavailable');
});

test("the browser's own storage failing underneath", async () => {
	const internal = new DOMException('Internal error opening backing store', 'UnknownError');
	expect(classifyStorageError(internal)).toBe('internal');
	const atOpen = await failure(refusingDatabase(internal));
	expect(classifyStorageError(atOpen)).toBe('internal');
	expect(describeStorageError(atOpen, ANSWER)).toBe(
		"The browser could not write to this device's storage, so this answer is not saved yet. Press Try again; if it keeps failing, restart the browser."
	);
});

test('an aborted transaction is an interruption; other errors get the caller’s own words', async () => {
	const aborted = await failure(
		database.transaction('rw', database.days, () => {
			Dexie.currentTransaction.abort();
		})
	);
	expect(classifyStorageError(aborted)).toBe('interrupted');
	expect(
		describeStorageError(aborted, { what: 'the receipts', plural: true, retry: 'add them again' })
	).toBe('Saving was interrupted, so the receipts are not saved yet. Add them again.');

	// A value IndexedDB cannot store is a bug, not a storage problem.
	const clone = await failure(database.table('days').put({ day: 'x', bad: () => 1 }));
	expect((clone as { inner?: { name: string } }).inner?.name ?? (clone as Error).name).toBe(
		'DataCloneError'
	);
	expect(classifyStorageError(clone)).toBeNull();
	expect(
		describeStorageError(clone, { what: 'the assignment', done: 'published', otherwise: 'Oops.' })
	).toBe('Oops.');
	expect(describeStorageError(new TypeError('x'), { what: 'the backup', done: 'restored' })).toBe(
		'The backup could not be restored. Try again.'
	);
	expect(classifyStorageError('QuotaExceededError')).toBeNull();
	expect(classifyStorageError(null)).toBeNull();
});
