import type { AnalysedParagraph, Sentence } from './analyse.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { lookupDemonym, lookupPlace } from './world.ts';

/**
 * Words that show the writer arguing rather than reporting: obligation, certainty, scorn. They
 * are general English, so the same cues mark opinion in any article on any subject.
 */
const STANCE =
	/\b(must|should|ought to|need to|needs to|clearly|obviously|of course|undoubtedly|surely|in reality|in truth|so-called|nothing but|merely|simply put|shameful|disgraceful|criminal|brutal|barbaric|heroic|cynical|hypocritical|outrageous|disastrous|catastrophic|farcical|absurd|ludicrous|pathetic|imperialist|imperialism|puppet|lackeys?|stooges?|plunder|butchery|betrayal|betrayed)\b/i;
const FIRST_PERSON = /\b(I|we|our|us|my|ourselves)\b/;
/**
 * The share of sentences with stance words or "we" that makes an article argued: measured at
 * 0.05 to 0.20 in opinion pieces and 0.01 to 0.05 in encyclopaedia articles. The model's sentence
 * sentiment does not tell them apart (four in ten encyclopaedia sentences score 0.3 or more),
 * so it is not used.
 */
const ARGUED_SHARE = 0.05;

/** The sentence's words outside quotations: quoted words are someone else's. */
function ownWords(p: AnalysedParagraph, sentence: Pick<Sentence, 'start' | 'end'>): string {
	let out = '';
	let at = sentence.start;
	for (const q of p.quotes) {
		if (q.end <= sentence.start || q.start >= sentence.end) continue;
		out += p.paragraph.text.slice(at, Math.max(at, q.start));
		at = Math.max(at, q.end);
	}
	return out + p.paragraph.text.slice(at, sentence.end);
}

function hasStance(p: AnalysedParagraph, sentence: Pick<Sentence, 'start' | 'end'>): boolean {
	const own = ownWords(p, sentence);
	return STANCE.test(own) || FIRST_PERSON.test(own) || /!\s*$/.test(own.trim());
}

/** The share of a document's sentences with stance words, "we" or an exclamation. */
export function stanceShare(context: Pick<GenerationContext, 'paragraphs'>): number {
	let total = 0;
	let stance = 0;
	for (const p of context.paragraphs) {
		for (const s of p.sentences) {
			total++;
			if (hasStance(p, s)) stance++;
		}
	}
	return total > 0 ? stance / total : 0;
}

/** Whether the document argues a case (an opinion piece) rather than reports or explains. */
export function isArgued(context: Pick<GenerationContext, 'paragraphs'>): boolean {
	return stanceShare(context) >= ARGUED_SHARE;
}

/**
 * Whether a sentence is to be asked as the writer's view: in an argued article every sentence
 * is (its facts are chosen to make a case), elsewhere one with stance words or "we".
 */
export function isClaim(
	p: AnalysedParagraph,
	sentence: Pick<Sentence, 'start' | 'end'>,
	argued: boolean
): boolean {
	return argued || hasStance(p, sentence);
}

/**
 * "According to the article, " in front of a prompt, keeping the capital of a name: `name` says
 * whether the first word is one (the language model's tag of it in the source).
 */
export function framedAsArticle(prompt: string, name = false): string {
	if (/^according to\b/i.test(prompt)) return prompt;
	const first = prompt.split(/\s+/)[0] ?? '';
	const keepCase = name || /^(_____|I\b|[A-Z]{2,})/.test(first);
	return `According to the article, ${keepCase ? prompt : prompt.charAt(0).toLowerCase() + prompt.slice(1)}`;
}

/**
 * Frames the candidates that come from the writer's own claims as the article's: "According to
 * the article, ...". Quotations already name their speaker, and causes say it themselves.
 */
export function frameClaims(candidates: Candidate[], context: GenerationContext): Candidate[] {
	const argued = isArgued(context);
	return candidates.map((c) => {
		if (c.selfGraded || /^(Who said|According to)\b/.test(c.prompt)) return c;
		const p = context.paragraphs[c.paragraph];
		const sentence =
			p?.sentences.find((s) => c.answerStart >= s.start && c.answerStart < s.end) ?? c.sentence;
		if (!p || !isClaim(p, sentence, argued)) return c;
		const first = c.prompt.split(/\s+/)[0] ?? '';
		return { ...c, prompt: framedAsArticle(c.prompt, isName(first, p, sentence.start)) };
	});
}

/**
 * Whether the first word of a prompt is a name and keeps its capital after "According to the
 * article,": the model tags it a proper noun, it is a people's or a place's word ("British"),
 * or the paragraph writes it with a capital inside a sentence too.
 */
function isName(word: string, p: AnalysedParagraph, sentenceStart: number): boolean {
	const bare = word.replace(/[^\p{L}'’-]/gu, '');
	if (!/^\p{Lu}/u.test(bare)) return false;
	const token = p.tokens.find((t) => t.start >= sentenceStart && t.text === bare);
	if (token?.pos === 'PROPN' || lookupDemonym(bare) || lookupPlace(bare)) return true;
	return new RegExp(`[\\p{Ll},;] ${bare}\\b`, 'u').test(p.paragraph.text);
}
