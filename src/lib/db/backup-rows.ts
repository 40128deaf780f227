import * as v from 'valibot';
import { AssignmentSchema } from '$core/assign/index.ts';
import { fromBase64Url, toBase64Url } from '$core/assign/bytes.ts';
import { compressPoint, publicPointOf } from '$core/assign/p256.ts';
import { QUESTION_KINDS } from '$core/questions/types.ts';
import { validateBank } from '$core/questions/validate-bank.ts';
import { RATINGS } from '$core/scheduling/card-record.ts';

// A backup file may come from anywhere: every row is checked here before anything is written, so
// a bad row is refused (or, where a safe value exists, repaired) instead of breaking the app
// later, when an answer or a receipt meets it.

const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const time = v.pipe(v.number(), v.finite());
const text = v.string();
const tally = v.object({ answered: count, correct: count });

const CardSchema = v.object({
	id: v.pipe(text, v.minLength(1)),
	documentId: text,
	kind: v.picklist(QUESTION_KINDS),
	due: time,
	stability: count,
	difficulty: count,
	scheduledDays: count,
	learningSteps: count,
	reps: count,
	lapses: count,
	state: v.picklist(['new', 'learning', 'review', 'relearning'], 'an unknown memory state'),
	lastReview: v.optional(time),
	retired: v.picklist([0, 1])
});

const ReviewSchema = v.object({
	id: v.optional(v.number()),
	cardId: text,
	documentId: text,
	kind: v.picklist(QUESTION_KINDS),
	rating: v.picklist(RATINGS),
	correct: v.boolean(),
	answer: text,
	mode: v.picklist(['choice', 'typed', 'flip']),
	durationMs: count,
	reviewedAt: time,
	counted: v.boolean(),
	previous: v.nullable(CardSchema)
});

const DaySchema = v.object({
	day: v.pipe(text, v.regex(/^\d{4}-\d{2}-\d{2}$/)),
	answered: count,
	correct: count,
	introduced: count,
	byKind: v.record(v.picklist(QUESTION_KINDS), tally),
	recall: tally
});

const PublishedSchema = v.object({
	id: text,
	assignment: AssignmentSchema,
	link: text,
	createdAt: time
});

const ReceiptRowSchema = v.object({
	receiptId: text,
	assignmentId: text,
	receipt: v.looseObject({ receiptId: text, assignmentId: text, name: text }),
	collectedAt: time
});

const AttemptSchema = v.object({
	assignmentId: text,
	assignment: AssignmentSchema,
	name: text,
	receiptId: text,
	order: v.array(v.number()),
	answers: v.array(
		v.object({ item: v.number(), given: text, correct: v.boolean(), ms: v.number() })
	),
	startedAt: time,
	submittedAt: v.optional(time),
	sealed: v.optional(text)
});

const KeySchema = v.object({
	id: text,
	publicKey: text,
	privateKey: v.looseObject({ kty: v.literal('EC'), crv: v.literal('P-256'), d: text }),
	createdAt: time
});

const DocumentSchema = v.object({
	id: text,
	bank: v.unknown(),
	importedAt: time
});

/** A teacher key row as a backup carries it: the private key as a JWK. */
export interface BackupKeyRow {
	id: string;
	publicKey: string;
	privateKey: JsonWebKey;
	createdAt: number;
}

export type RowsCheck =
	| { ok: true; tables: Record<string, unknown[]>; repairs: string[] }
	| { ok: false; message: string };

function plural(n: number, one: string, many: string) {
	return `${n} ${n === 1 ? one : many}`;
}

/** Fills in what a day row may lack, all of it counts the app can do without. */
function repairDay(row: Record<string, unknown>): boolean {
	let repaired = false;
	const isObject = (value: unknown) => !!value && typeof value === 'object';
	if (typeof row.introduced !== 'number') {
		row.introduced = 0;
		repaired = true;
	}
	if (!isObject(row.byKind)) {
		row.byKind = {};
		repaired = true;
	}
	if (!isObject(row.recall)) {
		row.recall = { answered: 0, correct: 0 };
		repaired = true;
	}
	return repaired;
}

/**
 * A key row with its public half derived from the private one: a row whose two halves do not
 * match would publish assignments whose receipts no key here opens.
 */
function repairKey(row: BackupKeyRow): boolean {
	const d = fromBase64Url(row.privateKey.d ?? '');
	const point = d && publicPointOf(d);
	const compressed = point && compressPoint(point);
	if (!point || !compressed) throw new RowProblem('a teacher key is not a valid private key');
	const publicKey = toBase64Url(compressed);
	const x = toBase64Url(point.subarray(1, 33));
	const y = toBase64Url(point.subarray(33));
	const repaired = row.publicKey !== publicKey || row.privateKey.x !== x || row.privateKey.y !== y;
	row.publicKey = publicKey;
	row.privateKey = { ...row.privateKey, x, y };
	return repaired;
}

class RowProblem extends Error {}

function parse<S extends v.GenericSchema>(schema: S, row: unknown, what: string): v.InferOutput<S> {
	const parsed = v.safeParse(schema, row);
	if (parsed.success) return parsed.output;
	const issue = parsed.issues[0];
	const path = issue && v.getDotPath(issue);
	throw new RowProblem(`${what} has ${path ? `a bad “${path}”` : 'a bad shape'}`);
}

/**
 * Checks every row of a backup's tables against the app's formats. Rows that can be made safe
 * are repaired (and said so); any other bad row refuses the whole backup, naming it.
 */
export function checkRows(tables: Record<string, unknown[]>): RowsCheck {
	const copy = (rows: unknown[]) =>
		rows.map((row) => structuredClone(row) as Record<string, unknown>);
	const repaired = { days: 0, cards: 0, keys: 0 };
	try {
		const cards = copy(tables.cards ?? []).map((row, i) => {
			if (row.retired !== 0 && row.retired !== 1) {
				// A flag that is neither 0 nor 1 leaves a card out of every index: it is shown
				// again, and the library retires it on load if its question is gone.
				row.retired = 0;
				repaired.cards++;
			}
			return parse(CardSchema, row, `card ${i + 1}`);
		});
		const days = copy(tables.days ?? []).map((row, i) => {
			if (repairDay(row)) repaired.days++;
			return parse(DaySchema, row, `day ${i + 1}`);
		});
		const teacherKeys = copy(tables.teacherKeys ?? []).map((row, i) => {
			const key = parse(KeySchema, row, `teacher key ${i + 1}`) as BackupKeyRow;
			if (repairKey(key)) repaired.keys++;
			return key;
		});
		const documents = copy(tables.documents ?? []).map((row, i) => {
			const record = parse(DocumentSchema, row, `document ${i + 1}`);
			const bank = validateBank(record.bank);
			if (!bank.ok) throw new RowProblem(`document ${i + 1} is not a valid question bank`);
			return { ...record, bank: bank.bank };
		});
		const checked = {
			cards,
			reviews: copy(tables.reviews ?? []).map((r, i) => parse(ReviewSchema, r, `answer ${i + 1}`)),
			days,
			// Counts are rebuilt from the cards on restore, whatever the file says.
			documentCounts: [],
			published: copy(tables.published ?? []).map((r, i) =>
				parse(PublishedSchema, r, `published assignment ${i + 1}`)
			),
			receipts: copy(tables.receipts ?? []).map((r, i) =>
				parse(ReceiptRowSchema, r, `receipt ${i + 1}`)
			),
			attempts: copy(tables.attempts ?? []).map((r, i) =>
				parse(AttemptSchema, r, `assignment attempt ${i + 1}`)
			),
			teacherKeys,
			documents
		};
		const repairs = [
			repaired.days &&
				`${plural(repaired.days, 'day’s totals were', 'days’ totals were')} incomplete and filled in.`,
			repaired.cards &&
				`${plural(repaired.cards, 'card was', 'cards were')} wrongly marked retired and will be shown again.`,
			repaired.keys &&
				`${plural(repaired.keys, 'teacher key had its', 'teacher keys had their')} public half rebuilt from the private one.`
		].filter((r): r is string => !!r);
		return { ok: true, tables: checked, repairs };
	} catch (error) {
		if (!(error instanceof RowProblem)) throw error;
		return {
			ok: false,
			message: `This backup is damaged: ${error.message}. Nothing was changed.`
		};
	}
}
