import type { AnalysedParagraph, Sentence } from '../analyse.ts';
import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { countWords } from '../../text.ts';
import { hasQuote, invertClause, previousPerson, tokenAt } from '../prompts.ts';

/**
 * Why, according to the author: "because", "due to", "as a result of", "in order to", "the
 * reason for this is", "this explains why", "led to". Long answers are self-graded.
 */
export const causeGenerator: Generator = {
	kind: 'cause',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			p.sentences.forEach((sentence, index) => {
				if (hasQuote(p, sentence)) return;
				// "he" is whoever was named last before this sentence, not before the paragraph.
				const resolve = () => previousPerson(context, p, sentence);
				const found = findCause(p, sentence, index, resolve);
				if (!found) return;
				const answer = tidyAnswer(found.cause);
				if (countWords(answer) < 2 || countWords(answer) > 40) return;
				// "why is the name important?": a bare "the name" needs the sentence before to make sense.
				if (
					/^why (is|was|are|were|did|does|do|has|have|had) (the|this|that|these|those) \w+\b(?! of)/i.test(
						found.question
					) &&
					found.question.split(/\s+/).length < 7
				) {
					return;
				}
				const prompt = `According to the article, ${found.question}?`;
				if (countWords(prompt) > 40) return;
				out.push({
					kind: 'cause',
					prompt,
					answer,
					paragraph: p.index,
					sentence: found.evidence,
					answerStart: found.evidence.start,
					answerEnd: found.evidence.end,
					score: 3,
					selfGraded: true
				});
			});
		}
		return out;
	}
};

interface FoundCause {
	question: string;
	cause: string;
	evidence: Sentence;
}

function findCause(
	p: AnalysedParagraph,
	sentence: Sentence,
	index: number,
	resolve: () => string | undefined
): FoundCause | undefined {
	const text = p.paragraph.text;
	const s = sentence.text;
	const { tokens } = p;
	const endToken = lastWordToken(p, sentence);
	const sentenceEnd = tokens[endToken - 1]?.end ?? sentence.end;
	const previous = p.sentences[index - 1];
	const span = (from: Sentence) => ({
		...sentence,
		start: from.start,
		text: text.slice(from.start, sentence.end)
	});

	// "The reason for this is that Y." / "This explains why X." point at the sentence before.
	let m = /^(?:the )?reason for this is (?:that )?(.+)$/i.exec(s);
	if (m && previous) {
		const body = invertClause(p, previous.first, lastWordToken(p, previous), resolve);
		if (body) return { question: `why ${body}`, cause: m[1] as string, evidence: span(previous) };
	}
	m = /^(?:this|that) (?:explains|is) why (.+)$/i.exec(s);
	if (m && previous && !/^(this|that|these|it)\b/i.test(previous.text)) {
		const from = tokenAt(tokens, sentence.start + s.indexOf(m[1] as string));
		const body = invertClause(p, from, endToken, resolve);
		if (body) return { question: `why ${body}`, cause: previous.text, evidence: span(previous) };
	}
	// "As a result of Y, X." / "Because Y, X." / "Due to Y, X."
	// The cause may hold commas itself: try each comma until the rest reads as a clause.
	m = /^(as a result of|because of|because|due to|owing to) (.+)$/i.exec(s);
	if (m) {
		const lead = (m[1] as string).length + 1;
		for (let comma = s.indexOf(', ', lead); comma > 0; comma = s.indexOf(', ', comma + 1)) {
			const from = tokenAt(tokens, sentence.start + comma + 2);
			const body = invertClause(p, from, endToken, resolve);
			if (body) return { question: `why ${body}`, cause: s.slice(lead, comma), evidence: sentence };
		}
	}
	// "X because Y." / "X due to Y." / "X in order to Y."
	m = /^(.+?),? (because of|because|due to|as a result of|in order to) (.+)$/i.exec(s);
	if (m && !/^(as|if|when|while|although|though)\b/i.test(s)) {
		// "backing the regime partly because ...": the hedge belongs to the answer, not the question.
		const effect = (m[1] as string).replace(
			/\s+(partly|largely|mainly|only|simply|precisely|just|mostly|in part)$/i,
			''
		);
		const cut = sentence.start + effect.length;
		const body = invertClause(p, sentence.first, tokenAt(tokens, cut), resolve);
		const cause = m[2] === 'in order to' ? `to ${m[3]}` : (m[3] as string);
		if (body) return { question: `why ${body}`, cause, evidence: sentence };
	}
	// "X, and this led to Y." -> what led to Y.
	m = /^(.+?),? and (?:this|it) led to (.+)$/i.exec(s);
	if (m) {
		return {
			question: `what led to ${stripEnd(m[2] as string)}`,
			cause: m[1] as string,
			evidence: sentence
		};
	}
	void sentenceEnd;
	return undefined;
}

function lastWordToken(p: AnalysedParagraph, sentence: Sentence): number {
	let end = sentence.last;
	while (end > sentence.first && p.tokens[end - 1]?.pos === 'PUNCT') end--;
	return end;
}

function stripEnd(text: string): string {
	return text.replace(/[.!?;:,]+$/, '').trim();
}

function tidyAnswer(text: string): string {
	const t = stripEnd(text.trim());
	return t.charAt(0).toUpperCase() + t.slice(1);
}
