import type { AnalysedParagraph, Sentence, Token } from './analyse.ts';
import type { GenerationContext } from './candidate.ts';
import { insideAny } from './quotes.ts';
import { isDocumentSubject } from './subject.ts';

export const BLANK = '_____';

import {
	dropLeadingConnective,
	namesSomethingBefore,
	stripReferenceMarks
} from './prompt-rules.ts';

const SUBJECT_PRONOUNS =
	/^(he|she|they|it|this|these|those|that|its|his|her|their|we|our|i|such|there)\b/i;
const MAX_WORDS = 45;
const QUOTE_INTRO =
	/\b(following|says|said|states|stated|writes|wrote|explains|that|admits|reads|reported|continues|told the audience|told)\s*:$/i;

/**
 * The sentence as the learner will read it: citations cut, leading connectives dropped, a
 * leading "He"/"She" resolved to the person meant, or undefined when the sentence cannot stand
 * alone (an unresolved pronoun or "this/these" subject).
 */
export function standaloneSentence(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	blank?: { start: number; end: number; fill?: string }
): string | undefined {
	const text = p.paragraph.text;
	// "... describes the new command, X, as ...: “The councils include ...": the quotation that
	// follows a colon is someone else's words; the sentence before it stands alone.
	let sentenceEnd = sentence.end;
	const from = blank ? blank.end : sentence.start;
	const colon = /:\s*[“"‘]/.exec(text.slice(from, sentence.end));
	if (colon) {
		const before = text.slice(sentence.start, from + colon.index + 1);
		if (before.split(/\s+/).length >= 12 && !QUOTE_INTRO.test(before)) {
			sentenceEnd = from + colon.index + 1;
		}
	}
	// "In 1978 Velt founded the paper; after its first issue, the editors …": clauses joined by a
	// semicolon each stand alone, and the one with the blank is enough.
	let sentenceStart = sentence.start;
	if (blank) {
		const clause = clauseAround(text, sentence.start, sentenceEnd, blank);
		// "…; transferring its allegiance to _____": a later clause must open with its own subject.
		if (clause.start > sentence.start && !CLAUSE_OPENING.test(text.slice(clause.start))) {
			return undefined;
		}
		// "Karl – _____; Ada – 10 December 1527, who died …": items of a list, not clauses.
		const split = clause.start > sentence.start || clause.end < sentenceEnd;
		const verb = p.tokens.some(
			(t) =>
				t.start >= clause.start &&
				t.end <= clause.end &&
				(t.pos === 'VERB' || t.pos === 'AUX') &&
				(t.end <= blank.start || t.start >= blank.end)
		);
		const item = /^[^,;]{1,30}\s[–—]\s/.test(text.slice(clause.start, clause.end));
		if (split && (!verb || item)) return undefined;
		sentenceStart = clause.start;
		sentenceEnd = clause.end;
	}
	// Build the text piece by piece so that the blank and the cut citations keep their offsets.
	let out = '';
	let at = sentenceStart;
	const cuts = p.citations
		.filter((c) => c.start >= sentenceStart && c.end <= sentenceEnd)
		.map((c) => ({ start: c.start, end: c.end, fill: '' }));
	if (blank) cuts.push({ start: blank.start, end: blank.end, fill: blank.fill ?? BLANK });
	cuts.sort((a, b) => a.start - b.start);
	for (const cut of cuts) {
		if (cut.start < at) return undefined;
		out += text.slice(at, cut.start) + cut.fill;
		at = cut.end;
	}
	out += text.slice(at, sentenceEnd);
	out = out
		.replace(/\s+([.,;:!?])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.trim()
		.replace(/;$/, '.');
	// A sentence that only introduces a quotation ("... admits the following:") says nothing alone.
	if (/:$/.test(out)) {
		if (out.split(/\s+/).length < 12 || QUOTE_INTRO.test(out)) {
			return undefined;
		}
		out = `${out.slice(0, -1)}.`;
	}
	out = dropLeadingConnective(stripReferenceMarks(out));
	// "It is also comical to see ...": a dummy subject refers to nothing.
	const dummy = /^it (\w+ )?(is|was|seems|seemed|appears|appeared) (\w+ )?\w+ (to|that)\b/i;
	const pronoun = dummy.test(out) ? null : SUBJECT_PRONOUNS.exec(out);
	// "Now, if they threaten ...", "With Dahlan in charge, it could ...": a pronoun subject after
	// an opening clause needs the sentence before it as much as one at the start.
	if (
		/^[^,]{2,30},\s+(if|when|as|once|because|unless|while)\s+(they|it|this|these|those)\s/i.test(
			out
		) ||
		(/^(with|after|if|when|as|once|since|although|though|while|without|despite)\b[^.?!]{0,100}?,\s+(they|it|this|these|those)\s(?!(\w+ )?(is|was|seems|seemed|appears|appeared) (\w+ )?\w+ (to|that)\b)/i.test(
			out
		) &&
			!openingNamesAThing(context, p, sentence, out, blank))
	) {
		return undefined;
	}
	// "Over the next four years it inspected ...": a pronoun subject after an opening phrase.
	if (
		/^(over|in|during|for|after|within|by|since|until|later|soon)\b[^,]{0,40}?\s(it|they)\s(?!(\w+ )?(is|was|seems|seemed|appears|appeared) (\w+ )?\w+ (to|that)\b)/i.test(
			out
		)
	) {
		return undefined;
	}
	// "An interesting report on this phenomenon appeared ...": a subject that points back.
	if (
		/^(\S+\s+){0,6}(this|these|those)\s+(?!(year|month|week|time|day|century|decade|morning|afternoon|evening|summer|winter|spring|autumn|year’s|year's)\b)[a-z]+/i.test(
			out
		)
	) {
		return undefined;
	}
	// "By October 2006, they claimed ...": the subject after a short opening phrase counts too.
	const afterOpening = /^[^,]{2,30},\s+(they|it|this|these|those)\s/i.exec(out);
	if (
		afterOpening &&
		!dummy.test(out.slice(afterOpening[0].length - afterOpening[1]!.length - 1))
	) {
		return undefined;
	}
	// "In 1987, he issued ...": resolve "he" after an opening phrase as at the start.
	const heAfterOpening =
		/^([^,]{2,30},\s+)(he|she)\s/i.exec(out) ??
		/^((?:\w+\s+){1,3}(?:later|earlier|afterwards)\s+)(he|she)\s/i.exec(out);
	if (heAfterOpening) {
		const person = previousPerson(context, p, sentence);
		if (!person) return undefined;
		out = `${heAfterOpening[1]}${person}${out.slice((heAfterOpening[1] as string).length + (heAfterOpening[2] as string).length)}`;
	}
	if (pronoun) {
		const word = (pronoun[1] as string).toLowerCase();
		if (word === 'it') {
			// "The activist group X was formed ... It now reports ...": "it" is the named subject.
			const name = previousSubjectName(context, p, sentence);
			if (!name) return undefined;
			out = name + out.slice(pronoun[0].length);
		} else if (['his', 'her'].includes(word) && RELATION_AFTER.test(out.slice(pronoun[0].length))) {
			// "His successor, …": whose, the last person named may well not be.
			return undefined;
		} else if (['he', 'she', 'his', 'her'].includes(word)) {
			// "His Coalition Provisional Authority ..." -> "Paul Bremer’s Coalition Provisional Authority ...".
			const person = previousPerson(context, p, sentence);
			if (!person) return undefined;
			const owner = word === 'his' || word === 'her' ? `${person}’s` : person;
			out = owner + out.slice(pronoun[0].length);
		} else {
			return undefined;
		}
	}
	if (!/[.!?…"”’)]$/.test(out)) out += '.';
	out = out.charAt(0).toUpperCase() + out.slice(1);
	// A long sentence may lose a closing ", where ..." or ", which ..." clause after the blank.
	if (out.split(/\s+/).length > MAX_WORDS) {
		const blankAt = out.indexOf(BLANK);
		const clause = /,\s+(where|which|who|while)\s[^,]*[.!?]$/.exec(out);
		if (clause && clause.index > blankAt) out = `${out.slice(0, clause.index)}.`;
	}
	if (out.split(/\s+/).length > MAX_WORDS) return undefined;
	return resolveInnerPronoun(out, () => previousPerson(context, p, sentence));
}

/** How a clause with a subject of its own opens: an article, a pronoun, a name or a figure. */
const CLAUSE_OPENING =
	/^(?:(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we|in|on|by|from|after|during)\s|\p{Lu}(?!\p{Ll}*ing\b)|\d)/u;

/**
 * The clause of [start, end) that holds the blank, between semicolons outside brackets and
 * quotation marks; the whole span when there is no such semicolon.
 */
export function clauseAround(
	text: string,
	start: number,
	end: number,
	blank: { start: number; end: number }
): { start: number; end: number } {
	let depth = 0;
	let from = start;
	for (let i = start; i < end; i++) {
		const ch = text[i] as string;
		if ('([“‘'.includes(ch)) depth++;
		else if (')]”’'.includes(ch) && depth > 0) depth--;
		if (ch !== ';' || depth > 0) continue;
		if (i >= blank.end) return { start: from, end: i + 1 };
		from = i + 1;
		while (/\s/.test(text[from] ?? '')) from++;
	}
	return { start: from, end };
}

/**
 * "Three of his best-known works were published in _____" -> "Three of Martin Luther’s ...":
 * a "he", "she" or "his" with nobody named before it in the prompt stands for the one person
 * the paragraph named before the sentence. Left as it is when that person is not sure.
 */
function resolveInnerPronoun(out: string, person: () => string | undefined): string {
	const m = /\b(he|she|his|her|him)\b/i.exec(out);
	if (!m || namesSomethingBefore(out.slice(0, m.index)) || m.index === 0) return out;
	const rest = out.slice(m.index + m[0].length);
	const word = (m[1] as string).toLowerCase();
	// "in her honour" is hers; "referred to her as" is her.
	const possessive = word === 'his' || (word === 'her' && !OBJECT_AFTER.test(rest));
	if (possessive && RELATION_AFTER.test(rest)) return out;
	const name = person();
	if (!name) return out;
	return `${out.slice(0, m.index)}${possessive ? `${name}’s` : name}${rest}`;
}

/** What follows "her" as an object rather than as an owner: a preposition, a verb, the end. */
const OBJECT_AFTER =
	/^(\s+(as|to|in|on|at|by|with|for|from|and|or|that|was|is|into|after|before|until|when|who|_____)\b|\s*[.,;:!?)]|$)/i;

/** A relation after "his"/"her": who it is relative to is seldom the last person named. */
const RELATION_AFTER =
	/^\s+(successor|predecessor|heir|son|daughter|father|mother|brother|sister|wife|husband|widow|rival|ally|deputy|mentor|pupil|teacher)s?\b/i;

/** Names of God and the like, which a sentence names without being about them. */
const DIVINE = /^(God|Christ|Jesus|Jesus Christ|Allah|Lord|the Lord|Satan|the Devil|Holy Spirit)$/;

/**
 * Who "he" or "she" is: the one person named in the nearest sentence before that names anyone
 * (up to three back in the paragraph, then the last of the paragraph before), when that sentence
 * names no other person and no name of unknown sort that could be one, and the paragraph so far
 * names no other person; in a document about a person, that person when nobody else is named
 * in the paragraph before the pronoun. Undefined whenever that is not sure: a wrong name is
 * worse than no question.
 */
export function previousPerson(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: { start: number }
): string | undefined {
	const index = p.sentences.findIndex((s) => s.start === sentence.start);
	const back = index < 0 ? [] : p.sentences.slice(Math.max(0, index - BACK), index).reverse();
	const chain = back.map((s) => ({ p, s }));
	const previousParagraph = context.paragraphs[p.index - 1];
	const lastBefore = previousParagraph?.sentences[previousParagraph.sentences.length - 1];
	if (index >= 0 && index <= BACK && previousParagraph && lastBefore) {
		chain.push({ p: previousParagraph, s: lastBefore });
	}
	for (const { p: q, s } of chain) {
		const inSentence = (context.mentionsIn[q.index] ?? []).filter(
			(m) => m.start >= s.start && m.end <= s.end
		);
		const people = new Set(inSentence.filter((m) => m.type === 'person').map((m) => m.canonical));
		// A name of unknown sort could be the person: two words anywhere, or one that opens the
		// sentence as its subject ("Velt is best remembered for ... . He ...").
		const unknown = inSentence.some(
			(m) =>
				m.type === 'other' &&
				(m.text.includes(' ') ||
					(m.first === s.first &&
						/^(VERB|AUX)$/.test(q.tokens[m.last]?.pos ?? '') &&
						!context.title.split(/\s+/).includes(m.text)))
		);
		if (unknown || people.size > 1) return undefined;
		if (people.size === 0) continue;
		const person = [...people][0] as string;
		// "God" in the sentence before is what the person spoke of, not who "he" is.
		if (DIVINE.test(person)) return undefined;
		// "... read Otto Berg's treatise. ¶ In 1820 he sold the mill": in a life, a new
		// paragraph's "he" is as likely its subject as the last person named; who is not sure.
		const subject = q !== p ? subjectPerson(context) : undefined;
		if (subject && subject !== person) return undefined;
		return othersBefore(context, p, sentence, person) ? undefined : person;
	}
	// "Tesla ... In 1873 he graduated": a biography's "he" is its subject unless another is named.
	const subject = subjectPerson(context);
	return subject && !othersBefore(context, p, sentence, subject) ? subject : undefined;
}

/** How many sentences back in a paragraph a pronoun's person is looked for. */
const BACK = 3;

/** Whether the paragraph names a person other than `person` before the sentence. */
function othersBefore(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: { start: number },
	person: string
): boolean {
	return (context.mentionsIn[p.index] ?? []).some(
		(m) => m.type === 'person' && m.end <= sentence.start && m.canonical !== person
	);
}

const subjects = new WeakMap<GenerationContext, string | null>();

/** The person a document is about, when its title names one the text names too. */
function subjectPerson(context: GenerationContext): string | undefined {
	if (!subjects.has(context)) {
		// The title's own name first: "Karl Velt" also shares a word with a title "Ada Velt".
		const people = context.mentions.filter((x) => x.type === 'person');
		const m =
			people.find((x) => x.canonical === context.title) ??
			people.find((x) => isDocumentSubject(x.canonical, context.title));
		subjects.set(context, m ? m.canonical : null);
	}
	return subjects.get(context) ?? undefined;
}

/**
 * "After the US invaded Iraq in 2003, it ...": the opening clause names a place, organisation or
 * term that "it" can stand for (a person cannot be "it").
 */
function openingNamesAThing(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: Sentence,
	out: string,
	blank: { start: number; end: number } | undefined
): boolean {
	const m = /^([^.?!]*?),\s+(they|it|this|these|those)\s/i.exec(out);
	if (!m || (m[2] as string).toLowerCase() !== 'it') return false;
	const openingEnd = sentence.start + (m[1] as string).length + 10;
	return (context.mentionsIn[p.index] ?? []).some(
		(x) =>
			x.start >= sentence.start &&
			x.end <= openingEnd &&
			x.type !== 'person' &&
			x.type !== 'group' &&
			x.start !== blank?.start
	);
}

/**
 * The named organisation or term that is the subject of the sentence before ("The activist group
 * Raqqa Is Being Slaughtered Silently was formed ..."), for a following "It".
 */
export function previousSubjectName(
	context: GenerationContext,
	p: AnalysedParagraph,
	sentence: { start: number }
): string | undefined {
	const index = p.sentences.findIndex((s) => s.start === sentence.start);
	const previous = p.sentences[index - 1];
	if (!previous) return undefined;
	const { tokens } = p;
	const m = (context.mentionsIn[p.index] ?? []).find(
		(x) => x.start >= previous.start && x.end <= previous.end
	);
	if (!m || (m.type !== 'organisation' && m.type !== 'term')) return undefined;
	// Only a lower-case description may come before it, and a verb right after it.
	for (let k = previous.first; k < m.first; k++) {
		const t = tokens[k];
		if (!t || (k > previous.first && /^[A-Z]/.test(t.text)) || !/^(DET|ADJ|NOUN)$/.test(t.pos)) {
			return undefined;
		}
	}
	const next = tokens[m.last];
	if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return undefined;
	return /^the\s/i.test(p.paragraph.text.slice(Math.max(0, m.start - 4), m.start)) &&
		m.first === previous.first + 1
		? `the ${m.canonical}`
		: m.canonical;
}

/** Whether a span lies in quoted speech or in a citation: the author's claim is elsewhere. */
export function inQuoteOrCitation(p: AnalysedParagraph, start: number, end: number): boolean {
	// Scare quotes (“500,000”, “last patrol”) mark words, not speech.
	const speech = p.quotes.filter(
		(q) => p.paragraph.text.slice(q.start, q.end).split(/\s+/).length >= 4
	);
	return insideAny(speech, start, end) || insideAny(p.citations, start, end);
}

/** Whether the sentence contains quoted speech at all. */
export function hasQuote(p: AnalysedParagraph, sentence: Sentence): boolean {
	return p.quotes.some(
		(q) =>
			q.start < sentence.end &&
			q.end > sentence.start &&
			p.paragraph.text.slice(q.start, q.end).split(/\s+/).length >= 5
	);
}

/** Index of the first token at or after a character offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
	const i = tokens.findIndex((t) => t.start >= offset);
	return i < 0 ? tokens.length : i;
}

/**
 * Turns a sentence whose subject is the answer into a question: "Order 39, issued by Bremer,
 * allowed ..." -> "Which order, issued by Bremer, allowed ...?". Only when a verb follows the
 * subject directly (or after an appositive), so the result stays grammatical.
 */
export function subjectQuestion(
	p: AnalysedParagraph,
	sentence: Sentence,
	subjectEnd: number,
	wh: string
): string | undefined {
	const { tokens } = p;
	let k = tokenAt(tokens, subjectEnd);
	let appositive = '';
	if (tokens[k]?.text === ',') {
		// Skip ", president of the Federation ...," up to the closing comma.
		let j = k + 1;
		while (j < sentence.last && tokens[j]?.text !== ',' && j - k < 16) j++;
		if (tokens[j]?.text !== ',') return undefined;
		// "Who, who had watched the fire ...", "Who, the Israeli poet, was born ...": a person's
		// question word takes no appositive; the cloze asks it better.
		if (/^(who|whose|which)$/i.test(tokens[k + 1]?.text ?? '') || /^who\b/i.test(wh)) {
			return undefined;
		}
		appositive = p.paragraph.text.slice(tokens[k]?.start, tokens[j]?.end);
		k = j + 1;
	}
	const verb = tokens[k];
	if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) {
		// Adverbs between subject and verb: "Fallon last week committed".
		let j = k;
		while (
			j < sentence.last &&
			j - k < 3 &&
			tokens[j]?.pos !== 'VERB' &&
			tokens[j]?.pos !== 'AUX'
		) {
			if (!['ADV', 'ADJ', 'NOUN', 'DET'].includes(tokens[j]?.pos ?? '')) return undefined;
			j++;
		}
		if (tokens[j]?.pos !== 'VERB' && tokens[j]?.pos !== 'AUX') return undefined;
	}
	if (hasSecondClause(tokens, k, sentence.last)) return undefined;
	const startOfRest = tokens[k]?.start ?? sentence.end;
	let rest = p.paragraph.text.slice(startOfRest, sentence.end).trim();
	if (/:\s*$/.test(rest)) return undefined;
	rest = rest.replace(/[.!?…]+["”’]?$/, '').trim();
	if (!rest || /["“”]/.test(rest.slice(-2))) return undefined;
	if (rest.split(/\s+/).length > 35) return undefined;
	return `${wh}${appositive ? appositive : ''} ${rest}?`.replace(/\s+,/g, ',');
}

/**
 * "... was elected on the list and the party suffered a loss": after "and" or "but" a clause with
 * its own subject and verb, which a question word at the front would not govern.
 */
function hasSecondClause(tokens: readonly Token[], from: number, last: number): boolean {
	for (let j = from; j <= last; j++) {
		// "said that the threat had worked and bombs were not needed": both clauses are what was said.
		if (tokens[j]?.pos === 'SCONJ' || /^(that|whether)$/i.test(tokens[j]?.text ?? '')) return false;
		if (tokens[j]?.pos !== 'CCONJ') continue;
		let s = j + 1;
		if (tokens[s]?.pos === 'PRON' && /^(he|she|they|it|we)$/i.test(tokens[s]?.text ?? '')) {
			if (['VERB', 'AUX'].includes(tokens[s + 1]?.pos ?? '')) return true;
			continue;
		}
		if (tokens[s]?.pos === 'DET') s++;
		const nounStart = s;
		while (s <= last && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[s]?.pos ?? '')) s++;
		if (s > nounStart && ['VERB', 'AUX'].includes(tokens[s]?.pos ?? '')) return true;
	}
	return false;
}

/**
 * The base form in the source's own spelling: the model's lemma of "organised" is "organize",
 * but a British text asks "When did the union organise ...?".
 */
export function baseForm(word: string, lemma: string): string {
	if (/is(e|ed|es|ing)$/.test(word) && /ize$/.test(lemma)) return lemma.replace(/ize$/, 'ise');
	if (/ys(e|ed|es|ing)$/.test(word) && /yze$/.test(lemma)) return lemma.replace(/yze$/, 'yse');
	return lemma;
}

const AUXILIARIES = new Set(
	'is are was were has have had will would can could should may might must do does did'.split(' ')
);

/**
 * Turns the clause in [from, to) into the body of a wh-question by moving or adding an
 * auxiliary: "many refugees have returned" -> "have many refugees returned", "Bremer slashed
 * wages" -> "did Bremer slash wages". Undefined when the subject is an unresolved pronoun or the
 * clause has no verb in reach.
 */
export function invertClause(
	p: AnalysedParagraph,
	from: number,
	to: number,
	resolvePronoun: () => string | undefined,
	/** The subject's first word as it reads inside a question ("Soviet" stays, "Riots" does not). */
	caseOf: (token: Token) => string = (token) =>
		token.pos === 'PROPN' ? token.text : token.text.charAt(0).toLowerCase() + token.text.slice(1)
): string | undefined {
	const { tokens } = p;
	const text = p.paragraph.text;
	while (
		from < to &&
		(tokens[from]?.pos === 'CCONJ' ||
			/^(meanwhile|then|now|thus|so|also)$/i.test(tokens[from]?.text ?? ''))
	) {
		from++;
	}
	// "By 1500, printing presses had produced ...": an opening phrase is not the subject.
	if (tokens[from]?.pos === 'ADP') {
		let comma = from;
		while (comma < to && comma - from < 7 && tokens[comma]?.text !== ',') comma++;
		if (tokens[comma]?.text === ',') from = comma + 1;
	}
	if (tokens[from]?.pos === 'ADV' || tokens[from]?.pos === 'ADP') return undefined;
	let v = from;
	while (v < to && tokens[v]?.pos !== 'VERB' && tokens[v]?.pos !== 'AUX') {
		if (tokens[v]?.text === ',' || tokens[v]?.pos === 'SCONJ') return undefined;
		v++;
	}
	if (v >= to || v === from || v - from > 10) return undefined;
	const verb = tokens[v] as Token;
	let subject = text.slice(tokens[from]?.start, tokens[v - 1]?.end);
	const first = tokens[from] as Token;
	if (first.pos === 'PRON' && /^there$/i.test(first.text)) {
		subject = 'there';
	} else if (first.pos === 'PRON') {
		// "He also effectively surrendered" -> "did Bashar al-Assad also effectively surrender".
		if (!/^(he|she)$/i.test(first.text)) return undefined;
		const person = resolvePronoun();
		if (!person) return undefined;
		subject = person + text.slice(first.end, tokens[v - 1]?.end);
	} else if (/^(this|these|those|it|they|that)$/i.test(first.text)) {
		return undefined;
	} else {
		subject = caseOf(first) + subject.slice(first.text.length);
	}
	// "a directive issued by the Pentagon was leaked": the first verb was a reduced relative
	// clause; a second finite verb before any clause boundary means the split is wrong.
	let afterVerb = v + 1;
	while (afterVerb < to && ['AUX', 'VERB', 'ADV', 'PART'].includes(tokens[afterVerb]?.pos ?? '')) {
		afterVerb++;
	}
	for (let k = afterVerb; k < to; k++) {
		const word = tokens[k]?.text.toLowerCase() ?? '';
		if (
			/^(that|which|who|whom|when|where|because|if|while|as|and|but|or|so|to|,|;|:|–|—)$/.test(word)
		) {
			break;
		}
		if (/^(was|were|is|are|has|have|had)$/.test(word)) return undefined;
	}
	const end = tokens[to - 1]?.end ?? text.length;
	let rest = text.slice(verb.end, end).trim();
	rest = rest.replace(/[.!?…;:,]+$/, '').trim();
	const word = verb.text.toLowerCase();
	if (!rest && /^(is|are|was|were)$/.test(word)) return undefined;
	const base = baseForm(word, verb.lemma);
	// "did the men ambush the escort, killed thousands and took …": a second verb of the same
	// subject keeps its tense, so the question would mix two; the sentence is asked as a cloze.
	const lent = !(AUXILIARIES.has(word) || verb.pos === 'AUX');
	if (lent && sharesSubject(tokens, v + 1, to)) return undefined;
	let head: string;
	if (AUXILIARIES.has(word) || verb.pos === 'AUX') {
		head = `${word} ${subject}`;
	} else if (verb.lemma === word) {
		head = `do ${subject} ${base}`;
	} else if (/s$/.test(word) && !/ed$/.test(word)) {
		head = `does ${subject} ${base}`;
	} else if (!/ing$/.test(word)) {
		head = `did ${subject} ${base}`;
	} else {
		return undefined;
	}
	return rest ? `${head} ${rest}` : head;
}

/** Whether a verb after "and", "or" or a comma in [from, to) is a second finite verb of the subject. */
function sharesSubject(tokens: readonly Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const t = tokens[k] as Token;
		if (!/^(and|or|but|,)$/i.test(t.text)) continue;
		let n = k + 1;
		while (n < to && tokens[n]?.pos === 'ADV') n++;
		const next = tokens[n];
		if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
		const w = next.text.toLowerCase();
		if (/ing$/.test(w)) continue;
		if (next.pos === 'AUX' || w !== next.lemma.toLowerCase() || /ed$/.test(w)) return true;
	}
	return false;
}
