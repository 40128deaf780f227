import {
	collectReceipts,
	exportPublicKey,
	generateTeacherKeys,
	openReceipt,
	type Assignment,
	type CollectResult
} from '$core/assign/index.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';
import type { PublishedRecord, ReceiptRecord, TeacherKeyRecord } from './study-db.ts';

/** The teacher's key pair, made on first use and kept on this device. */
export async function getTeacherKeys(): Promise<TeacherKeyRecord> {
	const database = getDb();
	const existing = await database.teacherKeys.get('teacher');
	if (existing) return existing;
	const pair = await generateTeacherKeys();
	const record: TeacherKeyRecord = {
		id: 'teacher',
		publicKey: await exportPublicKey(pair.publicKey),
		privateKey: pair.privateKey as CryptoKey,
		createdAt: Date.now()
	};
	// Another tab may have made one meanwhile: the first one written wins, so links stay valid.
	return database.transaction('rw', database.teacherKeys, async () => {
		const raced = await database.teacherKeys.get('teacher');
		if (raced) return raced;
		await database.teacherKeys.add(record);
		return record;
	});
}

/** Keeps a published assignment and its link, for collecting its receipts later. */
export async function savePublished(
	assignment: Assignment,
	link: string
): Promise<PublishedRecord> {
	const record: PublishedRecord = { id: assignment.id, assignment, link, createdAt: Date.now() };
	await getDb().published.put(record);
	announceChange('assignments');
	return record;
}

/** Every assignment this device published, newest first. */
export function listPublished(): Promise<PublishedRecord[]> {
	return getDb().published.orderBy('createdAt').reverse().toArray();
}

export function getPublished(id: string): Promise<PublishedRecord | undefined> {
	return getDb().published.get(id);
}

/** The receipts collected for an assignment, in the order they arrived. */
export async function listReceipts(assignmentId: string): Promise<ReceiptRecord[]> {
	const records = await getDb()
		.collectedReceipts.where('assignmentId')
		.equals(assignmentId)
		.toArray();
	return records.sort((a, b) => a.collectedAt - b.collectedAt);
}

/**
 * Opens sealed receipts (pasted links, file contents or scanned codes) and keeps the good ones.
 * Each one gets its own outcome; what was collected before is never touched.
 */
export async function addReceipts(assignmentId: string, sealed: string[]): Promise<CollectResult> {
	const database = getDb();
	const { privateKey } = await getTeacherKeys();
	const existing = await listReceipts(assignmentId);
	const opened = await Promise.all(
		sealed.map((text) => openReceipt(text, privateKey, assignmentId))
	);
	const result = collectReceipts(
		existing.map((r) => r.receipt),
		opened
	);
	const now = Date.now();
	await database.collectedReceipts.bulkPut(
		result.added.map((receipt, i) => ({
			receiptId: receipt.receiptId,
			assignmentId,
			receipt,
			collectedAt: now + i
		}))
	);
	if (result.added.length) announceChange('receipts');
	return result;
}
