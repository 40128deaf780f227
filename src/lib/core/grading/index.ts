export { gradeChoice, gradeTypedAnswer } from './grade-answer.ts';
export { normaliseAnswer } from './normalise.ts';
export type { GradeContext, GradeResult } from './types.ts';
