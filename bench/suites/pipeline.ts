// The question pipeline's speed: the five seed documents end to end, how time grows with input
// size, and tokens per second beside wink-nlp's own tokeniser on the same text (the floor).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { join } from 'node:path';
import { listSources, readDocument } from '../../scripts/bank-files.ts';
import { getNlp } from '../../src/lib/core/questions/analyse.ts';
import { cleanText } from '../../src/lib/core/questions/clean.ts';
import { generateBank, type SourceDocument } from '../../src/lib/core/questions/generate-bank.ts';
import type { BenchRow, BenchSuite } from '../types.ts';

const QUESTIONS_DIR = join(import.meta.dirname, '..', '..', 'questions');

function median(values: number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeRuns(runs: number, work: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		work();
		times.push(performance.now() - started);
	}
	return median(times);
}

/**
 * Ten copies of a document, each paragraph marked with its copy number so that no two
 * paragraphs are identical and every stage does ten times the work.
 */
function tenTimes(doc: SourceDocument): SourceDocument {
	const copies: string[] = [];
	for (let k = 1; k <= 10; k++) {
		copies.push(doc.text.replace(/([.!?”"])(\s*\n)/g, `$1 Copy ${k} of the text.$2`));
	}
	return { ...doc, text: copies.join('\n\n') };
}

export const pipelineSuite: BenchSuite = {
	name: 'pipeline',
	run: async () => {
		const docs: SourceDocument[] = listSources(QUESTIONS_DIR).map(({ file, meta }) => ({
			text: readDocument(file),
			title: meta.title,
			source: file,
			...(meta.published ? { published: meta.published } : {})
		}));
		const bytes = docs.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0);
		const nlp = getNlp();
		// Warm up: the model is loaded and the JIT has seen every stage before timing starts.
		for (let i = 0; i < 2; i++) for (const doc of docs) generateBank(doc, { nlp });

		const once = timeRuns(7, () => {
			for (const doc of docs) generateBank(doc, { nlp });
		});
		const large = docs.map(tenTimes);
		for (const doc of large) generateBank(doc, { nlp });
		const tenfold = timeRuns(3, () => {
			for (const doc of large) generateBank(doc, { nlp });
		});

		// Tokens the pipeline analyses: the cleaned paragraphs, as wink counts them.
		const tokenizer = winkNLP(model, []);
		const cleaned = docs.map((d) =>
			cleanText(d.text, { title: d.title })
				.blocks.map((b) => b.text)
				.join('\n\n')
		);
		const tokens = cleaned.reduce((n, text) => n + tokenizer.readDoc(text).tokens().length(), 0);
		const tokenise = timeRuns(7, () => {
			for (const text of cleaned) tokenizer.readDoc(text).tokens().length();
		});
		const pipelineRate = Math.round(tokens / (once / 1000));
		const tokeniserRate = Math.round(tokens / (tokenise / 1000));

		const rows: BenchRow[] = [
			{
				name: 'Five seed banks, end to end',
				value: Math.round(once),
				unit: 'ms',
				budget: { limit: 1000, direction: 'max' },
				note: `${(bytes / 1024).toFixed(0)} KB of source, median of 7, model loaded`
			},
			{
				name: 'Ten times the input: time ratio',
				value: Math.round((tenfold / once) * 100) / 100,
				unit: 'x',
				budget: { limit: 11, direction: 'max' },
				note: `${Math.round(tenfold)} ms for 10x (each paragraph marked per copy), median of 3`
			},
			{
				name: 'Pipeline throughput',
				value: pipelineRate,
				unit: 'tokens/s',
				note: `${tokens} tokens`
			},
			{
				name: 'wink-nlp tokeniser alone, same text',
				value: tokeniserRate,
				unit: 'tokens/s',
				note: 'tokenisation only, no other wink pipes'
			},
			{
				name: 'Pipeline speed / tokeniser speed',
				value: Math.round((pipelineRate / tokeniserRate) * 1000) / 1000,
				unit: 'ratio',
				note: '1 would mean the pipeline costs no more than tokenising'
			}
		];
		return rows;
	}
};
