import { checkRows } from './backup-rows.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';
import { recountDocuments, type StudyDB, type TeacherKeyRecord } from './study-db.ts';
import { combineTeacherKeys } from './teaching.ts';

export const BACKUP_FORMAT = 'footnote-backup';
export const BACKUP_VERSION = 1;

/** The tables a backup carries, in the order they are restored. */
const TABLES = [
	'cards',
	'reviews',
	'days',
	'documentCounts',
	'published',
	'receipts',
	'attempts',
	'teacherKeys',
	'documents'
] as const;
type TableName = (typeof TABLES)[number];

/** A backup names tables as schema 4 did; receipts have since moved to a table keyed anew. */
function tableOf(database: StudyDB, name: TableName) {
	return database.table(name === 'receipts' ? 'collectedReceipts' : name);
}

/** Everything on this device, as one versioned JSON document. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	/** The database schema the rows were written with. */
	schema: number;
	tables: Record<TableName, unknown[]>;
}

export type BackupCheck =
	| {
			ok: true;
			backup: Backup;
			counts: Record<TableName, number>;
			/** What was wrong with some rows and has been put right, a sentence each. */
			repairs: string[];
	  }
	| { ok: false; message: string };

/** CryptoKey objects cannot be written as JSON: the teacher's keys travel as JWK. */
async function exportKeys(rows: unknown[]): Promise<unknown[]> {
	return Promise.all(
		rows.map(async (row) => {
			const record = row as { privateKey: CryptoKey };
			return { ...record, privateKey: await crypto.subtle.exportKey('jwk', record.privateKey) };
		})
	);
}

async function importKeys(rows: unknown[]): Promise<TeacherKeyRecord[]> {
	return Promise.all(
		rows.map(async (row) => {
			const record = row as { privateKey: JsonWebKey };
			const privateKey = await crypto.subtle.importKey(
				'jwk',
				record.privateKey,
				{ name: 'ECDH', namedCurve: 'P-256' },
				true,
				['deriveBits']
			);
			return { ...record, privateKey } as unknown as TeacherKeyRecord;
		})
	);
}

/** Reads every table into a backup. */
export async function exportBackup(now = new Date()): Promise<Backup> {
	const database = getDb();
	const tables = {} as Record<TableName, unknown[]>;
	await database.transaction(
		'r',
		TABLES.map((t) => tableOf(database, t)),
		async () => {
			for (const name of TABLES) tables[name] = await tableOf(database, name).toArray();
		}
	);
	tables.teacherKeys = await exportKeys(tables.teacherKeys);
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schema: database.verno,
		tables
	};
}

/** Checks a file before anything is changed: what it holds, or why it cannot be restored. */
export function checkBackup(text: string, database: StudyDB = getDb()): BackupCheck {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			message: 'This file is not a Footnote backup: it is not readable JSON, or it was cut short.'
		};
	}
	const backup = data as Partial<Backup> | null;
	if (!backup || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT) {
		return { ok: false, message: 'This file is not a Footnote backup.' };
	}
	if (
		backup.version !== BACKUP_VERSION ||
		typeof backup.schema !== 'number' ||
		backup.schema > database.verno
	) {
		return {
			ok: false,
			message:
				'This backup was made by a newer version of Footnote. Update the app, then restore it.'
		};
	}
	const tables = backup.tables as Record<string, unknown> | undefined;
	// Backups from before imported documents (schema 3) simply have none.
	if (tables && backup.schema < 4 && tables.documents === undefined) tables.documents = [];
	if (
		!tables ||
		!TABLES.every(
			(t) =>
				Array.isArray(tables[t]) &&
				(tables[t] as unknown[]).every((r) => r && typeof r === 'object')
		)
	) {
		return {
			ok: false,
			message: 'This backup is damaged: some of its parts are missing. Nothing was changed.'
		};
	}
	const counts = Object.fromEntries(
		TABLES.map((t) => [t, (tables[t] as unknown[]).length])
	) as Record<TableName, number>;
	const rows = checkRows(tables as Record<TableName, unknown[]>);
	if (!rows.ok) return rows;
	return {
		ok: true,
		backup: { ...(backup as Backup), tables: rows.tables as Record<TableName, unknown[]> },
		counts,
		repairs: rows.repairs
	};
}

/**
 * The backup's answers this device does not have yet, without their ids: log ids are local, and
 * merging the same backup twice must not log an answer twice.
 */
async function newReviews(database: StudyDB, rows: unknown[]): Promise<unknown[]> {
	const key = (r: { cardId: string; reviewedAt: number }) => `${r.cardId}|${r.reviewedAt}`;
	const have = new Set<string>();
	await database.reviews.each((r) => {
		have.add(key(r));
	});
	return (rows as { id?: number; cardId: string; reviewedAt: number }[])
		.filter((r) => !have.has(key(r)))
		.map((review) => {
			const copy = { ...review };
			delete copy.id;
			return copy;
		});
}

/**
 * Restores a checked backup in one transaction: `replace` clears every table first, `merge`
 * writes the backup's rows over rows with the same key (a card, a day) and keeps the rest, and
 * adds the answers this device lacks. Either way every teacher key from both sides is kept (see
 * `combineTeacherKeys`). Either all of it happens or none of it does.
 */
export async function restoreBackup(backup: Backup, mode: 'merge' | 'replace'): Promise<void> {
	const database = getDb();
	const rows = { ...backup.tables, teacherKeys: await importKeys(backup.tables.teacherKeys) };
	await database.transaction(
		'rw',
		TABLES.map((t) => tableOf(database, t)),
		async () => {
			for (const name of TABLES) {
				const table = tableOf(database, name);
				if (name === 'teacherKeys') {
					// No key is ever dropped: receipts sealed to any of them must still open.
					const here = await database.teacherKeys.toArray();
					await table.clear();
					await table.bulkPut(combineTeacherKeys(here, rows.teacherKeys, mode));
					continue;
				}
				if (mode === 'replace') await table.clear();
				if (name === 'documentCounts') continue;
				if (mode === 'merge' && name === 'reviews') {
					await table.bulkAdd(await newReviews(database, rows.reviews));
				} else {
					await table.bulkPut(rows[name]);
				}
			}
			// Counts follow the cards as they now are, whichever device they came from.
			await recountDocuments(database.cards, database.documentCounts);
		}
	);
	announceChange('restore');
}
