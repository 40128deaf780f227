import type { AnalysedParagraph, Sentence } from './analyse.ts';
import type { PartialDate } from './dates.ts';
import type { EntityType, Mention } from './entities.ts';
import type { FineType } from './fine-types.ts';
import type { NumberValue } from './numbers.ts';
import type { QuestionKind } from './types.ts';

/** Everything a generator may read about a document, analysed once. */
export interface GenerationContext {
	title: string;
	published?: PartialDate;
	paragraphs: AnalysedParagraph[];
	mentions: Mention[];
	/** Mentions per paragraph index, in order. */
	mentionsIn: Mention[][];
}

/** A question before filtering and distractors. */
export interface Candidate {
	kind: QuestionKind;
	prompt: string;
	answer: string;
	accept?: string[];
	paragraph: number;
	sentence: Sentence;
	/** Where the answer sits in the paragraph text (for the answer-in-prompt and quote checks). */
	answerStart: number;
	answerEnd: number;
	/** Higher is better; used to rank and to choose between duplicates. */
	score: number;
	/** What distractors need to be "the same sort of thing". */
	date?: PartialDate;
	number?: NumberValue;
	entityType?: EntityType;
	/** The sort of thing a named answer is, and how sure the evidence is (0..1). */
	fine?: FineType;
	confidence?: number;
	role?: string;
	/** Answers for which the choices should be self-graded rather than multiple choice. */
	selfGraded?: boolean;
}

/** A generator reads the context and proposes candidates; the list lives in generators/index.ts. */
export interface Generator {
	kind: QuestionKind;
	generate: (context: GenerationContext) => Candidate[];
}

/**
 * Added to the score of every flip card (a cause, a definition, a principle): it has no wrong
 * options to raise its rank as multiple choice does, yet what it asks is as worth knowing.
 */
export const FLIP_CARD_BONUS = 0.5;
