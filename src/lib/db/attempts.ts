import type { Assignment, ReceiptAnswer } from '$core/assign/index.ts';
import { announceChange } from './changes.ts';
import { getDb } from './db.ts';
import type { AttemptRecord } from './study-db.ts';

/** A student's attempt at an assignment on this device, if they have started it. */
export function getAttempt(assignmentId: string): Promise<AttemptRecord | undefined> {
	return getDb().attempts.get(assignmentId);
}

/** Starts an attempt, or returns the one already started: a reopened link resumes it. */
export async function startAttempt(
	assignment: Assignment,
	name: string,
	receiptId: string,
	order: number[],
	now = Date.now()
): Promise<AttemptRecord> {
	const database = getDb();
	const attempt = await database.transaction('rw', database.attempts, async () => {
		const existing = await database.attempts.get(assignment.id);
		if (existing) return existing;
		const attempt: AttemptRecord = {
			assignmentId: assignment.id,
			assignment,
			name,
			receiptId,
			order,
			answers: [],
			startedAt: now
		};
		await database.attempts.add(attempt);
		return attempt;
	});
	announceChange('attempts');
	return attempt;
}

/**
 * Saves one answer the moment it is given, so a closed tab resumes where it was. An item already
 * answered keeps its first answer: an assignment is answered once, like a paper.
 */
export async function saveAttemptAnswer(
	assignmentId: string,
	answer: ReceiptAnswer
): Promise<AttemptRecord> {
	const database = getDb();
	const saved = await database.transaction('rw', database.attempts, async () => {
		const attempt = await database.attempts.get(assignmentId);
		if (!attempt) throw new Error('This assignment has not been started on this device.');
		if (attempt.submittedAt) throw new Error('This assignment was already submitted.');
		if (!attempt.answers.some((a) => a.item === answer.item)) {
			attempt.answers = [...attempt.answers, answer];
			await database.attempts.put(attempt);
		}
		return attempt;
	});
	announceChange('attempts');
	return saved;
}

/** Marks the attempt submitted, with the sealed receipt to hand to the teacher. */
export async function submitAttempt(
	assignmentId: string,
	sealed: string,
	now = Date.now()
): Promise<AttemptRecord> {
	const database = getDb();
	const submitted = await database.transaction('rw', database.attempts, async () => {
		const attempt = await database.attempts.get(assignmentId);
		if (!attempt) throw new Error('This assignment has not been started on this device.');
		if (attempt.submittedAt && attempt.sealed) return attempt;
		attempt.submittedAt = now;
		attempt.sealed = sealed;
		await database.attempts.put(attempt);
		return attempt;
	});
	announceChange('attempts');
	return submitted;
}
