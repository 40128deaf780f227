export interface GradeResult {
	correct: boolean;
	/** Accepted, but only thanks to tolerance: a typo, a surname alone is NOT a slip, a typo is. */
	slip: boolean;
	/** A short note for the learner when useful: 'Accepted despite a typo', 'The question asks for the month and year', 'Check the unit: dollars, not pounds'. */
	note?: string;
}

export interface GradeContext {
	/** Other names/terms that appear in the same bank (answers and distractors of other questions). A reply that is closer to one of these than to the answer, or equal to one of them, is never accepted by typo tolerance. */
	known?: readonly string[];
}

export const TYPO_NOTE = 'Accepted despite a typo';

export function right(slip = false): GradeResult {
	return slip ? { correct: true, slip: true, note: TYPO_NOTE } : { correct: true, slip: false };
}

export function wrong(note?: string): GradeResult {
	return note ? { correct: false, slip: false, note } : { correct: false, slip: false };
}
