import { analyseParagraph, getNlp } from '../analyse.ts';
import type { GenerationContext } from '../candidate.ts';
import { cleanText } from '../clean.ts';
import { findMentions, type Mention } from '../entities.ts';
import { buildParagraphs } from '../paragraphs.ts';

/** A document analysed as generateBank does, for a generator's tests: paragraphs split by blank lines. */
export function contextOf(text: string, title = 'A history'): GenerationContext {
	const cleaned = cleanText(text, { title });
	const paragraphs = buildParagraphs(cleaned.blocks);
	const nlp = getNlp();
	const analysed = paragraphs.map((p, i) => analyseParagraph(p, i, nlp));
	const mentions = findMentions(analysed);
	const mentionsIn: Mention[][] = analysed.map(() => []);
	for (const m of mentions) mentionsIn[m.paragraph]?.push(m);
	return { title, paragraphs: analysed, mentions, mentionsIn };
}
