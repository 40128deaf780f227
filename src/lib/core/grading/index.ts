/**
 * Grading of typed answers, deterministic and offline.
 *
 * - Every kind: case, accents, punctuation, quote and apostrophe styles, hyphens and leading
 *   articles do not count; an alias from `accept` counts as the answer; a distractor never does.
 * - date: compared as dates, at the precision the answer has; a more precise reply counts when
 *   it agrees. Only month names may carry a typo.
 * - number: compared by exact value once scaled; currency and per cent must agree when both
 *   sides name one. Digits never carry a typo.
 * - actor: full name, surname, titles, initials, particles ('al-Sadr', 'de Lesseps').
 * - place, term: the words, with numbers exact ('Order 39' is not 'Order 38').
 * - cause: the answer's content words, by share (see CAUSE_COVERAGE).
 *
 * Typos: Damerau-Levenshtein distance, none under 5 characters, 1 up to 8, 2 from 9, first
 * letters kept; never when the reply is as close to another name the bank knows. A reply
 * accepted only thanks to a typo has `slip: true`, which the scheduler rates Hard.
 */
export { CAUSE_COVERAGE, CAUSE_MIN_WORDS } from './causes.ts';
export { gradeChoice, gradeTypedAnswer } from './grade-answer.ts';
export { normaliseAnswer } from './normalise.ts';
export type { GradeContext, GradeResult } from './types.ts';
