import {
	collectReceipts,
	exportPublicKey,
	generateTeacherKeys,
	openReceipt,
	type Assignment,
	type CollectResult,
	type OpenResult
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

/** Every teacher key this device holds, the one in use first. */
export async function listTeacherKeys(): Promise<TeacherKeyRecord[]> {
	const current = await getTeacherKeys();
	const all = await getDb().teacherKeys.toArray();
	return [current, ...all.filter((k) => k.id !== current.id)];
}

/**
 * The keys a device holds after a restore: every key from either side, each once. The one in
 * use stays this device's when merging (its links are out there), the backup's when replacing.
 */
export function combineTeacherKeys(
	here: readonly TeacherKeyRecord[],
	incoming: readonly TeacherKeyRecord[],
	mode: 'merge' | 'replace'
): TeacherKeyRecord[] {
	const [first, second] = mode === 'merge' ? [here, incoming] : [incoming, here];
	const ordered = [
		...first.filter((k) => k.id === 'teacher'),
		...second.filter((k) => k.id === 'teacher'),
		...first,
		...second
	];
	const byPublicKey = new Map<string, TeacherKeyRecord>();
	for (const key of ordered) {
		if (!byPublicKey.has(key.publicKey)) byPublicKey.set(key.publicKey, key);
	}
	return [...byPublicKey.values()].map((key, i) => ({
		...key,
		id: i === 0 ? 'teacher' : `former:${key.publicKey}`
	}));
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
 * Opens a receipt with whichever key fits: the assignment's own first, then every other key this
 * device holds. Only a receipt no key opens says so, with the assignment key's reason.
 */
async function openWithAnyKey(
	text: string,
	keys: readonly TeacherKeyRecord[],
	assignmentId: string
): Promise<OpenResult> {
	let first: OpenResult | undefined;
	for (const key of keys) {
		const result = await openReceipt(text, key.privateKey, assignmentId);
		if (result.ok || result.error !== 'tampered') return result;
		first ??= result;
	}
	return first ?? openReceipt(text, (await getTeacherKeys()).privateKey, assignmentId);
}

/**
 * Opens sealed receipts (pasted links, file contents or scanned codes) and keeps the good ones.
 * Each one gets its own outcome; what was collected before is never touched.
 */
export async function addReceipts(assignmentId: string, sealed: string[]): Promise<CollectResult> {
	const database = getDb();
	const published = await getPublished(assignmentId);
	const keys = (await listTeacherKeys()).sort(
		(a, b) =>
			Number(b.publicKey === published?.assignment.teacherKey) -
			Number(a.publicKey === published?.assignment.teacherKey)
	);
	const existing = await listReceipts(assignmentId);
	const opened = await Promise.all(sealed.map((text) => openWithAnyKey(text, keys, assignmentId)));
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
