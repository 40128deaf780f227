import type { SourceDocument } from '$core/questions/generate-bank.ts';
import type { Bank } from '$core/questions/types.ts';

/** What the page asks the generator worker to do. */
export interface ToWorker {
	/** The document as given: HTML and Markdown are turned into text in the worker. */
	raw: string;
	/** The file's name, or 'pasted text': it tells HTML and Markdown apart. */
	name: string;
	details: Pick<SourceDocument, 'title' | 'author' | 'published'>;
}

/** Where generation is: loading the language model, reading paragraphs, writing questions. */
export type GenerationStage = 'model' | 'analysing' | 'writing';

export type FromWorker =
	| { type: 'progress'; stage: GenerationStage; fraction: number }
	| { type: 'done'; bank: Bank }
	| { type: 'error'; message: string };
