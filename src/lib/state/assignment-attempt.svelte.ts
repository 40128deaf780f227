import {
	createReceiptId,
	encodeReceiptLink,
	itemOrder,
	makeReceipt,
	randomBytes,
	sameAssignment,
	sealReceipt,
	type Assignment,
	type ReceiptAnswer,
	type ResolvedItem
} from '$core/assign/index.ts';
import { gradeChoice } from '$core/grading/choice.ts';
import type { GradeResult } from '$core/grading/index.ts';
import { buildChoices } from '$core/study/plan.ts';
import { carriedBanks } from '$core/assign/carried-banks.ts';
import { recordAnswer, type AttemptRecord } from '$lib/db/index.ts';
import { getAttempt, saveAttemptAnswer, startAttempt, submitAttempt } from '$lib/db/attempts.ts';
import { describeStorageError } from '$lib/db/storage-errors.ts';
import { saveCarried } from './import.ts';

export type AttemptPhase = 'intro' | 'asking' | 'answered' | 'review' | 'submitted';

/** An answer given but not in the database yet: it stays on screen until it is saved. */
export interface PendingAnswer {
	answer: ReceiptAnswer;
	grade: GradeResult & { given: string };
}

const PENDING_PREFIX = 'footnote:pending-answer:';
const NOT_SAVED_YET = 'This answer is not saved yet. Press Try again to save it.';

/**
 * The unsaved answer is also kept for this tab in sessionStorage: a reload (which a closed
 * database connection asks for) offers it again instead of losing it.
 */
function keepPending(assignmentId: string, pending: PendingAnswer | null) {
	try {
		if (pending) sessionStorage.setItem(PENDING_PREFIX + assignmentId, JSON.stringify(pending));
		else sessionStorage.removeItem(PENDING_PREFIX + assignmentId);
	} catch {
		// Without sessionStorage the answer stays on screen until the tab closes.
	}
}

function readPending(assignmentId: string): PendingAnswer | null {
	try {
		const data = JSON.parse(sessionStorage.getItem(PENDING_PREFIX + assignmentId) ?? 'null');
		return data && typeof data.answer?.item === 'number' && data.grade ? data : null;
	} catch {
		return null;
	}
}

/**
 * A link with the id of an assignment started on this device but other content: a link someone
 * changed (another teacher key, say), or a mix-up. The saved attempt is kept as it is.
 */
export class ChangedLink extends Error {
	constructor() {
		super(
			'You already started an assignment with this id on this device, but this link holds different questions or another teacher’s key, so it may have been changed. Open the link your teacher gave you first, or ask your teacher which one is right.'
		);
	}
}

/**
 * A student's run through an assignment: every answer is saved as it is given, so a closed tab
 * resumes at the next question; submitting seals the receipt for the teacher.
 */
export class AssignmentAttempt {
	readonly assignment: Assignment;
	/** The items in the teacher's order. */
	readonly items: ResolvedItem[];
	record = $state.raw<AttemptRecord | null>(null);
	phase = $state<AttemptPhase>('intro');
	/** The position in this student's order. */
	position = $state(0);
	last = $state.raw<(GradeResult & { given: string }) | null>(null);
	/** The answer on screen that is not saved yet; `error` says why. */
	pending = $state.raw<PendingAnswer | null>(null);
	error = $state<string | null>(null);
	/** A passing word about what another tab did to this attempt. */
	notice = $state<string | null>(null);
	#shownAt = Date.now();

	constructor(assignment: Assignment, items: ResolvedItem[]) {
		this.assignment = assignment;
		this.items = items;
	}

	/**
	 * Picks up an attempt saved on this device, if there is one, and an answer not saved yet.
	 * Throws `ChangedLink` when the saved attempt is of another assignment under the same id.
	 */
	async load() {
		const record = await getAttempt(this.assignment.id);
		if (!record) return;
		if (!sameAssignment(record.assignment, this.assignment)) throw new ChangedLink();
		this.#resume(record);
		const pending = readPending(this.assignment.id);
		const position = pending ? this.order.indexOf(pending.answer.item) : -1;
		if (!pending || record.sealed || position < 0 || this.#isAnswered(pending.answer.item)) {
			keepPending(this.assignment.id, null);
			return;
		}
		this.position = position;
		this.phase = 'asking';
		this.pending = pending;
		this.error = NOT_SAVED_YET;
	}

	/**
	 * Reads the attempt again after another tab changed it: a question answered there is not
	 * asked here, and an attempt submitted there shows as submitted.
	 */
	async refresh() {
		const record = await getAttempt(this.assignment.id);
		if (!record || !sameAssignment(record.assignment, this.assignment)) return;
		this.record = record;
		if (record.sealed) {
			if (this.pending) this.notice = 'This assignment was submitted in another tab.';
			this.pending = null;
			this.error = null;
			keepPending(this.assignment.id, null);
			this.phase = 'submitted';
		} else if (this.phase === 'intro') {
			this.#resume(record);
		} else if (
			this.phase === 'asking' &&
			!this.pending &&
			this.itemIndex !== undefined &&
			this.#isAnswered(this.itemIndex)
		) {
			this.notice = 'That question was answered in another tab.';
			this.next();
		}
	}

	get order(): number[] {
		return this.record?.order ?? this.items.map((_, i) => i);
	}

	/** The index into `items` of the question on screen. */
	get itemIndex(): number | undefined {
		return this.order[this.position];
	}

	get current(): ResolvedItem | undefined {
		const index = this.itemIndex;
		return index === undefined ? undefined : this.items[index];
	}

	get answeredCount() {
		return this.record?.answers.length ?? 0;
	}

	/** The deadline set by a time limit, counted from the start. */
	get deadline(): number | undefined {
		const minutes = this.assignment.timeLimitMin;
		return minutes && this.record ? this.record.startedAt + minutes * 60_000 : undefined;
	}

	choices(): string[] {
		const item = this.current;
		return item ? buildChoices(item.question, this.record?.receiptId ?? '') : [];
	}

	async start(name: string) {
		const receiptId = createReceiptId(randomBytes(12));
		const order = itemOrder(this.assignment, receiptId);
		const record = await startAttempt(this.assignment, name.trim(), receiptId, order);
		// Another tab may have started a link with this id but other content meanwhile.
		if (!sameAssignment(record.assignment, this.assignment)) throw new ChangedLink();
		this.#resume(record);
	}

	answerChoice(choice: string) {
		const item = this.current;
		if (!item) return Promise.resolve();
		return this.#answer(gradeChoice(item.question, choice), choice);
	}

	async answerTyped(reply: string) {
		const item = this.current;
		if (!item) return;
		const { gradeTypedAnswer } = await import('$core/grading/index.ts');
		return this.#answer(gradeTypedAnswer(item.question, reply), reply);
	}

	next() {
		this.last = null;
		this.position = this.#firstUnanswered();
		this.phase = this.position >= this.order.length ? 'review' : 'asking';
		this.#shownAt = Date.now();
	}

	/**
	 * Seals the receipt and keeps it with the attempt; the questions join the student's own
	 * review deck. Unanswered questions (time ran out) count as wrong.
	 */
	async submit(origin: string): Promise<void> {
		// An answer still waiting to be saved goes in first (a time limit may run out meanwhile).
		await this.retry();
		const record = this.record;
		if (!record) return;
		if (record.sealed) return;
		const receipt = makeReceipt({
			assignment: this.assignment,
			receiptId: record.receiptId,
			name: record.name,
			submittedAt: new Date().toISOString(),
			answers: [...record.answers].sort((a, b) => a.item - b.item)
		});
		const sealed = await sealReceipt(receipt, this.assignment.teacherKey);
		this.record = await submitAttempt(this.assignment.id, sealed);
		this.phase = 'submitted';
		this.receiptLink = encodeReceiptLink(sealed, origin);
		await this.#joinDeck(record);
	}

	receiptLink = $state<string | null>(null);

	#resume(record: AttemptRecord) {
		this.record = record;
		if (record.sealed) {
			this.phase = 'submitted';
			return;
		}
		this.next();
	}

	#firstUnanswered(): number {
		const answered = new Set(this.record?.answers.map((a) => a.item));
		const at = this.order.findIndex((item) => !answered.has(item));
		return at === -1 ? this.order.length : at;
	}

	#isAnswered(item: number): boolean {
		return !!this.record?.answers.some((a) => a.item === item);
	}

	async #answer(grade: GradeResult, given: string) {
		const item = this.itemIndex;
		if (item === undefined || this.phase !== 'asking' || this.pending) return;
		this.notice = null;
		this.pending = {
			answer: { item, given, correct: grade.correct, ms: Date.now() - this.#shownAt },
			grade: { ...grade, given }
		};
		keepPending(this.assignment.id, this.pending);
		await this.#savePending();
	}

	/** Tries again to save the answer on screen. */
	async retry() {
		if (this.pending) await this.#savePending();
	}

	async #savePending() {
		const pending = this.pending;
		if (!pending) return;
		let record: AttemptRecord;
		try {
			record = await saveAttemptAnswer(this.assignment.id, pending.answer);
		} catch (error) {
			console.error(error);
			this.error = describeStorageError(error, {
				what: 'this answer',
				retry: 'press Try again'
			});
			return;
		}
		this.record = record;
		this.error = null;
		this.pending = null;
		keepPending(this.assignment.id, null);
		// An item is answered once: an answer given first in another tab is the one kept.
		const kept = record.answers.find((a) => a.item === pending.answer.item);
		if (kept?.ms !== pending.answer.ms || kept.given !== pending.answer.given) {
			this.notice = 'That question was already answered in another tab; that answer is kept.';
			this.next();
			return;
		}
		this.last = pending.grade;
		if (this.assignment.feedback === 'immediate') this.phase = 'answered';
		else this.next();
	}

	/**
	 * The questions join the review deck, rated by how the student did. Questions carried whole
	 * (from a document the teacher imported) are saved first, with their paragraphs, so they can be
	 * reviewed and read later like any other: with the student's own copy of the text when they
	 * imported it too, else as a document of their own.
	 */
	async #joinDeck(record: AttemptRecord) {
		const now = new Date();
		const documentOf = new Map<string, string>();
		for (const item of this.items) {
			if (item.bankDocumentId) documentOf.set(item.question.id, item.bankDocumentId);
		}
		for (const bank of carriedBanks(this.items)) {
			try {
				for (const [id, documentId] of await saveCarried(bank)) documentOf.set(id, documentId);
			} catch (error) {
				// The receipt is what matters here; the deck can do without these questions.
				console.error(error);
			}
		}
		for (const answer of record.answers) {
			const item = this.items[answer.item];
			const documentId = item && documentOf.get(item.question.id);
			if (!item || !documentId) continue;
			try {
				await recordAnswer({
					question: {
						id: item.question.id,
						documentId,
						kind: item.question.kind
					},
					rating: answer.correct ? 'good' : 'again',
					correct: answer.correct,
					answer: answer.given,
					mode: this.assignment.mode,
					durationMs: answer.ms,
					now
				});
			} catch (error) {
				// The receipt is what matters here; the deck can do without one card.
				console.error(error);
			}
		}
	}
}
