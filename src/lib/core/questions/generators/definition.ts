import type { AnalysedParagraph, Sentence, Token } from '../analyse.ts';
import {
	FLIP_CARD_BONUS,
	type Candidate,
	type GenerationContext,
	type Generator
} from '../candidate.ts';
import { compareKey, countWords } from '../../text.ts';
import {
	GIVEN_NAMES,
	ORGANISATION_WORDS,
	PLACE_HEADS,
	ROLE_NOUNS,
	TERM_WORDS
} from '../gazetteer.ts';
import { hasQuote } from '../prompts.ts';
import { balanced } from './why-clause.ts';

/**
 * What a named term is, as the text defines it: "The Reign of Terror was a period of mass
 * executions ...", "the Estates-General, an assembly of representatives of ...,", "X (a ...)",
 * "a system of rule ... known as the Tetrarchy", "the term X refers to ...". Asked as a flip card
 * ("What was the Reign of Terror?") and answered with the defining phrase in the text's words.
 * Terms only: a phrase that says a name is a person or a place is left to those kinds.
 */

/** Fewer words can be typed; a flip card needs a phrase to recall, not one to spell. */
const MIN_WORDS = 5;
const MAX_WORDS = 20;

/** Heads that say the thing defined is a person, a people or a place: not a term. */
const NOT_TERM_HEADS = new Set([
	...ROLE_NOUNS,
	...'people peoples tribe tribes subgroup democrat republican dynasty family clan team club band squad crew orchestra choir man woman person chieftain warrior ruler tyrant lawyer industrialist reformer revolutionary theologian historian economist architect sculptor singer actor artist painter composer musician writer author poet novelist philosopher scientist geologist naturalist physicist chemist biologist explorer teacher student prophet missionary cardinal archbishop bishop pope priest monk nun abbot saint member figure descendant ancestor nobleman aristocrat courtier knight baron count earl duke duchess lord lady caliph khan czar pharaoh consul tribune official citizen resident son daughter father mother brother sister wife husband widow heir city town village country nation state province region county district river lake sea ocean island mountain valley hill port capital suburb street square building church cathedral castle palace house fort fortress prison abbey monastery temple mosque tower wall bridge canal road railway station harbour stadium park museum university school college hospital mine venue ground arena gallery library theatre hall centre center market hotel airport zoo garden cemetery site area neighbourhood neighborhood'.split(
		' '
	)
]);
/** Heads that make a lower-case subject a technical term: "the enclosure movement". */
const TERM_HEADS = new Set(
	'system movement revolution doctrine theory principle policy treaty act law reform reforms cycle method process technique style rule order code tax trade economy rights period era age agreement pact alliance league union programme program plan scheme campaign crisis uprising revolt rebellion'.split(
		' '
	)
);
/** Heads of a definition that say a lower-case subject is a kind of thing: "a hand-powered machine". */
const CLASS_HEADS = new Set(
	'machine device tool instrument weapon engine vehicle vessel system method process technique movement policy law tax institution organisation organization body assembly council court period practice doctrine theory principle belief idea style form type kind way arrangement agreement treaty document statement charter code custom ritual ceremony tradition ideology religion faith philosophy fencing enclosure drug medicine substance material fuel crop'.split(
		' '
	)
);
/** Single words that name an idea, a system or a movement by their ending: "feudalism". */
/** Heads of names that, alone, stand for a longer name: "the Authority", "the Company". */
const SHORT_FORMS = new Set([...ORGANISATION_WORDS, ...TERM_WORDS, ...PLACE_HEADS]);
const TERM_ENDING = /(ism|dom|cracy|archy|ology|graphy|nomics)$/i;
/** Lower-case words allowed inside a name: "Declaration of the Rights of Man". */
const NAME_JOINERS = /^(of|the|and|for|de|du|la|le|von|van|der|&)$/i;
/** Words that end the noun a definition is built on: "a festival held on ...", "a fossil belonging to ...". */
const HEAD_END =
	/^(of|in|on|at|for|from|with|by|that|which|who|whose|where|to|between|during|under|near|and|or|born|held|built|made|known|called|set|founded|led|run|written|used|based|located)$/;

interface Term {
	/** As asked: "the Reign of Terror". */
	text: string;
	/** Token range [first, last). */
	first: number;
	last: number;
	/** Whether it is a name (capitals) rather than a technical term in lower case. */
	named: boolean;
}

interface Found {
	term: Term;
	definition: string;
	start: number;
	end: number;
	score: number;
	tense: 'past' | 'present';
	plural: boolean;
	/** Whether the sentence is the definition itself ("X was a ..."). */
	stated: boolean;
}

export const definitionGenerator: Generator = {
	kind: 'term',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			for (const sentence of p.sentences) {
				if (hasQuote(p, sentence)) continue;
				const found = findDefinition(p, sentence);
				if (!found || !worthAsking(context, p, found.term, found.definition)) continue;
				const { term, tense, plural } = found;
				const verb = { past: plural ? 'were' : 'was', present: plural ? 'are' : 'is' }[tense];
				// A sentence that states the definition ("X was a ...") says what X is; a phrase set
				// beside a name is the text's description of it. A one-word prompt says where to look.
				const prompt =
					found.stated && countWords(term.text) > 1
						? `What ${verb} ${term.text}?`
						: `What ${verb} ${term.text}, according to the text?`;
				out.push({
					kind: 'term',
					prompt,
					answer: capitalise(found.definition),
					paragraph: p.index,
					sentence,
					answerStart: found.start,
					answerEnd: found.end,
					score: found.score + FLIP_CARD_BONUS,
					selfGraded: true
				});
			}
		}
		return out;
	}
};

/** The definition a sentence gives, trying the plainest forms first. */
export function findDefinition(p: AnalysedParagraph, sentence: Sentence): Found | undefined {
	return (
		copula(p, sentence) ?? appositive(p, sentence) ?? knownAs(p, sentence) ?? refersTo(p, sentence)
	);
}

function text(p: AnalysedParagraph, from: number, to: number): string {
	return p.paragraph.text.slice(p.tokens[from]?.start ?? 0, p.tokens[to - 1]?.end ?? 0);
}

const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

/**
 * A name starting at token [from]: capitalised words joined by "of", "the", "and" ("the
 * Declaration of the Rights of Man"), or undefined.
 */
function nameAt(p: AnalysedParagraph, from: number, to: number): Term | undefined {
	const { tokens } = p;
	let k = from;
	const article = /^the$/i.test(tokens[k]?.text ?? '');
	if (article) k++;
	const start = k;
	// "Since the Quaternary ...": a name starts with a noun or a describing word.
	const head = tokens[start];
	if (!capitalised(head) || !/^\p{L}/u.test(head?.text ?? '')) return undefined;
	if (!['PROPN', 'NOUN', 'ADJ', 'NUM', 'X'].includes(head?.pos ?? '')) return undefined;
	let last = k;
	while (k < to) {
		const t = tokens[k] as Token;
		// The tagger may read a word of a name as a verb ("Tariff Act"): the capital decides.
		if (capitalised(t) && t.pos !== 'PRON' && t.pos !== 'DET') last = k + 1;
		else if (/^[-–]$/.test(t.text) && capitalised(tokens[k + 1])) last = k + 1;
		// "The Satsuma Rebellion of 1877": a year closes a name.
		else if (
			/^of$/i.test(t.text) &&
			/^\d{3,4}([–-]\d{2,4})?$/.test(tokens[k + 1]?.text ?? '') &&
			k > start
		) {
			last = k + 2;
			break;
		} else if (!NAME_JOINERS.test(t.text)) break;
		k++;
	}
	if (last <= start) return undefined;
	const name = text(p, start, last);
	// "Luddism", "the Directory": one word is a name with an article or a naming ending.
	const single = last - start === 1;
	if (single && !article && !TERM_ENDING.test(name) && !/-/.test(name)) return undefined;
	// "a central Board of Health": a name after an article or a describing word takes "the".
	const before = tokens[from - 1];
	const described =
		!article && !!before && ['DET', 'ADJ'].includes(before.pos) && /^\p{Ll}/u.test(before.text);
	return { text: article || described ? `the ${name}` : name, first: from, last, named: true };
}

/** A technical term in lower case after "The" or on its own: "The spinning jenny", "Civil disobedience". */
function termAt(p: AnalysedParagraph, from: number, to: number): Term | undefined {
	const { tokens } = p;
	let k = from;
	const article = /^the$/i.test(tokens[k]?.text ?? '');
	if (article) k++;
	const start = k;
	while (k < to && k - start < 3 && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]?.pos ?? '')) k++;
	// One common noun after "The" ("The cycle") stands for something named before; alone at the
	// start of a sentence ("Quinine, a drug ...") it is the word itself.
	if (k >= to || k - start < (article ? 2 : 1)) return undefined;
	// Lower case throughout, but for the first word of the sentence ("Civil disobedience is ...").
	const lower = tokens.slice(article ? start : start + 1, k).every((t) => /^\p{Ll}/u.test(t.text));
	if (!lower) return undefined;
	const words = text(p, start, k);
	const first = words.charAt(0).toLowerCase() + words.slice(1);
	return { text: article ? `the ${first}` : first, first: from, last: k, named: false };
}

/**
 * The defining noun phrase from [from]: up to a comma, semicolon, bracket or the sentence's end,
 * with no verb of its own before a relative word ("a body that claimed ..." is fine, "a crew
 * would fly ..." is a clause).
 */
function definitionFrom(
	p: AnalysedParagraph,
	sentence: Sentence,
	from: number
): { text: string; end: number; next: Token | undefined } | undefined {
	const { tokens } = p;
	let end = from;
	let relative = false;
	while (end < sentence.last) {
		const t = tokens[end] as Token;
		// "a programme of relief, recovery and reform": a list keeps its commas.
		const listComma =
			t.text === ',' &&
			['NOUN', 'ADJ'].includes(tokens[end + 1]?.pos ?? '') &&
			/^(and|or)$/i.test(tokens[end + 2]?.text ?? '');
		if (
			!listComma &&
			(/^[,;:—–()]$/.test(t.text) || (t.pos === 'PUNCT' && /^[.!?]$/.test(t.text)))
		) {
			break;
		}
		if (/^(that|which|who|whose|where|whom)$/i.test(t.text)) relative = true;
		// "... and was executed in 1793": the sentence goes on with another verb.
		if (/^(and|but|or)$/i.test(t.text) && ['AUX', 'VERB'].includes(tokens[end + 1]?.pos ?? '')) {
			break;
		}
		if (t.pos === 'AUX' && !relative) return undefined;
		end++;
	}
	if (end <= from) return undefined;
	const phrase = text(p, from, end);
	// "an upgraded version of the Saturn I. The S-IB ...": a sentence break the model missed.
	if (!balanced(phrase) || /\.\s+\p{Lu}/u.test(phrase)) return undefined;
	if (/\b(and|or|the|a|an|of|to|with|that|which|who)$/i.test(phrase)) return undefined;
	return { text: phrase, end: tokens[end - 1]?.end ?? 0, next: tokens[end] };
}

/** "The Reign of Terror was a period of mass executions between 1793 and 1794." */
function copula(p: AnalysedParagraph, sentence: Sentence): Found | undefined {
	const { tokens } = p;
	const name = nameAt(p, sentence.first, sentence.last) ?? termAt(p, sentence.first, sentence.last);
	if (!name) return undefined;
	const verb = tokens[name.last];
	if (!verb || !/^(is|was|are|were)$/i.test(verb.text)) return undefined;
	const article = tokens[name.last + 1];
	if (!article || !/^(a|an|the)$/i.test(article.text)) return undefined;
	// "was one of the", "was the son of": not what the thing is.
	if (
		/^(one|son|daughter|wife|husband|home|site|scene|subject|result|name|first|last|largest|biggest|oldest)$/i.test(
			tokens[name.last + 2]?.text ?? ''
		) &&
		!name.named
	) {
		return undefined;
	}
	const found = definitionFrom(p, sentence, name.last + 1);
	if (!found || !classed(name, found.text)) return undefined;
	return {
		term: name,
		definition: found.text,
		start: article.start,
		end: found.end,
		score: name.named ? 3.5 : 3,
		tense: /^(was|were)$/i.test(verb.text) ? 'past' : 'present',
		plural: /^(are|were)$/i.test(verb.text),
		stated: true
	};
}

/** A lower-case subject is a term only when its definition says it is a kind of thing. */
function classed(term: Term, definition: string): boolean {
	if (term.named) return true;
	const head = definitionHead(definition);
	return !!head && (CLASS_HEADS.has(head) || TERM_HEADS.has(head));
}

/** Whether the sentence tells of the past: its first finite verb is a past form. */
function tenseOf(p: AnalysedParagraph, sentence: Sentence): 'past' | 'present' {
	for (let k = sentence.first; k < sentence.last; k++) {
		const t = p.tokens[k] as Token;
		if (/^(is|are|has|have|does|do)$/i.test(t.text)) return 'present';
		if (/^(was|were|had|did)$/i.test(t.text)) return 'past';
		if (
			t.pos === 'VERB' &&
			/(ed|ew|ook|ent|ought|ote|ade|ave|ose|ound|old|ang|an|un)$/.test(t.text)
		) {
			if (/ed$/.test(t.text) && p.tokens[k - 1]?.pos === 'NOUN') continue;
			return 'past';
		}
	}
	return 'past';
}

/**
 * "The Estates-General, an assembly of representatives of the three orders, had not met ..."
 * A phrase with "a"/"an" beside a name anywhere; one with "the" only beside the sentence's
 * subject, followed by its verb ("The National Convention, the assembly elected to ..., declared"):
 * elsewhere ", the ..." is as often the next item of a list or the next clause.
 */
function appositive(p: AnalysedParagraph, sentence: Sentence): Found | undefined {
	const { tokens } = p;
	for (let k = sentence.first + 1; k < sentence.last - 2; k++) {
		const t = tokens[k] as Token;
		const open = t.text === ',' || t.text === '(';
		const det = tokens[k + 1]?.text ?? '';
		const indefinite = /^(a|an)$/i.test(det);
		if (!open || !(indefinite || /^the$/i.test(det))) continue;
		// The name ends right before the comma; find where it starts.
		let start = k - 1;
		while (
			start > sentence.first &&
			(capitalised(tokens[start - 1]) ||
				NAME_JOINERS.test(tokens[start - 1]?.text ?? '') ||
				/^[-–]$/.test(tokens[start - 1]?.text ?? ''))
		) {
			start--;
		}
		while (
			start < k &&
			NAME_JOINERS.test(tokens[start]?.text ?? '') &&
			!/^the$/i.test(tokens[start]?.text ?? '')
		) {
			start++;
		}
		let name = nameAt(p, start, k);
		// "The factory system, a way of organising work ...": a lower-case term opening the sentence.
		if ((!name || name.last !== k) && k - sentence.first <= 4) {
			name = termAt(p, sentence.first, k + 1);
		}
		if (!name || name.last !== k) continue;
		// ", Alan Shearer, the late ...": a name after a comma is an item of a list.
		let before = name.first - 1;
		while (before >= sentence.first && ['DET', 'ADJ'].includes(tokens[before]?.pos ?? '')) before--;
		if (tokens[before]?.text === ',') continue;
		const found = definitionFrom(p, sentence, k + 1);
		if (!found || !classed(name, found.text)) continue;
		// The phrase closes where it opened: ", a ... ," or "(a ...)", or ends the sentence.
		const close = found.next?.text ?? '.';
		if (t.text === '(' ? close !== ')' : !/^[,.;!?]$/.test(close)) continue;
		if (!indefinite) {
			const subject = name.first === sentence.first;
			const verbAfter = ['VERB', 'AUX'].includes(
				tokens[tokens.indexOf(found.next as Token) + 1]?.pos ?? ''
			);
			if (!subject || close !== ',' || !verbAfter) continue;
		}
		return {
			term: name,
			definition: found.text,
			start: tokens[k + 1]?.start ?? 0,
			end: found.end,
			score: 3,
			tense: tenseOf(p, sentence),
			plural: false,
			stated: false
		};
	}
	return undefined;
}

/** "a more conservative Islamist movement known as the Taliban", "a sector referred to as Jua Kali" */
function knownAs(p: AnalysedParagraph, sentence: Sentence): Found | undefined {
	const m =
		/(?:^|[,;]\s+|\b(?:of|by|with|for|from|into|on|in|to|and)\s+)((?:a|an)\s+[^,;()]+?)(?:\s+(?:commonly|often|usually|generally|sometimes|later|popularly))?,?\s+(?:known|called|termed|referred to)\s+(?:as\s+)?(the\s+)?((?:\p{Lu}[\p{L}\d’'-]*)(?:\s+(?:(?:of|the|and|for|de)\s+)*\p{Lu}[\p{L}\d’'-]*)*)/u.exec(
			sentence.text
		);
	if (!m) return undefined;
	const definition = (m[1] as string).trim();
	if (/\b(also|so|now|then)$/i.test(definition)) return undefined;
	const name = `${m[2] ?? ''}${m[3] as string}`.trim();
	// "known as the Hostmen": a name with an article that ends as a plural names several.
	const plural = !!m[2] && /(men|[^su]s)$/.test(name);
	if (name.split(/\s+/).length > 8) return undefined;
	const start = sentence.start + (m.index ?? 0) + m[0].indexOf(definition);
	// The phrase must be a noun phrase: no verb of its own.
	const inside = p.tokens.filter((t) => t.start >= start && t.end <= start + definition.length);
	if (
		inside.some(
			(t) => t.pos === 'AUX' || (t.pos === 'VERB' && /ed$/.test(t.text) && t !== inside[1])
		)
	) {
		return undefined;
	}
	return {
		term: { text: name, first: 0, last: 0, named: true },
		definition,
		start,
		end: start + definition.length,
		score: 3,
		tense: tenseOf(p, sentence),
		plural,
		stated: false
	};
}

/** "The term feudalism refers to a system of ...", "Luddism is defined as ..." */
function refersTo(p: AnalysedParagraph, sentence: Sentence): Found | undefined {
	const m =
		/^(the (?:term|word|phrase|name) )?(["“]?)([\p{L}][\p{L}\s'’-]{2,60}?)\2[”"]?\s+(refers to|is defined as|was defined as|is the name given to|was the name given to|is the term for|was the term for|means|meant)\s+(.+?)[.!]?$/iu.exec(
			sentence.text
		);
	if (!m) return undefined;
	const termed = !!m[1];
	// "means" defines only a word named as a word: "The term X means ...".
	if (/^(means|meant)$/i.test(m[4] as string) && !termed) return undefined;
	const term = (m[3] as string).trim();
	if (term.split(/\s+/).length > 5) return undefined;
	const termStart = sentence.start + sentence.text.indexOf(term);
	const termTokens = p.tokens.filter(
		(t) => t.start >= termStart && t.end <= termStart + term.length
	);
	if (termTokens.some((t) => ['AUX', 'VERB', 'PRON', 'ADV', 'ADP', 'SCONJ'].includes(t.pos))) {
		return undefined;
	}
	const definition = (m[5] as string).split(/[,;:]/)[0]?.trim() ?? '';
	const start = sentence.start + sentence.text.lastIndexOf(definition);
	const past = /^(was|meant)/i.test(m[4] as string);
	const named = /^\p{Lu}/u.test(term) && !/^the\s/i.test(term);
	const asked = named || termed ? term : term.charAt(0).toLowerCase() + term.slice(1);
	return {
		term: { text: asked, first: 0, last: 0, named: true },
		definition,
		start,
		end: start + definition.length,
		score: 3.5,
		tense: past ? 'past' : 'present',
		plural: false,
		stated: true
	};
}

/**
 * Whether a definition is worth a card: long enough to say something, about a term that is not
 * the document's own subject, and not a person or a place (those are asked as actors and places).
 */
function worthAsking(
	context: GenerationContext,
	p: AnalysedParagraph,
	term: Term,
	definition: string
): boolean {
	const words = countWords(definition);
	if (words < MIN_WORDS || words > MAX_WORDS) return false;
	if (!balanced(definition) || !balanced(term.text)) return false;
	if (
		/\b(this|these|those|it|its|they|their|he|she|his|her|him|them|such|the latter|the former)\b/i.test(
			definition
		)
	) {
		return false;
	}
	const bare = term.text.replace(/^the\s+/i, '');
	// "Velden and the Old Gate, a city gate …": two names, one definition.
	if (/\s(and|&)\s+(the\s+)?\p{Lu}/u.test(bare)) return false;
	// "The Authority, a government agency": the short form of a name given in full elsewhere.
	if (!/\s/.test(bare) && SHORT_FORMS.has(bare.toLowerCase())) return false;
	const key = compareKey(bare);
	const title = compareKey(context.title);
	if (key.length < 3 || key === title || title.includes(key) || key.includes(title)) return false;
	// The heads of the definition and of the name say what sort of thing it is.
	const head = definitionHead(definition);
	const kind = !!head && (CLASS_HEADS.has(head) || TERM_HEADS.has(head));
	// "an Islamist democrat", "a Marxist historian": words for people end in -ist and -ian too.
	if (head && (NOT_TERM_HEADS.has(head) || (!kind && /(ist|ian)s?$/.test(head)))) return false;
	const nameHead = (bare.split(/\s+(?:of|for|and)\s+/i)[0] ?? bare)
		.split(/\s+/)
		.pop()
		?.toLowerCase();
	if (nameHead && NOT_TERM_HEADS.has(nameHead)) return false;
	if (GIVEN_NAMES.has(bare.split(/\s+/)[0]?.toLowerCase() ?? '')) return false;
	// Without a head that names a kind of thing, a name the text calls a person or a place is not a term.
	const mention = (context.mentionsIn[p.index] ?? []).find(
		(m) => compareKey(m.text) === key || compareKey(m.canonical) === key
	);
	if (!kind && mention && (mention.type === 'person' || mention.type === 'place')) return false;
	// "What was X?" answered with X's own words.
	const termWords = new Set(key.split(/\s+/).filter((w) => w.length > 3));
	const defWords = compareKey(definition).split(/\s+/);
	if (defWords.filter((w) => termWords.has(w)).length > 1) return false;
	return true;
}

/** The noun a definition is built on: "a period of mass executions" -> "period". */
export function definitionHead(definition: string): string | undefined {
	const words = definition
		.toLowerCase()
		.replace(/[^\p{L}\s'-]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const stop = words.findIndex((w, i) => i > 0 && HEAD_END.test(w));
	const before = stop > 0 ? words.slice(0, stop) : words;
	return before[before.length - 1];
}

function capitalise(text: string): string {
	const t = text.trim().replace(/[.,;:]+$/, '');
	return t.charAt(0).toUpperCase() + t.slice(1);
}
