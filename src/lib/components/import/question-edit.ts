import type { Question } from '$core/questions/types.ts';
import { compareKey } from '$core/text.ts';

/** A question's editable fields, as the form holds them. */
export interface QuestionDraft {
	prompt: string;
	answer: string;
	/** One wrong option per line. */
	distractors: string;
}

export function toDraft(question: Question): QuestionDraft {
	return {
		prompt: question.prompt,
		answer: question.answer,
		distractors: question.distractors.join('\n')
	};
}

/**
 * Applies an edit, or says what is wrong with it. A changed answer drops the other spellings the
 * generator accepted for the old one; a wrong option that matches the answer is refused, since
 * multiple choice would then offer the answer twice.
 */
export function applyEdit(
	question: Question,
	draft: QuestionDraft
): { ok: true; question: Question } | { ok: false; problems: string[] } {
	const prompt = draft.prompt.trim();
	const answer = draft.answer.trim();
	const distractors = [
		...new Set(
			draft.distractors
				.split('\n')
				.map((d) => d.trim())
				.filter(Boolean)
		)
	];
	const problems: string[] = [];
	if (!prompt) problems.push('Write the question.');
	if (!answer) problems.push('Write the answer.');
	if (answer && distractors.some((d) => compareKey(d) === compareKey(answer))) {
		problems.push('A wrong option is the same as the answer.');
	}
	if (problems.length) return { ok: false, problems };
	const edited: Question = { ...question, prompt, answer, distractors };
	if (answer !== question.answer) delete edited.accept;
	return { ok: true, question: edited };
}

/** The sentence a question was made from: its evidence span in the paragraph. */
export function evidenceOf(question: Question, paragraphText: string | undefined): string {
	return paragraphText?.slice(question.source.start, question.source.end).trim() ?? '';
}
