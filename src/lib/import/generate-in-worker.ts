import type { Bank } from '$core/questions/types.ts';
import type { FromWorker, GenerationStage, ToWorker } from './messages.ts';

/** Thrown into a generation's promise when the person cancels it. */
export class GenerationCancelled extends Error {
	constructor() {
		super('Generation was cancelled.');
		this.name = 'GenerationCancelled';
	}
}

export interface Generation {
	result: Promise<Bank>;
	/** Stops the worker at once; `result` rejects with GenerationCancelled. */
	cancel(): void;
}

let idle: Worker | undefined;

/** A worker that has loaded the language model is kept for the next document on this page. */
function takeWorker(): Worker {
	const worker =
		idle ??
		new Worker(new URL('./generate.worker.ts', import.meta.url), {
			type: 'module',
			name: 'question-generator'
		});
	idle = undefined;
	return worker;
}

/** Makes a document's question bank in a Web Worker, reporting progress as it goes. */
export function generateInWorker(
	request: ToWorker,
	onProgress: (stage: GenerationStage, fraction: number) => void
): Generation {
	const worker = takeWorker();
	let settled = false;
	let rejectResult: (reason: unknown) => void = () => {};
	const result = new Promise<Bank>((resolve, reject) => {
		rejectResult = reject;
		worker.onmessage = (event: MessageEvent<FromWorker>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress(message.stage, message.fraction);
				return;
			}
			settled = true;
			worker.onmessage = null;
			worker.onerror = null;
			idle ??= worker;
			if (message.type === 'done') resolve(message.bank);
			else reject(new Error(message.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			settled = true;
			worker.terminate();
			reject(
				new Error(
					'The question generator could not start. Reload the page and try again; if you are offline, open Footnote once while online first.'
				)
			);
		};
		worker.postMessage(request);
	});
	return {
		result,
		cancel() {
			if (settled) return;
			settled = true;
			worker.terminate();
			rejectResult(new GenerationCancelled());
		}
	};
}
