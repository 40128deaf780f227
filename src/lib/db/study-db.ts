import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CardRecord, ReviewRecord } from '$core/scheduling/card-record.ts';
import type { Bank, QuestionKind } from '$core/questions/types.ts';
import type { Assignment, Receipt, ReceiptAnswer } from '$core/assign/index.ts';

/** Tallies for one kind of question, or for one day. */
export interface Tally {
	answered: number;
	correct: number;
}

/**
 * One local day's totals, kept up to date in the same transaction as each answer, so the Today
 * screen and the stats never have to scan the whole review log.
 */
export interface DayRecord {
	day: string;
	answered: number;
	correct: number;
	/** Questions met for the first time this day, for the new-cards-per-day limit. */
	introduced: number;
	byKind: Partial<Record<QuestionKind, Tally>>;
	/** Answers to cards that were in review (not learning): their accuracy is measured retention. */
	recall: Tally;
}

/**
 * How many active (not retired) cards a document has: when it equals the document's question
 * count, the review queue knows without reading any card that the document has nothing new.
 */
export interface DocumentCount {
	documentId: string;
	active: number;
}

/**
 * A teacher's key pair: receipts are sealed to its public half. The one new assignments carry has
 * the id 'teacher'; keys held before (another device's, restored from a backup) are kept under
 * `former:<public key>`, so receipts sealed to them still open.
 */
export interface TeacherKeyRecord {
	id: string;
	/** Compressed P-256 public key, base64url: what assignments carry. */
	publicKey: string;
	/** Extractable, so a backup can carry it to a new device. */
	privateKey: CryptoKey;
	createdAt: number;
}

/** An assignment this device published, with the link students were given. */
export interface PublishedRecord {
	id: string;
	assignment: Assignment;
	link: string;
	createdAt: number;
}

/** A student's receipt as the teacher collected it, opened. */
export interface ReceiptRecord {
	receiptId: string;
	assignmentId: string;
	receipt: Receipt;
	collectedAt: number;
}

/** A student's attempt at an assignment on this device: saved answer by answer. */
export interface AttemptRecord {
	assignmentId: string;
	assignment: Assignment;
	name: string;
	/** Made when the attempt starts: it seeds the item order and names the receipt. */
	receiptId: string;
	/** The order this student sees the items in (indexes into assignment.items). */
	order: number[];
	answers: ReceiptAnswer[];
	startedAt: number;
	submittedAt?: number;
	/** The sealed receipt, once submitted. */
	sealed?: string;
}

/** A document imported on this device, held whole: its paragraphs and the bank made from them. */
export interface ImportedDocumentRecord {
	/** The bank's document id. */
	id: string;
	bank: Bank;
	importedAt: number;
}

export const DB_NAME = 'footnote';

/** Rebuilds every document's count of active cards from the cards themselves. */
export async function recountDocuments(cards: Table, documentCounts: Table): Promise<void> {
	const counts = new Map<string, number>();
	await cards
		.where('[documentId+retired]')
		.between([Dexie.minKey, 0], [Dexie.maxKey, 0])
		.eachKey((key) => {
			// The range also spans retired cards of every document but the last.
			const [documentId, retired] = key as unknown as [string, number];
			if (retired === 0) counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
		});
	await documentCounts.clear();
	await documentCounts.bulkPut([...counts].map(([documentId, active]) => ({ documentId, active })));
}

/** The database of everything the learner does; the schema's history is its list of versions. */
export class StudyDB extends Dexie {
	cards!: EntityTable<CardRecord, 'id'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	days!: EntityTable<DayRecord, 'day'>;
	documentCounts!: EntityTable<DocumentCount, 'documentId'>;
	teacherKeys!: EntityTable<TeacherKeyRecord, 'id'>;
	published!: EntityTable<PublishedRecord, 'id'>;
	/** Keyed by assignment and receipt: receipt ids are made by students, unique only per assignment. */
	collectedReceipts!: Table<ReceiptRecord, [string, string]>;
	attempts!: EntityTable<AttemptRecord, 'assignmentId'>;
	documents!: EntityTable<ImportedDocumentRecord, 'id'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({
			// [retired+due] serves the review queue and the due forecast without reading retired cards.
			cards: 'id, [retired+due], [documentId+retired]',
			reviews: '++id, reviewedAt, cardId',
			days: 'day'
		});
		// Version 2: per-document card counts, so finding new questions costs a read per document
		// instead of a walk over every card.
		this.version(2)
			.stores({ documentCounts: 'documentId' })
			.upgrade((tx) => recountDocuments(tx.table('cards'), tx.table('documentCounts')));
		// Version 3: assigned quizzes, on both sides. A teacher's keys, published assignments and
		// collected receipts; a student's attempts.
		this.version(3).stores({
			teacherKeys: 'id',
			published: 'id, createdAt',
			receipts: 'receiptId, assignmentId',
			attempts: 'assignmentId'
		});
		// Version 4: documents imported on the device, each with its question bank.
		this.version(4).stores({ documents: 'id, importedAt' });
		// Version 5: collected receipts keyed by assignment and receipt id, not the receipt id alone,
		// so a receipt for one assignment cannot overwrite another's. A primary key cannot change in
		// place: the rows move to a new table, and the old one goes once they are copied.
		this.version(5)
			.stores({ receipts: null, collectedReceipts: '[assignmentId+receiptId], assignmentId' })
			.upgrade(async (tx) => {
				const rows = await tx.table('receipts').toArray();
				await tx.table('collectedReceipts').bulkPut(rows);
			});
	}
}
