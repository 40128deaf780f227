import type { Bank, Question } from './types.ts';

/**
 * How an option reads to a learner: spaces at the ends, runs of spaces and case make no
 * difference to which option they take it for.
 */
function optionKey(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The wrong options that differ from the answer and from each other, in their order. Two options
 * a learner cannot tell apart would make a choice that cannot be answered fairly.
 */
export function distinctDistractors(question: Pick<Question, 'answer' | 'distractors'>): string[] {
	const seen = new Set([optionKey(question.answer)]);
	return question.distractors.filter((d) => {
		const key = optionKey(d);
		if (!key || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Whether every wrong option is non-blank and told apart from the answer and the others. */
export function hasDistinctOptions(question: Pick<Question, 'answer' | 'distractors'>): boolean {
	return distinctDistractors(question).length === question.distractors.length;
}

/**
 * A stored bank with each question's repeated or blank wrong options left out: a bank saved
 * before options were checked is mended, not refused, so the learner's document is not lost.
 */
export function withDistinctOptions(bank: Bank): Bank {
	if (!Array.isArray(bank?.questions)) return bank;
	return {
		...bank,
		questions: bank.questions.map((q) =>
			Array.isArray(q?.distractors) && !hasDistinctOptions(q)
				? { ...q, distractors: distinctDistractors(q) }
				: q
		)
	};
}
