import * as v from 'valibot';
import { BankSchema } from '../questions/validate-bank.ts';
import type { Bank, Paragraph, Question } from '../questions/types.ts';
import { createRandom, shuffle } from '../random.ts';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { decompressPoint } from './p256.ts';

/** The assignment format this code writes; links carry it as their `1.` prefix. */
export const ASSIGNMENT_VERSION = 1;

/** How a student answers: picking from the answer and its distractors, or typing. */
export type AnswerMode = 'choice' | 'typed';
/** When a student sees whether an answer was right: at once, or only after submitting. */
export type FeedbackTiming = 'immediate' | 'after';

/**
 * A question from a shipped bank, by id only: every copy of the app has the shipped banks, and
 * the id alone keeps a 20-question assignment small enough for one QR code.
 */
export interface ShippedItem {
	ref: string;
	/** The teacher's rewording; the answer and the evidence stay the bank's. */
	edit?: { prompt?: string };
}

/**
 * A question from a document the teacher imported, carried whole with its evidence paragraph, so
 * the student's app can show it and "Open in source" offline without the document. The teacher's
 * rewording is written into `q.prompt` directly.
 */
export interface ImportedItem {
	q: Question;
	paragraph: Paragraph;
	documentTitle: string;
}

export type AssignmentItem = ShippedItem | ImportedItem;

/** A quiz a teacher publishes: everything a student's app needs, with no server. */
export interface Assignment {
	v: 1;
	/** Short random base64url id; receipts name it. Make one with `createAssignmentId`. */
	id: string;
	title: string;
	instructions?: string;
	mode: AnswerMode;
	/** Whether each student sees the questions in their own order (see `itemOrder`). */
	shuffle: boolean;
	feedback: FeedbackTiming;
	/** 'YYYY-MM-DD', the last day to submit (the student's app shows it; nothing enforces it). */
	due?: string;
	/** Minutes, whole, 1 to 600. */
	timeLimitMin?: number;
	/** The questions in the teacher's order; receipts refer to them by index. */
	items: AssignmentItem[];
	/** The teacher's ECDH P-256 public key, compressed (33 bytes), as base64url (44 characters). */
	teacherKey: string;
}

/** Limits that keep a hand-made payload from asking the app for absurd work. */
export const ASSIGNMENT_LIMITS = {
	titleLength: 200,
	instructionsLength: 4000,
	items: 500,
	promptLength: 2000,
	timeLimitMin: 600,
	// What a question carried whole may hold, far above what the generator writes.
	idLength: 100,
	answerLength: 500,
	/** Wrong options, and other accepted answers, each. */
	options: 20,
	paragraphLength: 20_000,
	headingLength: 500
} as const;

/** Whether an item carries its question whole (imported) rather than by id (shipped). */
export function isImportedItem(item: AssignmentItem): item is ImportedItem {
	return 'q' in item;
}

function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

const QuestionSchema = BankSchema.entries.questions.item;
const ParagraphSchema = BankSchema.entries.document.entries.paragraphs.item;

const ShippedItemSchema = v.strictObject({
	ref: v.pipe(v.string(), v.minLength(1), v.maxLength(ASSIGNMENT_LIMITS.idLength)),
	edit: v.optional(
		v.strictObject({
			prompt: v.optional(
				v.pipe(v.string(), v.minLength(1), v.maxLength(ASSIGNMENT_LIMITS.promptLength))
			)
		})
	)
});

/** A list of answers the link may carry: few enough, each short enough. */
const carriedAnswers = (list: readonly string[] | undefined) =>
	!list ||
	(list.length <= ASSIGNMENT_LIMITS.options &&
		list.every((text) => text.length <= ASSIGNMENT_LIMITS.answerLength));

// A bank on this device is the app's own; a question in a link is whatever the link holds, so
// every text in it has a limit.
const CarriedQuestionSchema = v.pipe(
	QuestionSchema,
	v.check(
		(q) =>
			q.id.length <= ASSIGNMENT_LIMITS.idLength &&
			q.source.paragraph.length <= ASSIGNMENT_LIMITS.idLength &&
			q.prompt.length <= ASSIGNMENT_LIMITS.promptLength &&
			q.answer.length <= ASSIGNMENT_LIMITS.answerLength &&
			carriedAnswers(q.accept) &&
			carriedAnswers(q.distractors),
		'a question carried in a link has a text, or a list of answers, over its limit'
	)
);

const CarriedParagraphSchema = v.pipe(
	ParagraphSchema,
	v.check(
		(p) =>
			p.id.length <= ASSIGNMENT_LIMITS.idLength &&
			p.text.length <= ASSIGNMENT_LIMITS.paragraphLength &&
			(p.heading ?? '').length <= ASSIGNMENT_LIMITS.headingLength,
		'a paragraph carried in a link is over its length limit'
	)
);

const ImportedItemSchema = v.pipe(
	v.strictObject({
		q: CarriedQuestionSchema,
		paragraph: CarriedParagraphSchema,
		documentTitle: v.pipe(v.string(), v.minLength(1), v.maxLength(ASSIGNMENT_LIMITS.titleLength))
	}),
	v.check(
		(item) =>
			item.q.source.paragraph === item.paragraph.id &&
			item.q.source.start < item.q.source.end &&
			item.q.source.end <= item.paragraph.text.length,
		'the evidence span must lie inside the paragraph carried with the question'
	)
);

/** The assignment format as a schema, for data that comes from outside (a link, a file). */
export const AssignmentSchema = v.pipe(
	v.strictObject({
		v: v.literal(ASSIGNMENT_VERSION),
		id: v.pipe(
			v.string(),
			v.regex(/^[A-Za-z0-9_-]{6,32}$/, 'must be 6 to 32 base64url characters')
		),
		title: v.pipe(
			v.string(),
			v.check((t) => t.trim().length > 0, 'must not be blank'),
			v.maxLength(ASSIGNMENT_LIMITS.titleLength)
		),
		instructions: v.optional(v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.instructionsLength))),
		mode: v.picklist(['choice', 'typed']),
		shuffle: v.boolean(),
		feedback: v.picklist(['immediate', 'after']),
		due: v.optional(v.pipe(v.string(), v.check(isRealDate, 'must be a real date, YYYY-MM-DD'))),
		timeLimitMin: v.optional(
			v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(ASSIGNMENT_LIMITS.timeLimitMin))
		),
		items: v.pipe(
			v.array(v.union([ShippedItemSchema, ImportedItemSchema])),
			v.minLength(1, 'must hold at least one question'),
			v.maxLength(ASSIGNMENT_LIMITS.items)
		),
		teacherKey: v.pipe(
			v.string(),
			v.check((key) => {
				const bytes = fromBase64Url(key);
				return bytes !== null && decompressPoint(bytes) !== null;
			}, 'must be a compressed P-256 public key in base64url')
		)
	}),
	v.check(
		(a) =>
			a.mode !== 'choice' ||
			a.items.every((item) => !('q' in item) || item.q.distractors.length > 0),
		'multiple choice needs distractors for every imported question'
	)
);

export type AssignmentValidation =
	{ ok: true; assignment: Assignment } | { ok: false; issues: string[] };

/** Checks untrusted data against the assignment format; never throws. */
export function validateAssignment(data: unknown): AssignmentValidation {
	const parsed = v.safeParse(AssignmentSchema, data);
	if (parsed.success) return { ok: true, assignment: parsed.output as Assignment };
	return {
		ok: false,
		issues: parsed.issues.slice(0, 5).map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
	};
}

/**
 * A new assignment id from random bytes the caller supplies (6 to 24 of them), so this stays pure.
 * @example createAssignmentId(randomBytes(6)) // 'q3Xv9k_A'
 */
export function createAssignmentId(random: Uint8Array): string {
	if (random.length < 6 || random.length > 24) {
		throw new RangeError('an assignment id needs 6 to 24 random bytes');
	}
	return toBase64Url(random);
}

/** `count` questions drawn at random from a pool (one or more banks' questions), in pool order. */
export function pickRandom<T>(pool: readonly T[], count: number, random: () => number): T[] {
	const chosen = new Set(
		shuffle(
			pool.map((_, i) => i),
			random
		).slice(0, Math.max(0, count))
	);
	return pool.filter((_, i) => chosen.has(i));
}

/**
 * The order in which one student sees the items, as indices into `assignment.items`: the
 * teacher's order, or when `shuffle` is on an order seeded by `seed` (use the receipt id, so a
 * reload shows the same order).
 * @example itemOrder(assignment, receiptId) // [3, 0, 2, 1]
 */
export function itemOrder(assignment: Assignment, seed: string): number[] {
	const indices = assignment.items.map((_, i) => i);
	return assignment.shuffle ? shuffle(indices, createRandom(`${assignment.id}|${seed}`)) : indices;
}

/** One item made ready to show: the question with the teacher's wording, and its evidence. */
export interface ResolvedItem {
	question: Question;
	paragraph: Paragraph;
	documentTitle: string;
	/** The shipped bank's document id, for "Open in source"; absent for imported questions. */
	bankDocumentId?: string;
}

export type ResolveResult = { ok: true; items: ResolvedItem[] } | { ok: false; missing: string[] };

/**
 * Turns every item into a question to show, looking shipped ids up in the banks this copy of the
 * app has. Fails with the ids it could not find (a link made with banks this copy lacks).
 */
export function resolveItems(assignment: Assignment, banks: readonly Bank[]): ResolveResult {
	const byId = new Map<string, { question: Question; bank: Bank }>();
	for (const bank of banks) {
		for (const question of bank.questions) byId.set(question.id, { question, bank });
	}
	const items: ResolvedItem[] = [];
	const missing: string[] = [];
	for (const item of assignment.items) {
		if (isImportedItem(item)) {
			items.push({
				question: item.q,
				paragraph: item.paragraph,
				documentTitle: item.documentTitle
			});
			continue;
		}
		const found = byId.get(item.ref);
		const paragraph = found?.bank.document.paragraphs.find(
			(p) => p.id === found.question.source.paragraph
		);
		if (!found || !paragraph) {
			missing.push(item.ref);
			continue;
		}
		const prompt = item.edit?.prompt;
		items.push({
			question: prompt ? { ...found.question, prompt } : found.question,
			paragraph,
			documentTitle: found.bank.document.title,
			bankDocumentId: found.bank.document.id
		});
	}
	return missing.length ? { ok: false, missing } : { ok: true, items };
}
