import type { AnalysedParagraph, Sentence } from './analyse.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { documentScope, type DocumentScope } from './scope.ts';
import { isGivenName, lookupDemonym, lookupPlace } from './world.ts';

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
export function frameClaims(
	candidates: Candidate[],
	context: GenerationContext,
	scope: DocumentScope = documentScope(context)
): Candidate[] {
	const argued = isArgued(context);
	return candidates.map((c) => {
		if (c.selfGraded || /^(Who said|According to)\b/.test(c.prompt)) return c;
		const p = context.paragraphs[c.paragraph];
		const sentence =
			p?.sentences.find((s) => c.answerStart >= s.start && c.answerStart < s.end) ?? c.sentence;
		if (!p || !isClaim(p, sentence, argued)) return c;
		const [first = '', second = ''] = c.prompt.split(/\s+/);
		const name = isName(first, second, { p, sentenceStart: sentence.start, scope, context });
		return { ...c, prompt: framedAsArticle(c.prompt, name) };
	});
}

/**
 * Whether the first word of a prompt is a name and keeps its capital after "According to the
 * article,": an initial ("J. Tuzo Wilson"), a people's, a place's or a given name, the first of
 * two names, or a word the document writes with a capital inside a sentence and never in lower
 * case. The language model's proper-noun tag alone is no guide at the start of a sentence
 * ("Important", "Rates").
 */
function isName(
	word: string,
	next: string,
	where: {
		p: AnalysedParagraph;
		sentenceStart: number;
		scope: DocumentScope;
		context: GenerationContext;
	}
): boolean {
	const { p, sentenceStart, scope, context } = where;
	const bare = word.replace(/^[^\p{L}]+|(['’]s)?[^\p{L}.]*$/gu, '');
	if (!/^\p{Lu}/u.test(bare)) return false;
	if (/^\p{Lu}\.$/u.test(bare)) return true;
	const plain = bare.replace(/\.$/, '');
	// "Even", "The", "When": the model is sure enough of words that are never names.
	const token = p.tokens.find((t) => t.start >= sentenceStart && t.text === plain);
	if (token && CLOSED_CLASS.has(token.pos)) return false;
	if (lookupDemonym(plain) || lookupPlace(plain) || isGivenName(plain)) return true;
	// "General Electric": two capitalised words the document also writes so inside a sentence.
	const pair = `${plain} ${next.replace(/(['’]s)?[^\p{L}]*$/u, '')}`;
	if (/^\p{Lu}\p{Ll}/u.test(next) && writtenInsideASentence(pair, context)) return true;
	// Or two the model reads as one name: "Tuzo Wilson proposed …".
	const after = token ? p.tokens[p.tokens.indexOf(token) + 1] : undefined;
	if (token?.pos === 'PROPN' && after?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(after.text)) {
		return true;
	}
	if (scope.lowerCaseWords.has(plain.toLowerCase())) return false;
	return !!scope.midCapitals?.has(plain);
}

/** Parts of speech that are never names, whatever their capital. */
const CLOSED_CLASS = new Set(['ADV', 'DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

function writtenInsideASentence(phrase: string, context: GenerationContext): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const inside = new RegExp(`[\\p{Ll},;] ${escaped}\\b`, 'u');
	return context.paragraphs.some((q) => inside.test(q.paragraph.text));
}
