import type { Question } from '../questions/types.ts';
import { right, wrong, type GradeResult } from './types.ts';

/**
 * Multiple choice: the chosen option is right only if it is the answer. Its own module, so a
 * screen that only asks choices does not load the typed-answer graders.
 */
export function gradeChoice(question: Pick<Question, 'answer'>, choice: string): GradeResult {
	return choice.trim() === question.answer.trim() ? right() : wrong();
}
