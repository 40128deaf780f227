import type { AnalysedParagraph, Token } from '../analyse.ts';
import type { GenerationContext } from '../candidate.ts';
import { baseForm } from '../prompts.ts';
import { lookupDemonym } from '../world.ts';

/**
 * Turning one plain clause of a sentence into the body of a "why" question: "Wiesner finally
 * relented" -> "did Wiesner finally relent". Stricter than a general inversion: the clause must be
 * a single subject and verb with no second clause, relative clause or loose reference in it, so
 * that the question reads well and stands alone.
 */

/** Pronouns and pointers that need the sentence before: a question cannot start from them. */
const POINTING = /^(it|its|they|them|their|this|these|those|that|such|both|we|our|i|you|one)$/i;
/** Verbs that report what someone said or thought: a reason after them belongs to the report. */
const REPORTING = new Set(
	'argue claim say state believe think realise realize know suggest note write insist agree conclude feel assert contend maintain explain report tell hope fear doubt deny admit announce declare warn add recall estimate consider'.split(
		' '
	)
);
/** Past forms that look like the base form: "set", "put", "cut" cannot say which tense they are. */
const SAME_FORM_PAST = new Set(
	'put set cut let hit read spread cast quit shut split burst thrust bet rid shed cost upset broadcast'.split(
		' '
	)
);
/** Words that open a subject and are never names: "Many voters", "Most towns". */
const QUANTIFIERS =
	/^(many|most|some|several|all|few|both|each|every|much|more|other|others|no|any|such|certain|numerous|various)$/i;
const CONNECTIVE_ADVERBS =
	/^(rather|instead|also|thus|therefore|however|then|hence|consequently|nevertheless|meanwhile|too|likewise|accordingly)$/i;
const MODALS = new Set('can could will would shall should may might must'.split(' '));
const BE = new Set(['is', 'are', 'was', 'were', 'am']);
const HAVE = new Set(['has', 'have', 'had']);
const DO = new Set(['do', 'does', 'did']);
/** Opening phrases worth keeping at the end of the question: "In 1958," -> "... in 1958?". */
const TIME_OPENING =
	/^(in|on|during|by|throughout|from|after|before|until|between|within)\s[^,]*\b(\d{3,4}s?|\d{1,2}(st|nd|rd|th)\s+century|century)\b[^,]*$/i;

/** Words the document writes in lower case somewhere: a capital at the start of a sentence is not a name. */
export function lowerCaseWords(context: GenerationContext): Set<string> {
	const words = new Set<string>();
	for (const p of context.paragraphs) {
		for (const t of p.tokens) if (/^[a-z]/.test(t.text)) words.add(t.text);
	}
	return words;
}

/** Words the document writes with a capital inside a sentence: names. */
export function midCapitalWords(context: GenerationContext): Set<string> {
	const words = new Set<string>();
	for (const p of context.paragraphs) {
		for (const s of p.sentences) {
			for (let k = s.first + 1; k < s.last; k++) {
				const t = p.tokens[k];
				if (t && /^\p{Lu}\p{Ll}/u.test(t.text) && p.tokens[k - 1]?.text !== '"') words.add(t.text);
			}
		}
	}
	return words;
}

/** What a generator learns once about the document's spelling of words. */
export interface Spelling {
	lower: Set<string>;
	capital: Set<string>;
}

// Read once per document: every question of it asks the same spelling.
const spellingCache = new WeakMap<GenerationContext, Spelling>();

export function spellingOf(context: GenerationContext): Spelling {
	let spelling = spellingCache.get(context);
	if (!spelling) {
		spelling = { lower: lowerCaseWords(context), capital: midCapitalWords(context) };
		spellingCache.set(context, spelling);
	}
	return spelling;
}

/**
 * The first word of a subject as it reads inside a question: "Riots" -> "riots", while names
 * ("Luther") and adjectives of nations ("French") keep their capital.
 */
export function subjectCase(
	context: GenerationContext,
	p: AnalysedParagraph,
	token: Token,
	spelling: Spelling
): string {
	const word = token.text;
	if (!/^\p{Lu}\p{Ll}/u.test(word)) return word;
	const lc = word.toLowerCase();
	if (QUANTIFIERS.test(word)) return lc;
	// A capitalised plural opening a sentence may be taken for a people ("Geochronologists"): only
	// the spelling elsewhere in the document tells.
	const named = (context.mentionsIn[p.index] ?? []).some(
		(m) =>
			m.start <= token.start &&
			m.end > token.start &&
			m.type !== 'other' &&
			(m.fine !== 'people' || m.start !== token.start || !!lookupDemonym(m.text))
	);
	if (named && !spelling.lower.has(lc)) return word;
	// "Pope Clement VII": a title before a name is part of it.
	const after = p.tokens[p.tokens.indexOf(token) + 1];
	if (token.pos !== 'DET' && after && /^\p{Lu}/u.test(after.text) && after.pos === 'PROPN') {
		return word;
	}
	// "Mill owners": the document writes "mills" in lower case elsewhere.
	const { lower } = spelling;
	if (lower.has(lc) || lower.has(`${lc}s`) || lower.has(lc.replace(/s$/, ''))) return lc;
	if (spelling.capital.has(word) || token.pos === 'ADJ') return word;
	// "Reformers campaigned ...": a plural the tagger took for a name, unless a name goes on.
	const next = p.tokens[p.tokens.indexOf(token) + 1];
	if (token.pos === 'PROPN' && (!/[^s]s$/.test(word) || next?.pos === 'PROPN')) return word;
	return lc;
}

export interface ClauseParts {
	/** "did Wiesner finally relent" */
	body: string;
	/** The subject as it reads in the question. */
	subject: string;
	/** A time phrase that opened the sentence, to put at the end: "in September 1967". */
	time?: string;
	/** The verb's lemma. */
	verb: string;
}

export interface ClauseOptions {
	/** Names the person a leading "he"/"she" stands for. */
	resolve: () => string | undefined;
	spelling: Spelling;
	/**
	 * Whether the clause may hold a time clause or relative clause ("... when the king moved his
	 * court"). Only where the reason cannot belong to them: a reason that opens the sentence.
	 */
	loose?: boolean;
	/** What a subject "it", "they", "he" or "she" stands for: "..., so it introduced a tax". */
	pronounStandsFor?: string;
}

/**
 * The clause in tokens [from, to) as the body of a wh-question, or undefined when it is not one
 * plain clause.
 */
export function whyClause(
	context: GenerationContext,
	p: AnalysedParagraph,
	from: number,
	to: number,
	{ resolve, spelling, loose = false, pronounStandsFor }: ClauseOptions
): ClauseParts | undefined {
	const { tokens } = p;
	const text = p.paragraph.text;
	while (
		from < to &&
		(tokens[from]?.pos === 'CCONJ' ||
			/^(then|thus|so|also|eventually|finally|later|subsequently|consequently|therefore|however|meanwhile|ultimately)$/i.test(
				tokens[from]?.text ?? ''
			))
	) {
		from++;
		if (tokens[from]?.text === ',') from++;
	}
	// "Four years later he founded ...": a span of time counted from the sentence before points back
	// to it, and goes.
	if (
		/^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|\d+)$/i.test(
			tokens[from]?.text ?? ''
		) &&
		/^(days?|weeks?|months?|years?|decades?|centuries|century|generations?)$/i.test(
			tokens[from + 1]?.text ?? ''
		) &&
		/^(later|after|afterwards|earlier|before|on)$/i.test(tokens[from + 2]?.text ?? '')
	) {
		from += 3;
		if (tokens[from]?.text === ',') from++;
	}
	// "In September 1967, Mueller approved ...": an opening phrase is not the subject. A date in
	// it is worth keeping; "During this time," points back and goes.
	let time: string | undefined;
	if (tokens[from]?.pos === 'ADP' || tokens[from]?.pos === 'SCONJ') {
		let comma = from;
		while (comma < to && comma - from < 9 && tokens[comma]?.text !== ',') comma++;
		if (tokens[comma]?.text !== ',' || tokens[from]?.pos === 'SCONJ') return undefined;
		const opening = text.slice(tokens[from]?.start, tokens[comma - 1]?.end);
		if (
			TIME_OPENING.test(opening) &&
			!/\b(this|that|these|those|then|it|its|his|her|their)\b/i.test(opening)
		) {
			time = opening.charAt(0).toLowerCase() + opening.slice(1);
		}
		from = comma + 1;
	}
	const first = tokens[from];
	if (!first || first.pos === 'ADV' || first.pos === 'ADP' || first.pos === 'SCONJ') {
		return undefined;
	}
	// The subject runs to the first verb; adverbs just before the verb stay with it.
	let v = from;
	while (v < to && tokens[v]?.pos !== 'VERB' && tokens[v]?.pos !== 'AUX') {
		const t = tokens[v] as Token;
		// "Orkney, Shetland and the Western Isles": a list keeps its commas.
		const listComma =
			t.text === ',' &&
			['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[v + 1]?.pos ?? '') &&
			tokens.slice(v + 1, to).some((x) => x.text === 'and');
		if (
			(t.text === ',' && !listComma) ||
			t.pos === 'SCONJ' ||
			/^(who|which|that|whose|whom|where|when|;|:|\(|\)|–|—)$/i.test(t.text)
		) {
			return undefined;
		}
		v++;
	}
	if (v >= to || v === from || v - from > 12) return undefined;
	// "Velt forms bonds … to give salts": a first verb after "to" is an infinitive, so the
	// words before it were no subject (the real verb was read as a noun).
	if (/^to$/i.test(tokens[v - 1]?.text ?? '')) return undefined;
	let subjectEnd = v;
	while (subjectEnd > from + 1 && tokens[subjectEnd - 1]?.pos === 'ADV') subjectEnd--;
	// "Luther rather seeks ...": connective adverbs point outside the sentence and go.
	const adverbs = tokens
		.slice(subjectEnd, v)
		.map((t) => t.text)
		.filter((w) => !CONNECTIVE_ADVERBS.test(w))
		.join(' ');
	const between = adverbs ? `${adverbs} ` : '';
	let subject: string;
	if (first.pos === 'PRON' || POINTING.test(first.text)) {
		if (/^there$/i.test(first.text) && subjectEnd === from + 1) {
			subject = 'there';
		} else if (
			pronounStandsFor &&
			/^(it|they|he|she)$/i.test(first.text) &&
			subjectEnd === from + 1
		) {
			subject = pronounStandsFor;
		} else if (/^(he|she)$/i.test(first.text) && subjectEnd === from + 1) {
			const person = resolve();
			if (!person) return undefined;
			subject = person;
		} else if (/^(his|her)$/i.test(first.text)) {
			const person = resolve();
			if (!person) return undefined;
			subject = `${person}’s${text.slice(first.end, tokens[subjectEnd - 1]?.end)}`;
		} else {
			return undefined;
		}
	} else {
		subject =
			subjectCase(context, p, first, spelling) + text.slice(first.end, tokens[subjectEnd - 1]?.end);
	}
	if (/\b(this|these|those|the latter|the former|such)\b/i.test(subject)) return undefined;

	// The verb group: auxiliaries, adverbs and negation, then the main verb.
	const verb = tokens[v] as Token;
	const word = verb.text.toLowerCase();
	let k = v + 1;
	while (
		k < to &&
		['ADV', 'PART'].includes(tokens[k]?.pos ?? '') &&
		!/^to$/i.test(tokens[k]?.text ?? '')
	) {
		k++;
	}
	const next = tokens[k];
	const mainAfter = next && (next.pos === 'VERB' || next.pos === 'AUX');
	let head: string;
	let lemma = verb.lemma;
	const restFrom = verb.end;
	if (
		MODALS.has(word) ||
		((BE.has(word) || HAVE.has(word)) && mainAfter) ||
		(BE.has(word) && !mainAfter)
	) {
		head = `${word} ${subject} ${between}`;
		if (mainAfter) lemma = next.lemma;
	} else if (DO.has(word) && mainAfter) {
		head = `${word} ${subject} ${between}`;
		lemma = next.lemma;
	} else if (HAVE.has(word)) {
		// "Such towers often have visible plumes": "have" is the main verb here.
		const support: Record<string, string> = { had: 'did', has: 'does', have: 'do' };
		head = `${support[word]} ${subject} ${between}have`;
		lemma = 'have';
	} else if (verb.pos === 'VERB') {
		const base = baseForm(word, verb.lemma);
		if (/ing$/.test(word) || SAME_FORM_PAST.has(word)) return undefined;
		if (word === verb.lemma.toLowerCase()) head = `do ${subject} ${between}${base}`;
		else if (/[^s]s$/.test(word) && !/ed$/.test(word)) head = `does ${subject} ${between}${base}`;
		else head = `did ${subject} ${between}${base}`;
	} else {
		return undefined;
	}
	if (REPORTING.has(lemma)) return undefined;
	// What follows the verb must be one clause: no second verb after a comma, no colon or semicolon.
	// "fell on the Third Estate, the commoners who made up ...": an appositive at the end says
	// more about a noun and can go.
	for (let j = v + 1; j < to; j++) {
		if (
			tokens[j]?.text === ',' &&
			['NOUN', 'PROPN'].includes(tokens[j - 1]?.pos ?? '') &&
			/^(the|a|an)$/i.test(tokens[j + 1]?.text ?? '') &&
			!tokens.slice(j + 1, to).some((t) => t.text === ',' || t.pos === 'CCONJ')
		) {
			to = j;
			break;
		}
	}
	const restTokens = tokens.slice(v + 1, to);
	const boundary = (t: Token) =>
		/^[,;:]$/.test(t.text) ||
		/^(although|though|while|whereas|unless|however)$/i.test(t.text) ||
		(t.pos === 'SCONJ' &&
			!/^(that|whether|if)$/i.test(t.text) &&
			!(loose && /^(when|after|before|until|once|as)$/i.test(t.text)));
	if (restTokens.some(boundary)) return undefined;
	// "All samples returned from the Moon are ...": the first verb was a reduced relative clause.
	// A verb that starts a new verb phrase after a noun means the clause is not the plain one.
	// A relative clause in the effect ("the gap that he felt had formed") may be what the reason
	// explains: which clause it belongs to cannot be told, so the sentence is not asked.
	let afterComplement = false;
	for (let j = k + (mainAfter ? 1 : 0); j < to; j++) {
		const t = tokens[j] as Token;
		const prev = tokens[j - 1];
		if (/^(that|which|who|whom|whose|where|when|after|before|until|once)$/i.test(t.text)) {
			const afterNoun =
				['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(prev?.pos ?? '') ||
				/^["”’)]$/.test(prev?.text ?? '');
			if (!loose && afterNoun) return undefined;
			afterComplement = true;
		}
		if (/^to$/i.test(t.text)) afterComplement = true;
		// "charted the river in 1562 calling it ...": a participle the tagger read as a noun.
		const verbLike =
			t.pos === 'VERB' ||
			t.pos === 'AUX' ||
			(/ing$/.test(t.text) && ['DET', 'PRON'].includes(tokens[j + 1]?.pos ?? ''));
		if (!verbLike || afterComplement) continue;
		// "instead of defending the frontiers": a gerund after a preposition is a noun.
		if (/ing$/.test(t.text) && (prev?.pos === 'ADP' || prev?.pos === 'SCONJ')) continue;
		// "a land tax paid in money": a participle describing the noun before it.
		if (
			!/ing$/.test(t.text) &&
			t.lemma.toLowerCase() !== t.text.toLowerCase() &&
			['NOUN', 'PROPN'].includes(prev?.pos ?? '') &&
			tokens[j + 1]?.pos === 'ADP'
		) {
			continue;
		}
		if (prev && !['AUX', 'VERB', 'PART', 'ADV'].includes(prev.pos)) return undefined;
	}
	let rest = text.slice(restFrom, tokens[to - 1]?.end ?? restFrom).trim();
	rest = rest.replace(/[.!?…;:,]+$/, '').trim();
	if (!rest && BE.has(word)) return undefined;
	// A clause that ends on a function word has lost its object: "realised that".
	if (/\b(that|the|a|an|of|to|and|or|whether|if|which)$/i.test(rest)) return undefined;
	if (!balanced(rest) || !balanced(subject)) return undefined;
	const body = `${head.trim()} ${rest}`.replace(/\s{2,}/g, ' ').trim();
	return { body, subject, time, verb: lemma };
}

/** Whether brackets and quotation marks open and close within the text. */
export function balanced(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return (
		count(/\(/g) === count(/\)/g) &&
		count(/“/g) === count(/”/g) &&
		count(/"/g) % 2 === 0 &&
		count(/\[/g) === count(/\]/g)
	);
}
