import type { AnalysedParagraph, Sentence } from './analyse.ts';
import type { Candidate, GenerationContext } from './candidate.ts';

/**
 * Words that show the writer arguing rather than reporting: obligation, certainty, scorn. They
 * are general English, so the same cues mark opinion in any article on any subject.
 */
const STANCE =
	/\b(must|should|ought to|need to|needs to|clearly|obviously|of course|undoubtedly|surely|in reality|in truth|so-called|nothing but|merely|simply put|shameful|disgraceful|criminal|brutal|barbaric|heroic|cynical|hypocritical|outrageous|disastrous|catastrophic|farcical|absurd|ludicrous|pathetic|imperialist|imperialism|puppet|lackeys?|stooges?|plunder|butchery|betrayal|betrayed)\b/i;
const FIRST_PERSON = /\b(I|we|our|us|my|ourselves)\b/;
/** Sentiment beyond this marks an evaluative sentence. */
const STRONG_SENTIMENT = 0.3;
/** In an argued article, milder feeling already marks a claim. */
const ARGUED_SENTIMENT = 0.15;
/** The share of sentences with stance words or "we" that makes an article argued. */
const ARGUED_SHARE = 0.08;

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

/** Whether the document argues a case (an opinion piece) rather than reports or explains. */
export function isArgued(context: GenerationContext): boolean {
	let total = 0;
	let stance = 0;
	for (const p of context.paragraphs) {
		for (const s of p.sentences) {
			total++;
			if (hasStance(p, s)) stance++;
		}
	}
	return total > 0 && stance / total >= ARGUED_SHARE;
}

/** Whether a sentence states the writer's view: stance words, "we", or strong feeling. */
export function isClaim(p: AnalysedParagraph, sentence: Sentence, argued: boolean): boolean {
	const feeling = Math.abs(sentence.sentiment ?? 0);
	if (hasStance(p, sentence)) return true;
	return feeling >= (argued ? ARGUED_SENTIMENT : STRONG_SENTIMENT);
}

/** "According to the article, " in front of a prompt, keeping a name's capital letter. */
export function framedAsArticle(prompt: string): string {
	if (/^according to\b/i.test(prompt)) return prompt;
	const first = prompt.split(/\s+/)[0] ?? '';
	const keepCase =
		/^(_____|I\b|[A-Z]{2,})/.test(first) ||
		(/^\p{Lu}/u.test(first) && !COMMON_OPENERS.has(first.toLowerCase().replace(/[^a-z]/g, '')));
	return `According to the article, ${keepCase ? prompt : prompt.charAt(0).toLowerCase() + prompt.slice(1)}`;
}

/** Opening words that are ordinary words, not names, and take a small letter after a comma. */
const COMMON_OPENERS = new Set(
	'the a an in on at by for of and but or this that these those it its there their they he she his her we our who which what when where why how after before during since while with without from to as many most some all each every both no not one two three four five six seven eight nine ten several few much more less once'.split(
		' '
	)
);

/**
 * Frames the candidates that come from the writer's own claims as the article's: "According to
 * the article, ...". Quotations already name their speaker, and causes say it themselves.
 */
export function frameClaims(candidates: Candidate[], context: GenerationContext): Candidate[] {
	const argued = isArgued(context);
	return candidates.map((c) => {
		if (c.kind === 'cause' || /^(Who said|According to)\b/.test(c.prompt)) return c;
		const p = context.paragraphs[c.paragraph];
		const sentence =
			p?.sentences.find((s) => c.answerStart >= s.start && c.answerStart < s.end) ?? c.sentence;
		if (!p || !isClaim(p, sentence, argued)) return c;
		return { ...c, prompt: framedAsArticle(c.prompt) };
	});
}
