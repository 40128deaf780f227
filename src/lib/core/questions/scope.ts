/**
 * Whether a prompt says what it is about. "Retention rates were _____ for public school students"
 * is true of one place and one year only; a student reading it among other cards cannot tell
 * which. A prompt with no name, year or word of the title gets the place a place's article is
 * about ("In Ruritania, retention rates …"), and is dropped in any other article.
 */
import type { GenerationContext } from './candidate.ts';
import { isAcronymOf } from './equivalence.ts';
import { isNoteStyle } from './note-lines.ts';
import type { QuestionKind } from './types.ts';
import { isGivenName, lookupDemonym, lookupPlace } from './world.ts';

const BLANK = /_{3,}/g;
const MONTH_OR_DAY =
	/^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;
const FRAME = /^According to the article,\s*/;

/** What a document offers prompts to place themselves by, worked out once per document. */
export interface DocumentScope {
	/** The place the document is about, as a prompt names it ("Jacksonville"), if it is one. */
	place?: string;
	/** Stems of the title's words, to tell a prompt that already names the subject. */
	titleStems: string[];
	/** Every word the document writes in lower case somewhere, so never only as a name. */
	lowerCaseWords: Set<string>;
	/** Words the document writes with a capital inside a sentence: names, kept so after "In X,". */
	midCapitals?: Set<string>;
	/** What the opening sentence says the subject is: "The Velden Company" is a "company". */
	subject?: SubjectClass;
	/** Acronyms the document defines ("Velden Trading Company (VTC)"), with their expansion. */
	acronyms?: Map<string, string>;
	/** Whether the document is written as notes, in lines that often have no verb. */
	notes?: boolean;
}

/** Acronyms a student knows without the document spelling them out. */
const WELL_KNOWN = new Set(
	'US USA UK UN EU NATO NASA BBC USSR FBI CIA AD BC BCE CE TV GDP DNA AIDS HIV WHO OPEC'.split(' ')
);

/** The acronyms a text defines in brackets after their expansion, each with its expansion. */
export function definedAcronyms(texts: readonly string[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const text of texts) {
		for (const m of text.matchAll(/\(([A-Z]{2,6})\)/g)) {
			const acronym = m[1] as string;
			if (out.has(acronym) || WELL_KNOWN.has(acronym)) continue;
			const words = text
				.slice(Math.max(0, (m.index ?? 0) - 100), m.index)
				.trim()
				.split(/\s+/);
			for (let k = words.length - 1; k >= Math.max(0, words.length - 8); k--) {
				const phrase = words.slice(k).join(' ');
				if (/^\p{Lu}/u.test(phrase) && isAcronymOf(acronym, phrase)) {
					out.set(acronym, phrase);
					break;
				}
			}
		}
	}
	return out;
}

/** What may follow a name used as a noun: a possessive, punctuation, a verb or a preposition. */
const NOUN_USE =
	/^(?:['’]s\b|\s*[,.;:!?)]|\s*$|\s+(?:is|was|are|were|has|had|have|would|will|could|can|did|does|do|also|then|later|itself|and|or|in|on|at|to|for|from|with|by|as|after|before|during|since|until|into)\b|\s+[a-z]+ed\b(?!-))/;

/** Common nouns that end the name of a body, a law or a work and call for "the" before it. */
const INSTITUTION_HEADS =
	/\s(Act|Agreement|Company|Corporation|Party|Organi[sz]ation|Front|Movement|Commission|Council|Committee|Union|Association|Agency|Bank|Fund|Office|Authority|Institute|Programme|Program|Treaty|Convention|Conference|Network|Service|System|Board|League|Army|Forces?|Group|Federation|Society|Assembly|Parliament|Congress|Court|Department|Ministry|Administration|Alliance|Coalition)$/;

/**
 * "HT allegedly attempted coups": an acronym the document defined once is spelt out in the
 * prompt, which a student meets alone ("Hizb al-Velden allegedly attempted coups").
 */
export function expandAcronyms(prompt: string, scope: DocumentScope): string {
	let out = prompt;
	for (const [acronym, expansion] of scope.acronyms ?? []) {
		if (out.includes(expansion)) continue;
		// "VTC Records" is a name of its own: an acronym before a capitalised word stays, as one
		// joined to another word does ("Norby Holdings/VTC", "VTC.com", "VTC-TV").
		const at = new RegExp(
			`(?<![/.-])\\b${acronym}\\b(?![/-]|\\.\\w)(?!\\s*\\()(?!\\s+\\p{Lu})`,
			'u'
		).exec(out);
		if (!at) continue;
		// "since VTA" -> "since the Velden Trade Act": a name built on a common
		// noun takes "the" where the acronym stood alone.
		// Not after a determiner or a number ("the ten VTC ships"), nor where the acronym
		// qualifies the noun after it ("VTC executives"): only as a noun of its own, before a
		// verb, a preposition, a possessive or the end of a clause.
		const bare =
			!/\b(the|a|an|its|their|his|her|then|this|these|those|\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|many|several|some|both|other)\s+$/i.test(
				out.slice(0, at.index)
			) && NOUN_USE.test(out.slice(at.index + acronym.length));
		const headed = INSTITUTION_HEADS.test(expansion) && !/^the\s/i.test(expansion);
		const opening = at.index === 0 || /[.!?:;]\s*$/.test(out.slice(0, at.index));
		let article = '';
		if (bare && headed) article = opening ? 'The ' : 'the ';
		out = out.slice(0, at.index) + article + expansion + out.slice(at.index + acronym.length);
	}
	return out;
}

export interface SubjectClass {
	/** The subject as the opening sentence names it, brackets left out. */
	name: string;
	/** The noun the article goes on calling it by: "the company". */
	noun: string;
}

/** Words that end the noun phrase of "X is a … noun": what follows says more about it. */
const PHRASE_END =
	/^(that|which|who|whose|with|to|in|of|by|for|where|from|on|at|and|or|often|usually|best|based|located|owned|carried|founded|known|made|used|consisting|having|being)$/;

/**
 * "The Velden Company (VC) is an Ostish trading company that …": the subject and the noun its
 * article calls it by, from an encyclopedia's opening sentence. Undefined for any other opening.
 */
export function subjectClass(opening: string, title: string): SubjectClass | undefined {
	let text = opening;
	for (let k = 0; k < 3; k++) text = text.replace(/\s*\([^()]*\)/g, '');
	const m =
		/^(.{2,80}?)(?:,\s+(?:also|commonly|officially|formerly)\s+[^,]+,)?\s+(?:is|was)\s+(?:a|an|the)\s+([^,;:.]+)/.exec(
			text
		);
	if (!m) return undefined;
	const name = (m[1] as string).trim();
	const titleWords = title
		.toLowerCase()
		.split(/[^\p{L}\d]+/u)
		.filter((w) => w.length >= 3);
	if (!titleWords.some((w) => name.toLowerCase().includes(w))) return undefined;
	const words: string[] = [];
	for (const w of (m[2] as string).split(/\s+/)) {
		if (PHRASE_END.test(w) || /^[a-z]+(ly|ed)$/.test(w)) break;
		words.push(w);
	}
	const noun = words[words.length - 1];
	if (!noun || !/^[a-z]{3,}$/.test(noun) || (/s$/.test(noun) && !/ss$/.test(noun))) {
		return undefined;
	}
	return { name, noun };
}

/**
 * "The network's ratings fell in _____" in the article on a network: the noun the article calls
 * its subject by is replaced with the subject's name, so the card says what it is about.
 */
export function nameTheSubjectByClass(prompt: string, scope: DocumentScope): string {
	const subject = scope.subject;
	if (!subject) return prompt;
	// "Ada met the mathematician Karl Olden": where a person's article names her already, "the
	// mathematician" is someone else.
	const names = subject.name.match(/\p{Lu}[\p{L}’'-]{2,}/gu) ?? [];
	if (
		/(ist|ian|er|or|ess)$/.test(subject.noun) &&
		names.some((n) => n !== 'The' && new RegExp(`\\b${n}\\b`, 'u').test(prompt))
	) {
		return prompt;
	}
	// Said once is enough: "the Velden Canal … the canal's locks".
	const bareName = subject.name.replace(/^the\s+/i, '').toLowerCase();
	if (prompt.toLowerCase().includes(bareName)) return prompt;
	// A city's article calls it "the town" in its early history, a state's "the colony".
	const nouns = PLACE_NOUNS.find((group) => group.includes(subject.noun)) ?? [subject.noun];
	// "The Velden flood was a disaster …": the article says "the flood" as often as "the disaster",
	// and "the canal" or "the League" for "the Velden Canal" and "the Ostish League".
	const head = headOf(subject.name, scope.lowerCaseWords);
	if (head && !nouns.includes(head)) nouns.push(head);
	const either = (noun: string) =>
		`[${noun.charAt(0).toUpperCase()}${noun.charAt(0)}]${noun.slice(1)}`;
	const pattern = new RegExp(
		`\\b([Tt])he (?:${nouns.map(either).join('|')})(?!\\s+of\\b)(['’]s)?\\b(?![-\\w])(?!\\s+(?:_{3,}|\\p{Lu}|\\d))`,
		'gu'
	);
	const named = prompt.replace(pattern, (_, t: string, possessive?: string) => {
		const name = /^[Tt]he\s/.test(subject.name) ? `${t}${subject.name.slice(1)}` : subject.name;
		return `${name}${possessive ?? ''}`;
	});
	return nameTheAftermath(named, subject, head);
}

/**
 * The noun a name is built on, in lower case: "flood" of "the Velden flood", "canal" of "Velden
 * Canal", "fire" of "Great Fire of Velden". Not a noun that is as often anyone's ("the death").
 */
function headOf(name: string, lowerCaseWords: ReadonlySet<string>): string | undefined {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	// "Ada Curie": a person's name is built on no noun, whatever the text calls a "curie".
	if (isGivenName(words[0] ?? '')) return undefined;
	const head = /\s(\p{L}{4,})(?:\s+of\s.+)?$/u.exec(name)?.[1]?.toLowerCase();
	// "Velden upon Tyne": a word the text never writes in lower case is a name, not a noun.
	if (!head || NOT_HEADS.has(head) || !lowerCaseWords.has(head)) return undefined;
	return head;
}

const NOT_HEADS = new Set(['death', 'life', 'ages', 'days', 'times', 'world', 'people', 'years']);

/** Nouns of an event, whose article goes on to tell what followed it. */
const EVENT_NOUNS =
	/^(disaster|accident|war|battle|revolution|flood|earthquake|eruption|crisis|famine|fire|explosion|siege|rebellion|uprising|pandemic|epidemic|outbreak|massacre|meltdown|spill|collapse)$/;

/**
 * "about 70 per cent of the fallout" in the article on a disaster: what followed the event is
 * said to be its own, "the fallout of the Velden disaster", so the card says which.
 */
function nameTheAftermath(prompt: string, subject: SubjectClass, head?: string): string {
	if (!EVENT_NOUNS.test(subject.noun) && !EVENT_NOUNS.test(head ?? '')) return prompt;
	const name = subject.name.replace(/^The\s/, 'the ');
	if (prompt.toLowerCase().includes(name.toLowerCase())) return prompt;
	return prompt.replace(
		/\b([Tt]he (?:fallout|aftermath|clean-up|cleanup|evacuation|investigation|inquiry|death toll|recovery))\b(?!\s+(?:of|from|after)\b)/,
		(phrase) => `${phrase} of ${name}`
	);
}

/** Nouns a place's article uses for the place itself, by the sort of place its opening says. */
const PLACE_NOUNS = [
	['city', 'town', 'borough', 'municipality', 'settlement'],
	['state', 'colony', 'province', 'territory']
];

const stem = (word: string) =>
	word
		.toLowerCase()
		.replace(/['’]s$/, '')
		.replace(/(isms?|ists?|ians?|ics?|es|s)$/, '');

/**
 * The place an article's title names: the whole title, or the part before a bracket or a comma
 * ("Jacksonville, Florida", "Victoria (Australia)"). Undefined for a title that is not a place.
 */
export function placeOfTitle(title: string): string | undefined {
	const forms = [title, title.replace(/\s*\(.*\)\s*$/, ''), title.split(',')[0] ?? ''];
	for (const form of forms) {
		const name = form.trim();
		if (name && lookupPlace(name)) return name;
	}
	return undefined;
}

export function documentScope(context: GenerationContext): DocumentScope {
	const lowerCaseWords = new Set<string>();
	const midCapitals = new Set<string>();
	for (const p of context.paragraphs) {
		for (const word of p.paragraph.text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []) {
			lowerCaseWords.add(word);
		}
		for (const m of p.paragraph.text.matchAll(/[\p{Ll},;] (\p{Lu}[\p{L}'’-]*)/gu)) {
			midCapitals.add(m[1] as string);
		}
	}
	const titleStems = context.title
		.split(/[\s,()]+/)
		.filter((w) => w.length >= 4)
		.map(stem);
	const place = placeOfTitle(context.title);
	const opening = context.paragraphs[0]?.sentences[0]?.text ?? '';
	const subject =
		subjectClass(opening, context.title) ??
		(place ? undefined : titleSubject(context.title, midCapitals, context.paragraphs));
	const acronyms = definedAcronyms(context.paragraphs.map((p) => p.paragraph.text));
	return {
		...(place ? { place } : {}),
		...(subject ? { subject } : {}),
		acronyms,
		notes: isNoteStyle(context.paragraphs),
		titleStems,
		lowerCaseWords,
		midCapitals
	};
}

/**
 * "The 1921 salt crisis", "the Velden program": a title that names one thing by a name and a
 * common noun, which the text also writes with "the" before it. "The crisis" then means it. A
 * title of a kind of thing ("Water mill") names no one thing: "the mill" may be any.
 */
export function titleSubject(
	title: string,
	midCapitals: ReadonlySet<string>,
	paragraphs: readonly { paragraph: { text: string } }[]
): SubjectClass | undefined {
	const words = title.split(/\s+/);
	const lowerCaseWords = new Set(
		paragraphs.flatMap((p) => p.paragraph.text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? [])
	);
	const noun = headOf(title, lowerCaseWords);
	if (words.length < 2 || !noun) return undefined;
	const first = words[0] as string;
	if (!/^\d/.test(first) && !midCapitals.has(first)) return undefined;
	const named = new RegExp(`\\bthe ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
	if (!paragraphs.some((p) => named.test(p.paragraph.text))) return undefined;
	return { name: `the ${title}`, noun };
}

/** A word written with a capital that the document never writes in lower case: a name. */
function isNameWord(word: string, scope: DocumentScope): boolean {
	const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').replace(/['’]s$/, '');
	if (!/^\p{Lu}/u.test(bare) || MONTH_OR_DAY.test(bare)) return false;
	return !scope.lowerCaseWords.has(bare.toLowerCase());
}

/** Whether a prompt names a place: the document's own, a country, a town, or their people. */
export function namesAPlace(prompt: string, scope: DocumentScope): boolean {
	if (scope.place && prompt.includes(scope.place.split(/[\s,]/)[0] as string)) return true;
	const words = prompt
		.replace(BLANK, ' ')
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}]+|(['’]s)?[^\p{L}]*$/gu, ''));
	return words.some((w, k) => {
		if (!/^\p{Lu}/u.test(w)) return false;
		const two = `${w} ${words[k + 1] ?? ''}`;
		return !!(lookupPlace(w) || lookupPlace(two) || lookupDemonym(w));
	});
}

/** Whether a prompt names something to place it by: a name, a year or century, the subject. */
export function hasAnchor(prompt: string, scope: DocumentScope): boolean {
	const text = prompt.replace(FRAME, '').replace(BLANK, ' ');
	if (/\b(1[0-9]{3}|20[0-9]{2})s?\b|\b\d{1,2}(st|nd|rd|th) century\b|\bBC\b|\bAD\b/.test(text)) {
		return true;
	}
	const words = text.split(/\s+/).filter(Boolean);
	// The first word has its capital anyway ("What caused …?"): a name only if written so inside.
	const [first = '', ...rest] = words;
	if (rest.some((w) => isNameWord(w, scope))) return true;
	const bareFirst = first.replace(/[^\p{L}'’-]+$/u, '');
	if (isNameWord(first, scope) && (scope.midCapitals?.has(bareFirst) ?? true)) return true;
	return words.some((w) => w.length >= 4 && scope.titleStems.includes(stem(w)));
}

const LIFE_EVENT = /^When (was \p{Lu}.* born|did \p{Lu}.* die)\?$/u;

/**
 * The prompt with the document's place put in front when it names nothing else, the prompt as
 * it is when it does, or undefined when it names nothing and the document is not about a place.
 */
export function scopePrompt(
	prompt: string,
	scope: DocumentScope,
	kind?: QuestionKind
): string | undefined {
	// A figure or a date in a place's article belongs to that place unless the prompt names
	// another: "agriculture accounted for _____ of GDP in 2005" is said of one country.
	// A person's birth or death belongs to the person, wherever the text tells it.
	const placed =
		(kind === 'number' || kind === 'date') && !LIFE_EVENT.test(prompt)
			? namesAPlace(prompt, scope)
			: true;
	if (hasAnchor(prompt, scope) && (placed || !scope.place)) return prompt;
	if (!scope.place) return undefined;
	const framed = FRAME.exec(prompt)?.[0] ?? '';
	const rest = prompt.slice(framed.length);
	const first = rest.split(/\s/)[0] ?? '';
	const bare = first.replace(/(['’]s)?[^\p{L}]*$/u, '');
	const keepCapital =
		first.startsWith('_') ||
		(!/^(A|An|The|When|Who|What|Where|Why|How|Which)$/.test(bare) &&
			(scope.midCapitals ? scope.midCapitals.has(bare) : isNameWord(first, scope)));
	const body = keepCapital ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
	const scoped = `In ${scope.place}, ${body}`;
	return framed ? `${framed}${scoped.charAt(0).toLowerCase()}${scoped.slice(1)}` : scoped;
}
