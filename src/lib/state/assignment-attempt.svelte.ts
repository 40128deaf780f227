import {
	createReceiptId,
	encodeReceiptLink,
	itemOrder,
	makeReceipt,
	randomBytes,
	sealReceipt,
	type Assignment,
	type ResolvedItem
} from '$core/assign/index.ts';
import { gradeChoice } from '$core/grading/choice.ts';
import type { GradeResult } from '$core/grading/index.ts';
import { buildChoices } from '$core/study/plan.ts';
import { recordAnswer, type AttemptRecord } from '$lib/db/index.ts';
import { getAttempt, saveAttemptAnswer, startAttempt, submitAttempt } from '$lib/db/attempts.ts';

export type AttemptPhase = 'intro' | 'asking' | 'answered' | 'review' | 'submitted';

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
	error = $state<string | null>(null);
	#shownAt = Date.now();

	constructor(assignment: Assignment, items: ResolvedItem[]) {
		this.assignment = assignment;
		this.items = items;
	}

	/** Picks up an attempt saved on this device, if there is one. */
	async load() {
		const record = await getAttempt(this.assignment.id);
		if (record) this.#resume(record);
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
		this.#resume(await startAttempt(this.assignment, name.trim(), receiptId, order));
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

	async #answer(grade: GradeResult, given: string) {
		const item = this.itemIndex;
		if (item === undefined || this.phase !== 'asking') return;
		try {
			this.record = await saveAttemptAnswer(this.assignment.id, {
				item,
				given,
				correct: grade.correct,
				ms: Date.now() - this.#shownAt
			});
			this.error = null;
		} catch (error) {
			console.error(error);
			this.error = 'This answer could not be saved on this device. Try again.';
			return;
		}
		this.last = { ...grade, given };
		if (this.assignment.feedback === 'immediate') this.phase = 'answered';
		else this.next();
	}

	/** Shipped questions join the review deck, rated by how the student did. */
	async #joinDeck(record: AttemptRecord) {
		const now = new Date();
		for (const answer of record.answers) {
			const item = this.items[answer.item];
			if (!item?.bankDocumentId) continue;
			try {
				await recordAnswer({
					question: {
						id: item.question.id,
						documentId: item.bankDocumentId,
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
