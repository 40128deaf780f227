import { SourceError } from '../errors.ts';
import { hashText } from '../hash.ts';
import { compareKey, slugify } from '../text.ts';
import { analyseParagraph, getNlp } from './analyse.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { cleanText } from './clean.ts';
import { parsePublished } from './dates.ts';
import { chooseDistractors, type DistractorUsage } from './distractors.ts';
import { findMentions, type Mention } from './entities.ts';
import { fullNamesOf, nameGivenNamesInFull } from './given-names.ts';
import { generators } from './generators/index.ts';
import { buildParagraphs } from './paragraphs.ts';
import {
	danglingReference,
	dropInnerConnectives,
	dropLeadingConnective,
	nameTheSubject,
	stripReferenceMarks,
	unnamedPlace,
	yearForBareDates
} from './prompt-rules.ts';
import { frameClaims } from './opinion.ts';
import { isInstruction, isNoteFragment } from './note-lines.ts';
import { BLANK } from './prompts.ts';
import {
	type DocumentScope,
	documentScope,
	expandAcronyms,
	nameTheSubjectByClass,
	scopePrompt
} from './scope.ts';
import { pointsBack, titleWordsOf } from './anaphora.ts';
import { selectQuestions } from './select.ts';
import { QUESTION_KINDS, type Bank, type Paragraph, type Question } from './types.ts';

/** Bumped whenever the same input would give a different bank. */
export const GENERATOR_VERSION = '2.10.1';

/** A raw document and what is known about it. */
export interface SourceDocument {
	/** The raw text, boilerplate and all. */
	text: string;
	title: string;
	author?: string;
	publisher?: string;
	/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
	published?: string;
	/** The source file, relative to questions/. */
	source: string;
	/** The bank id; a slug of the title when left out. */
	id?: string;
}

export interface GenerateOptions {
	/** Called with 0..1 while paragraphs are analysed, for a progress bar. */
	onProgress?: (fraction: number) => void;
	/** A wink instance to reuse; the module loads its own otherwise. */
	nlp?: ReturnType<typeof getNlp>;
}

/** A document cleaned, split and analysed: what every generator reads. */
export interface AnalysedDocument {
	cleaned: ReturnType<typeof cleanText>;
	paragraphs: Paragraph[];
	context: GenerationContext;
}

/**
 * Cleans a document, splits it into paragraphs and analyses them once for the generators.
 * Throws a SourceError for a document with nothing to ask about.
 */
export function analyseDocument(
	source: SourceDocument,
	options: GenerateOptions = {}
): AnalysedDocument {
	if (!source.text.trim()) throw new SourceError('the document is empty');
	const cleaned = cleanText(source.text, { title: source.title, author: source.author });
	const paragraphs = buildParagraphs(cleaned.blocks);
	if (paragraphs.length === 0) throw new SourceError('the document has no paragraphs of text');
	const nlp = options.nlp ?? getNlp();
	const analysed = paragraphs.map((p, i) => {
		const result = analyseParagraph(p, i, nlp);
		options.onProgress?.(((i + 1) / paragraphs.length) * 0.8);
		return result;
	});
	const sentenceCount = analysed.reduce(
		(n, p) =>
			n +
			p.sentences.filter((s) => /[a-z]{2,}.*\s.*[a-z]{2,}/i.test(s.text) && /[.!?"”]$/.test(s.text))
				.length,
		0
	);
	if (sentenceCount === 0) throw new SourceError('the document has no sentences to ask about');

	const mentions = findMentions(analysed, source.title);
	const mentionsIn: Mention[][] = analysed.map(() => []);
	for (const m of mentions) mentionsIn[m.paragraph]?.push(m);
	const context: GenerationContext = {
		title: source.title,
		published: parsePublished(source.published),
		paragraphs: analysed,
		mentions,
		mentionsIn
	};
	return { cleaned, paragraphs, context };
}

/** Every candidate question of every generator, with its prompt tidied and claims framed. */
export function allCandidates(context: GenerationContext): Candidate[] {
	const candidates: Candidate[] = [];
	const scope = documentScope(context);
	const titleWords = titleWordsOf(context.title);
	const fullNames = fullNamesOf(
		context.mentions,
		scope.lowerCaseWords,
		context.paragraphs.map((p) => p.paragraph.text)
	);
	for (const generator of generators) {
		for (const c of generator.generate(context)) {
			const tidy = nameGivenNamesInFull(
				dropLeadingConnective(
					nameTheSubject(dropInnerConnectives(stripReferenceMarks(c.prompt)), context.title)
				),
				fullNames,
				c.paragraph,
				c.sentence.start,
				verbsOf(context, c)
			);
			// A definition names its term; anything else must say what it is about.
			const named = datedInFull(
				expandAcronyms(nameTheSubjectByClass(tidy, scope), scope),
				c,
				context
			);
			// "In Velden, founded as a club, its theatre ...": the place put in front is not what the
			// sentence's own "its" or "they" stood for, so references are read before it is added.
			if (danglingReference(named, c.kind === 'actor')) continue;
			if (unnamedPlace(named, c.kind === 'actor' || c.kind === 'place')) continue;
			const prompt =
				generator.kind === 'term' && c.selfGraded ? named : scopePrompt(named, scope, c.kind);
			if (!prompt || isNoteLine(c, prompt, context, scope)) continue;
			// "The mission was launched in _____": which mission, the card alone does not say.
			if (pointsBack({ ...c, prompt }, context, titleWords)) continue;
			candidates.push({ ...c, prompt });
		}
	}
	return frameClaims(candidates, context, scope);
}

/** A day with no year given the paragraph's year; not in a date question, whose year it may be. */
function datedInFull(prompt: string, c: Candidate, context: GenerationContext): string {
	if (c.kind === 'date') return prompt;
	const text = context.paragraphs[c.paragraph]?.paragraph.text ?? '';
	return yearForBareDates(prompt, text.slice(0, c.sentence.start));
}

/** The verbs and adverbs of a candidate's sentence, as written and in their base form. */
function verbsOf(context: GenerationContext, c: Candidate): Set<string> {
	const tokens = context.paragraphs[c.paragraph]?.tokens.slice(c.sentence.first, c.sentence.last);
	// Both forms: "When did Ada meet …?" asks with the base form of the sentence's "met".
	const verbs = (tokens ?? []).filter((t) => /^(VERB|AUX|ADV)$/.test(t.pos));
	return new Set(verbs.flatMap((t) => [t.text.toLowerCase(), t.lemma.toLowerCase()]));
}

/** An instruction to the reader, or in notes a line that is not a sentence, asked as a cloze. */
function isNoteLine(
	c: Candidate,
	prompt: string,
	context: GenerationContext,
	scope: DocumentScope
): boolean {
	const p = context.paragraphs[c.paragraph];
	if (!p) return false;
	const tokens = p.tokens.slice(c.sentence.first, c.sentence.last);
	if (isInstruction(tokens)) return true;
	const blank = { start: c.answerStart, end: c.answerEnd };
	const cloze = prompt.includes(BLANK) || /^(Who|Which)\b/.test(prompt);
	return !!scope.notes && cloze && isNoteFragment(prompt, tokens, blank);
}

/**
 * "Henry" for "Henry II" in a text that also names Henry the Lion: a short form that is as much
 * another person's name is no answer to accept.
 */
export function sharedByOthers(short: string, answer: string, names: ReadonlySet<string>): boolean {
	const word = new RegExp(`(^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
	return [...names].some((n) => n !== answer && !answer.includes(n) && word.test(n));
}

/**
 * Turns one document into a question bank. Pure and deterministic: the same document and
 * GENERATOR_VERSION give the same bank, byte for byte, in Node and in a Web Worker.
 * @example const bank = generateBank({ text, title: 'The end of the war in Iraq?', source: 'sources/a.txt' });
 */
export function generateBank(source: SourceDocument, options: GenerateOptions = {}): Bank {
	const { cleaned, paragraphs, context } = analyseDocument(source, options);
	const kept = selectQuestions(allCandidates(context), context);
	kept.sort(
		(a, b) =>
			a.paragraph - b.paragraph ||
			a.sentence.start - b.sentence.start ||
			QUESTION_KINDS.indexOf(a.kind) - QUESTION_KINDS.indexOf(b.kind) ||
			a.answerStart - b.answerStart
	);
	options.onProgress?.(0.9);

	const usedIds = new Set<string>();
	// Wrong options are chosen again in document order, so that the same few are not offered
	// with every question of the document.
	const usage: DistractorUsage = new Map();
	const personNames = new Set(
		context.mentions.filter((m) => m.type === 'person').map((m) => m.canonical)
	);
	const questions: Question[] = kept.map((c) => {
		const paragraph = paragraphs[c.paragraph] as (typeof paragraphs)[number];
		let id = `q-${hashText(`${paragraph.id}|${c.kind}|${compareKey(c.answer)}`).slice(-10)}`;
		for (let n = 2; usedIds.has(id); n++) {
			id = `q-${hashText(`${paragraph.id}|${c.kind}|${compareKey(c.answer)}|${n}`).slice(-10)}`;
		}
		usedIds.add(id);
		const accept = (c.accept ?? []).filter(
			(a) => a !== c.answer && !sharedByOthers(a, c.answer, personNames)
		);
		return {
			id,
			kind: c.kind,
			prompt: c.prompt,
			answer: c.answer,
			...(accept.length ? { accept } : {}),
			distractors: chooseDistractors(c, context, usage),
			source: { paragraph: paragraph.id, start: c.sentence.start, end: c.sentence.end }
		};
	});
	options.onProgress?.(1);

	const author = source.author ?? cleaned.byline;
	// Optional fields are left out rather than written as undefined, so banks stay minimal.
	const document: Bank['document'] = {
		id: source.id ?? slugify(source.title),
		title: source.title,
		...(author ? { author } : {}),
		...(source.publisher ? { publisher: source.publisher } : {}),
		...(source.published ? { published: source.published } : {}),
		source: source.source,
		paragraphs
	};
	return { schema: 1, document, generator: { version: GENERATOR_VERSION }, questions };
}
