/// <reference lib="webworker" />
// Generates a question bank off the main thread: the language model loads here, on the first
// import, and a long document never freezes the page. The pipeline is the command line's.
import { SourceError } from '$core/errors.ts';
import { getNlp } from '$core/questions/analyse.ts';
import { documentToText } from '$core/documents/read-document.ts';
import { importedDocumentId } from '$core/documents/document-id.ts';
import { generateBank, type SourceDocument } from '$core/questions/generate-bank.ts';
import type { FromWorker, ToWorker } from './messages.ts';

declare const self: DedicatedWorkerGlobalScope;

function post(message: FromWorker) {
	self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
	const { raw, name, details } = event.data;
	try {
		const text = documentToText(raw, name);
		const source: SourceDocument = {
			...details,
			text,
			source: name,
			id: importedDocumentId(details.title, text)
		};
		post({ type: 'progress', stage: 'model', fraction: 0 });
		const nlp = getNlp();
		let reported = 0;
		const bank = generateBank(source, {
			nlp,
			onProgress(fraction) {
				// One message per percent at most: a long document has thousands of paragraphs.
				if (fraction - reported < 0.01 && fraction < 1) return;
				reported = fraction;
				post({ type: 'progress', stage: fraction < 0.8 ? 'analysing' : 'writing', fraction });
			}
		});
		post({ type: 'done', bank });
	} catch (error) {
		post({
			type: 'error',
			message:
				error instanceof SourceError
					? `No questions could be made: ${error.message}.`
					: `Something went wrong while making questions (${error instanceof Error ? error.message : String(error)}). The text was not saved; try again, or try a shorter part of it.`
		});
	}
};
