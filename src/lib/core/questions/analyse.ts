import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph } from './types.ts';
import { findCitations, findQuotes, type Span } from './quotes.ts';

/** A token with its character offsets in its paragraph. */
export interface Token {
	text: string;
	start: number;
	end: number;
	pos: string;
	lemma: string;
	/** wink's token type: word, number, punctuation, currency, ... */
	type: string;
}

export interface Sentence {
	start: number;
	end: number;
	/** Token range [first, last + 1). */
	first: number;
	last: number;
	text: string;
}

/** An entity found by wink: DATE, CARDINAL, MONEY, PERCENT, ORDINAL, DURATION, ... */
export interface WinkEntity {
	type: string;
	first: number;
	last: number;
	start: number;
	end: number;
	text: string;
}

export interface AnalysedParagraph {
	paragraph: Paragraph;
	index: number;
	tokens: Token[];
	sentences: Sentence[];
	entities: WinkEntity[];
	quotes: Span[];
	citations: Span[];
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | undefined;

/** The wink pipeline, created once: loading the model is the slow part. */
export function getNlp(): Nlp {
	shared ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
	return shared;
}

/** Runs the language model over one paragraph and maps its output to character offsets. */
export function analyseParagraph(
	paragraph: Paragraph,
	index: number,
	nlp = getNlp()
): AnalysedParagraph {
	const its = nlp.its;
	const text = paragraph.text;
	const doc = nlp.readDoc(text);
	const values = doc.tokens().out(its.value) as string[];
	const spaces = doc.tokens().out(its.precedingSpaces) as string[];
	const pos = doc.tokens().out(its.pos) as string[];
	const lemmas = doc
		.tokens()
		.out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
	const types = doc.tokens().out(its.type) as string[];
	const tokens: Token[] = [];
	let offset = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i] as string;
		offset += (spaces[i] as string).length;
		// wink keeps the text recoverable; search only if a token was normalised on the way.
		let start = offset;
		if (text.slice(start, start + value.length) !== value) {
			const found = text.indexOf(value, start);
			if (found >= 0) start = found;
		}
		tokens.push({
			text: value,
			start,
			end: start + value.length,
			pos: pos[i] as string,
			// wink gives no lemma for some tokens (symbols, some names): the word is its own.
			lemma: lemmas[i] ?? value,
			type: types[i] as string
		});
		offset = start + value.length;
	}
	const sentences: Sentence[] = [];
	const pushSentence = (first: number, last: number) => {
		const start = tokens[first]?.start ?? 0;
		const end = tokens[last - 1]?.end ?? text.length;
		sentences.push({ start, end, first, last, text: text.slice(start, end) });
	};
	for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) {
		let first = span[0];
		const last = span[1] + 1;
		// "reach 50˚C. Before the 1991 Gulf War, ...": the model reads "C." as an abbreviation.
		for (let k = first + 1; k < last - 1; k++) {
			if (
				/^[A-Z]\.$/.test(tokens[k]?.text ?? '') &&
				/^[˚°º]$/.test(tokens[k - 1]?.text ?? '') &&
				/^[\p{Lu}]/u.test(tokens[k + 1]?.text ?? '')
			) {
				pushSentence(first, k + 1);
				first = k + 1;
			}
		}
		pushSentence(first, last);
	}
	const entities: WinkEntity[] = [];
	const details = doc.entities().out(its.detail) as unknown as { type: string }[];
	const spans = doc.entities().out(its.span) as unknown as [number, number][];
	for (let i = 0; i < details.length; i++) {
		const span = spans[i] as [number, number];
		const start = tokens[span[0]]?.start ?? 0;
		const end = tokens[span[1]]?.end ?? 0;
		entities.push({
			type: (details[i] as { type: string }).type,
			first: span[0],
			last: span[1] + 1,
			start,
			end,
			text: text.slice(start, end)
		});
	}
	return {
		paragraph,
		index,
		tokens,
		sentences,
		entities,
		quotes: findQuotes(text),
		citations: findCitations(text)
	};
}

/** The sentence holding character `at`, if any. */
export function sentenceAt(analysed: AnalysedParagraph, at: number): Sentence | undefined {
	return analysed.sentences.find((s) => at >= s.start && at < s.end);
}
