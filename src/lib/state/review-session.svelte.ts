import type { Question } from '$core/questions/types.ts';
import type { AnswerMode, CardRecord, RatingName } from '$core/scheduling/card-record.ts';
import { newCardRecord, previewRatings, suggestRating } from '$core/scheduling/schedule.ts';
import { gradeChoice } from '$core/grading/choice.ts';
import type { GradeResult } from '$core/grading/index.ts';
import { areEquivalent } from '$core/questions/equivalence.ts';
import { chooseMode, pickPracticeQuestions, type ModePreference } from '$core/study/plan.ts';
import type { SessionSpec } from '$core/study/session-spec.ts';
import {
	findAnswer,
	getCards,
	getDueCardsOf,
	getLastAnswer,
	getTodayQueue,
	recordAnswer,
	undoLastAnswer,
	type QuestionRef
} from '$lib/db/index.ts';
import type { Library } from './library.ts';

export interface SessionItem {
	question: Question;
	documentId: string;
	mode: AnswerMode;
	/** The card as it was when the session was built; undefined for a question never met. */
	card?: CardRecord;
}

export interface Outcome {
	correct: boolean;
	slip: boolean;
	note?: string;
	/** What the learner chose or typed. */
	given: string;
	durationMs: number;
	suggested: RatingName;
	rating: RatingName;
	/** When the card would next be due after each rating. */
	previews: Record<RatingName, number>;
	answeredAt: number;
}

/** One answer of the session; `reviewId` is its entry in the log, once saved. */
export interface SessionResult {
	id: string;
	correct: boolean;
	reviewId?: number;
}

/** Learning steps due within this long come back in the same session. */
const REQUEUE_WITHIN_MS = 20 * 60_000;

export type Phase = 'asking' | 'revealed' | 'answered' | 'done';

/** What a session needs to resume where it was: after "Open in source" and back, or a reload. */
export interface SessionSnapshot {
	key: string;
	items: { id: string; mode: AnswerMode }[];
	index: number;
	phase: Phase;
	outcome: Outcome | null;
	results: SessionResult[];
	/** True while the answer on screen is not in the database yet: a reload must offer it again. */
	unsaved?: boolean;
}

const NOT_SAVED_YET = 'This answer is not saved yet. Press Try again to save it.';

/** Whether a card changed since the session read it: answered, or taken back, in another tab. */
function changedSince(before: CardRecord | undefined, after: CardRecord): boolean {
	return (
		!before ||
		before.reps !== after.reps ||
		before.lastReview !== after.lastReview ||
		before.due !== after.due
	);
}

/** Questions of the same document, named alike: a typed reply that matches one is never a typo. */
function knownAnswers(library: Library, documentId: string): string[] {
	const bank = library.bankById.get(documentId);
	return bank ? bank.questions.flatMap((q) => [q.answer, ...q.distractors]) : [];
}

/** The items of a session, as its spec asks: due cards first, then new questions. */
export async function buildSessionItems(
	spec: SessionSpec,
	library: Library,
	options: { now: Date; newPerDay: number; mode: ModePreference }
): Promise<SessionItem[]> {
	const mode = spec.mode ?? options.mode;
	let picked: { question: Question; documentId: string; card?: CardRecord }[];

	if (spec.type === 'practice') {
		const questions = spec.documentId
			? (library.bankById.get(spec.documentId)?.questions ?? [])
			: library.banks.flatMap((b) => b.questions);
		const chosen = pickPracticeQuestions(questions, {
			kinds: spec.kinds,
			paragraph: spec.paragraph,
			count: spec.count,
			seed: String(options.now.getTime())
		});
		const cards = await getCards(chosen.map((q) => q.id));
		picked = chosen.map((question, i) => ({
			question,
			documentId: library.questionById.get(question.id)!.documentId,
			card: cards[i]
		}));
	} else {
		const documents = spec.documentId
			? library.documents.filter((d) => d.documentId === spec.documentId)
			: library.documents;
		const queue = await getTodayQueue({
			now: options.now,
			documents,
			newPerDay: options.newPerDay
		});
		const due = spec.documentId ? await getDueCardsOf(spec.documentId, options.now) : queue.due;
		const fromCard = (card: CardRecord) => {
			const found = library.questionById.get(card.id);
			return found ? [{ ...found, card }] : [];
		};
		const fromRef = (ref: QuestionRef) => {
			const found = library.questionById.get(ref.id);
			return found ? [found] : [];
		};
		picked = [...due.flatMap(fromCard), ...queue.fresh.flatMap(fromRef)];
	}
	return picked.map((p) => ({ ...p, mode: chooseMode(p.question, p.card, mode) }));
}

/**
 * One study session: the questions, where the learner is, and what each answer did. Every
 * answer is written to the database the moment it is given.
 */
export class ReviewSession {
	readonly key: string;
	readonly counted: boolean;
	readonly retention: number;
	#library: Library;
	items = $state.raw<SessionItem[]>([]);
	index = $state(0);
	phase = $state<Phase>('asking');
	outcome = $state.raw<Outcome | null>(null);
	results = $state.raw<SessionResult[]>([]);
	/** Set when saving failed: the answer is kept on screen so it can be saved again. */
	saveError = $state<string | null>(null);
	/** True from an answer until it is in the database: leaving now would leave it unsaved. */
	unsaved = $state(false);
	/** A passing word about what another tab did to this session. */
	notice = $state<string | null>(null);
	#shownAt = Date.now();

	current = $derived(this.items[this.index]);

	constructor(options: {
		key: string;
		items: SessionItem[];
		library: Library;
		counted: boolean;
		retention: number;
	}) {
		this.key = options.key;
		this.items = options.items;
		this.counted = options.counted;
		this.retention = options.retention;
		this.#library = options.library;
		if (!this.items.length) this.phase = 'done';
	}

	get correctCount() {
		return this.results.filter((r) => r.correct).length;
	}

	/** The choice of a multiple-choice question. */
	answerChoice(choice: string) {
		const item = this.current;
		if (!item || this.phase !== 'asking') return Promise.resolve();
		return this.#answer(gradeChoice(item.question, choice), choice);
	}

	/** A typed reply; an empty one counts as "I don't know". */
	async answerTyped(reply: string) {
		const item = this.current;
		if (!item || this.phase !== 'asking') return;
		// The typed-answer graders load on first use: a session of choices never needs them.
		const { gradeTypedAnswer } = await import('$core/grading/index.ts');
		const grade = gradeTypedAnswer(item.question, reply, {
			// Another spelling of the answer (Soleimani, Suleimani) is not a rival name.
			known: knownAnswers(this.#library, item.documentId).filter(
				(a) => !areEquivalent(a, item.question.answer)
			)
		});
		return this.#answer(grade, reply);
	}

	/** Flip mode: show the answer, then the learner grades themselves. */
	reveal() {
		if (this.phase === 'asking' && this.current?.mode === 'flip') this.phase = 'revealed';
	}

	/** Flip mode: the learner's own grade is the rating; it is saved and the session moves on. */
	async rateFlip(rating: RatingName) {
		if (this.phase !== 'revealed') return;
		const correct = rating !== 'again';
		await this.#answer({ correct, slip: false }, '', rating);
		// Saving may have failed, which keeps the answer on screen to be saved again.
		if ((this.phase as Phase) === 'answered' && !this.saveError) this.next();
	}

	/** Replaces the suggested rating: the saved answer is taken back and saved with the new one. */
	async rate(rating: RatingName) {
		const outcome = this.outcome;
		const item = this.current;
		if (this.phase !== 'answered' || !outcome || !item) return;
		if (rating !== outcome.rating && this.counted && !this.saveError) {
			// Only this answer is taken back, never one given since in another tab.
			if (!(await undoLastAnswer(this.results.at(-1)?.reviewId ?? -1))) {
				this.notice = `Kept the rating ${outcome.rating}: this question was answered again in another tab, so this answer can no longer be changed.`;
				this.next();
				return;
			}
			this.outcome = { ...outcome, rating };
			await this.#save(item, this.outcome, rating);
		}
		if (!this.saveError) this.next();
	}

	next() {
		// An answer not in the database yet stays on screen until it is.
		if (this.phase !== 'answered' || this.unsaved) return;
		this.outcome = null;
		this.index++;
		this.phase = this.index >= this.items.length ? 'done' : 'asking';
		this.#shownAt = Date.now();
	}

	/** Takes back the last answer of this session and asks its question again. */
	async undo() {
		const last = this.results.at(-1);
		if (!last) return;
		if (this.unsaved && this.saveError) {
			// The answer never reached the database: taking it back is only forgetting it.
			this.saveError = null;
			this.unsaved = false;
		} else if (last.reviewId !== undefined) {
			// Only this session's own answer is taken back, never one given since in another tab.
			if (!(await undoLastAnswer(last.reviewId))) {
				this.notice =
					'This answer can no longer be undone: another answer was given since, in another tab.';
				return;
			}
		} else {
			// A session restored from before answers carried their log id.
			if ((await getLastAnswer())?.cardId !== last.id) return;
			await undoLastAnswer();
		}
		this.notice = null;
		this.results = this.results.slice(0, -1);
		const at = this.items.findLastIndex(
			(item, i) => item.question.id === last.id && i <= this.index
		);
		this.index = at >= 0 ? at : this.index;
		this.outcome = null;
		this.phase = 'asking';
		this.#shownAt = Date.now();
	}

	/** When the current card would be due after each rating, as of now (for flip cards). */
	previewNow(): Record<RatingName, number> {
		const item = this.current!;
		const now = new Date();
		const card = item.card ?? newCardRecord(this.#ref(item), now);
		return previewRatings(card, now, this.retention);
	}

	#ref(item: SessionItem) {
		return { id: item.question.id, documentId: item.documentId, kind: item.question.kind };
	}

	get canUndo() {
		return this.results.length > 0;
	}

	/** Tries again to save an answer whose first save failed. */
	async retrySave() {
		const item = this.current;
		if (!item || !this.outcome || !this.saveError) return;
		await this.#save(item, this.outcome, this.outcome.rating);
	}

	/**
	 * After a reload with an answer marked unsaved: the log says whether its save went through
	 * after all (the tab closed mid-save). If not, it waits on screen to be saved again.
	 */
	async checkRestoredAnswer() {
		const item = this.current;
		if (!this.unsaved || !item || !this.outcome) return;
		const reviewId = await findAnswer(item.question.id, this.outcome.answeredAt);
		if (reviewId === undefined) {
			this.saveError ??= NOT_SAVED_YET;
			return;
		}
		this.#saved(reviewId);
	}

	/**
	 * Another tab changed cards this session has yet to ask. A card answered there since this
	 * session read it is asked only if it is still due, and then from its latest state; the
	 * question on screen stays, and its answer is recorded on top of the other tab's.
	 */
	async syncUpcoming(now = new Date()) {
		const ids = [...new Set(this.items.slice(this.index + 1).map((i) => i.question.id))];
		if (!ids.length) return;
		const cards = await getCards(ids);
		const latest = new Map(ids.map((id, i) => [id, cards[i]]));
		const before = this.items.length;
		// Applied to the items as they are now: an answer saved meanwhile may have added one.
		this.items = this.items.flatMap((item, n) => {
			const card = latest.get(item.question.id);
			if (n <= this.index || !card || !changedSince(item.card, card)) return [item];
			if (this.counted && card.due > now.getTime()) return [];
			return [{ ...item, card }];
		});
		const skipped = before - this.items.length;
		if (skipped) {
			this.notice = `${skipped === 1 ? 'One question was' : `${skipped} questions were`} answered in another tab and ${skipped === 1 ? 'is' : 'are'} not due any more: skipped here.`;
		}
	}

	snapshot(): SessionSnapshot {
		return {
			key: this.key,
			items: this.items.map((i) => ({ id: i.question.id, mode: i.mode })),
			index: this.index,
			phase: this.phase === 'revealed' ? 'asking' : this.phase,
			outcome: this.outcome,
			results: this.results,
			unsaved: this.phase === 'answered' && this.unsaved
		};
	}

	/** Rebuilds a session from a snapshot, dropping questions whose bank no longer has them. */
	static restore(
		snapshot: SessionSnapshot,
		options: {
			library: Library;
			counted: boolean;
			retention: number;
			cards: Map<string, CardRecord>;
		}
	): ReviewSession {
		const items = snapshot.items.flatMap(({ id, mode }) => {
			const found = options.library.questionById.get(id);
			return found ? [{ ...found, mode, card: options.cards.get(id) }] : [];
		});
		const session = new ReviewSession({ key: snapshot.key, items, ...options });
		if (items.length === snapshot.items.length) {
			session.index = Math.min(snapshot.index, items.length);
			session.phase = session.index >= items.length ? 'done' : snapshot.phase;
			session.outcome = snapshot.phase === 'answered' ? snapshot.outcome : null;
			session.results = snapshot.results;
			session.unsaved = session.phase === 'answered' && !!snapshot.unsaved;
		}
		return session;
	}

	async #answer(grade: GradeResult, given: string, rating?: RatingName) {
		const item = this.current!;
		const now = Date.now();
		const durationMs = now - this.#shownAt;
		const suggested = rating ?? suggestRating({ ...grade, durationMs });
		const before = item.card ?? newCardRecord(this.#ref(item), new Date(now));
		const outcome: Outcome = {
			correct: grade.correct,
			slip: grade.slip,
			note: grade.note,
			given,
			durationMs,
			suggested,
			rating: suggested,
			previews: previewRatings(before, new Date(now), this.retention),
			answeredAt: now
		};
		this.outcome = outcome;
		this.phase = 'answered';
		this.notice = null;
		this.results = [...this.results, { id: item.question.id, correct: grade.correct }];
		await this.#save(item, outcome, suggested);
	}

	/**
	 * A card in a learning step that falls due again within the session (an 'again' comes back
	 * in a minute or ten) is asked again at the end, as the schedule intends.
	 */
	#requeue(item: SessionItem, card: CardRecord, answeredAt: number) {
		// A changed rating saves again: drop the copy an earlier save of this answer added.
		const rest = this.items.filter((i, n) => n <= this.index || i.question.id !== card.id);
		const soon = card.due - answeredAt <= REQUEUE_WITHIN_MS;
		const learning = card.state === 'learning' || card.state === 'relearning';
		this.items = soon && learning ? [...rest, { ...item, card }] : rest;
	}

	/** The answer on screen is in the log as `reviewId`. */
	#saved(reviewId: number) {
		this.saveError = null;
		this.unsaved = false;
		const last = this.results.length - 1;
		this.results = this.results.map((r, i) => (i === last ? { ...r, reviewId } : r));
	}

	async #save(item: SessionItem, outcome: Outcome, rating: RatingName) {
		this.unsaved = true;
		try {
			const { card, reviewId } = await recordAnswer({
				question: this.#ref(item),
				rating,
				correct: outcome.correct,
				answer: outcome.given,
				mode: item.mode,
				durationMs: outcome.durationMs,
				now: new Date(outcome.answeredAt),
				counted: this.counted,
				retention: this.retention
			});
			this.#saved(reviewId);
			if (card) this.#requeue(item, card, outcome.answeredAt);
		} catch (error) {
			console.error(error);
			// Loaded only when a save fails: the study screen's first load stays small.
			const { describeStorageError } = await import('$lib/db/storage-errors.ts');
			this.saveError = describeStorageError(error, {
				what: 'this answer',
				retry: 'press Try again'
			});
		}
	}
}
