/**
 * A document the pipeline cannot turn into a bank (empty, not text, no sentences). Its message
 * is written for the person who supplied the document.
 */
export class SourceError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SourceError';
	}
}
