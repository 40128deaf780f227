import type { Candidate } from './candidate.ts';
import { MONTHS } from '../months.ts';
import { compareKey, countWords } from '../text.ts';
import { BLANK } from './prompts.ts';
import { isAcronymOf } from './equivalence.ts';
import { danglingReference } from './prompt-rules.ts';
import { isGivenName, lookupDemonym, lookupPlace, placeKey } from './world.ts';
import {
	GROUP_WORDS,
	ORGANISATION_WORDS,
	ROLE_NOUNS,
	PLACE_HEADS,
	TERM_WORDS,
	organisationSort
} from './gazetteer.ts';

/** Heads of names ("Forces", "Strip", "Law") say what a thing is, not which one. */
const GENERIC_NAME_WORDS = new Set([
	...ORGANISATION_WORDS,
	...PLACE_HEADS,
	...TERM_WORDS,
	...GROUP_WORDS,
	'united',
	'national',
	'general',
	'democratic',
	'republic',
	'new',
	'great',
	'north',
	'south',
	'east',
	'west',
	'saint'
]);

/** Why a candidate was dropped, for the generator's own report. */
export type Rejection =
	| 'answer-in-prompt'
	| 'broken-grammar'
	| 'duplicate'
	| 'trivial'
	| 'crowded'
	| 'unresolved-pronoun'
	| 'citation'
	| 'time-bound'
	| 'title-not-name';

/** A participle and its phrase, with no subject before it and no clause after a comma. */
const SUBJECTLESS =
	/^(?:(?:first|later|also|originally|only|then|now|since|once)\s+)?(\p{Lu}\p{Ll}+ed|Set|Built|Made|Held|Found|Led|Sold|Sent|Taught|Won|Begun|Seen|Given|Taken|Written|Known|Shown|Grown|Drawn|Thrown|Chosen|Driven|Spoken|Broken|Brought|Bought|Put|Kept|Born)\s+(?:(?:only|first|later|also|again|finally|widely)\s+)?(?:in|on|that|to|by|as|at|from|with|for|after|during|around|about|until|_____)\b/iu;
/** Words in -ed that open a name or a sentence, not a participle: "United Nations", "Indeed". */
const NOT_PARTICIPLES = new Set(['united', 'indeed', 'red', 'hundred', 'sacred', 'need', 'seed']);

/** The first reason a candidate fails on its own, or undefined when it passes. */
export function rejectionOf(c: Candidate): Rejection | undefined {
	const prompt = c.prompt;
	const answerKey = compareKey(c.answer);
	if (answerKey.length < 2) return 'trivial';
	const promptKey = compareKey(prompt.replace(BLANK, ' '));
	if (promptKey.includes(answerKey)) return 'answer-in-prompt';
	// "Islamist political culture ... _____ need elections" -> "Islamists": the same word's stem.
	const stem = answerStem(c.answer);
	const named = c.kind === 'actor' || c.kind === 'place' || c.kind === 'term';
	if (
		named &&
		stem.length >= 5 &&
		new RegExp(`\\b${escape(stem)}`, 'i').test(prompt.replace(BLANK, ' '))
	) {
		return 'answer-in-prompt';
	}
	if (c.kind === 'actor' || c.kind === 'place' || c.kind === 'term') {
		const words = c.answer.split(/\s+/);
		const last = compareKey(words[words.length - 1] ?? '');
		const flat = prompt
			.toLowerCase()
			.replace(/[’']s\b/g, '')
			.replace(/[’']/g, '');
		if (
			last.length >= 4 &&
			!GENERIC_NAME_WORDS.has(last) &&
			new RegExp(`\\b${escape(last)}\\b`).test(flat)
		) {
			return 'answer-in-prompt';
		}
		// "Gaza" in a prompt asking for "Gaza Strip", "Napoleon" for "Napoleonic Wars": any
		// distinctive word of the name, or its stem, written as a name.
		for (const word of c.kind === 'actor' ? [] : words) {
			const key = word.replace(/[’']s$/, '');
			if (key.length < 4 || !/^\p{Lu}/u.test(key) || GENERIC_NAME_WORDS.has(key.toLowerCase())) {
				continue;
			}
			if (new RegExp(`(^|[^\\p{L}])${escape(key)}([’']s)?(?![\\p{L}])`, 'u').test(prompt)) {
				return 'answer-in-prompt';
			}
			const root = key.replace(/(ic|ian|ean|ese|ish|ist|ism|an)$/, '');
			if (root.length >= 5 && root !== key && new RegExp(`\\b${escape(root)}`).test(prompt)) {
				return 'answer-in-prompt';
			}
		}
	}
	// "the Popular Mobilisation Forces (_____)": an acronym next to its expansion gives itself away.
	const phrases =
		prompt.match(
			/[A-Z][\w’'-]*(?:\s+(?:of|for|the|in|and|a|an)?(?:\s+(?:a|an|the))?\s*[A-Z][\w’'-]*)+/g
		) ?? [];
	const acronyms = prompt.match(/\b[A-Z]{2,6}\b/g) ?? [];
	if (
		// Any tail of a phrase: "Kurdish-led Syrian Democratic Forces" holds "SDF".
		phrases.some((ph) => {
			const words = ph.split(/\s+/);
			return words.some((_, k) => isAcronymOf(c.answer, words.slice(k).join(' ')));
		}) ||
		acronyms.some((ac) => isAcronymOf(ac, c.answer))
	) {
		return 'answer-in-prompt';
	}
	// "What led to the ban?" -> "other statements that he made": an answer that points back.
	if (
		c.kind === 'cause' &&
		/^(other|such|these|those|this|that|it|they|he|she)\b/i.test(c.answer)
	) {
		return 'unresolved-pronoun';
	}
	// "In case he ever changes his mind, _____ gave him ...": who "he" is cannot be told.
	if (danglingReference(prompt, c.kind === 'actor')) return 'unresolved-pronoun';
	// "According to the _____, ...", "Even the _____ admits that, “...”": the source of a claim is
	// a citation, not a fact of the story.
	if (
		c.kind === 'term' &&
		(/according to (the )?_____/i.test(prompt) ||
			(organisationSort(c.answer).startsWith('media') &&
				new RegExp(
					`${BLANK}\\s+(admits|admitted|says|said|reported|reports|claimed|claims|called|wrote|writes|notes|noted)\\b`
				).test(prompt)))
	) {
		return 'citation';
	}
	// A quotation opened and never closed: the sentence ends inside someone's words.
	const opened = (prompt.match(/“/g) ?? []).length;
	const closed = (prompt.match(/”/g) ?? []).length;
	const straight = (prompt.match(/"/g) ?? []).length;
	if (opened > closed || (straight % 2 === 1 && opened === closed)) return 'broken-grammar';
	// "with 374 companies listed as of _____": the date a figure was counted is not worth asking.
	if (c.kind === 'date' && /\b(as of|as at|as at the end of)\s+_____/i.test(prompt)) {
		return 'trivial';
	}
	// "a population of 1,345,596 in _____", "61% ... in _____": the year a figure was counted is
	// not the fact worth knowing; the figure is.
	if (c.kind === 'date' && datesAFigure(prompt)) return 'trivial';
	// "... his ideas in _____ (Vol.": a sentence cut inside brackets.
	if ((prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length) {
		return 'broken-grammar';
	}
	const blanks = prompt.split(BLANK).length - 1;
	const question = prompt.endsWith('?');
	if (
		blanks > 1 ||
		(blanks === 0 && !question) ||
		(blanks === 1 && question && !prompt.startsWith('Who said'))
	) {
		return 'broken-grammar';
	}
	if (!/^[\p{Lu}“"‘'\d_$£€]/u.test(prompt)) return 'broken-grammar';
	if (
		/\s[,.;:?]/.test(prompt) ||
		/\b([a-z]+) \1\b/.test(prompt.replace(/\b(that|had) \1\b/gi, ''))
	) {
		return 'broken-grammar';
	}
	if (countWords(prompt) < 4) return 'broken-grammar';
	// "the directors of the Velden Works (_____)": a name in brackets labels what stands before it.
	// "(today _____)" asks for what the place is now, and stays.
	const label = /\(((?:[^()\s]+\s+)?)_____\s*\)/.exec(prompt);
	if (
		c.kind !== 'date' &&
		label &&
		!/^(today|now|modern-day|present-day|formerly|now in)\s/i.test(label[1] as string)
	) {
		return 'broken-grammar';
	}
	// "Concluded in _____ “that the plague …”", "First shown by Ada Velt in _____", "Set by the
	// council in _____": a sentence (or a note) whose subject was cut off or never written.
	const opening = prompt.split(/[“"]/)[0] ?? '';
	const participle = SUBJECTLESS.exec(opening)?.[1];
	// "Born in _____, Ada Velt became …": the subject comes after the participle's phrase.
	const mainClause =
		/,\s+(?!(and|or|but|which|who|whom|whose|so|while|then|as|where|when)\b)\p{L}/u.test(opening);
	// "Alfred in 878 defeated …": a name that ends like a participle.
	if (
		participle &&
		!mainClause &&
		!isGivenName(participle) &&
		!NOT_PARTICIPLES.has(participle.toLowerCase())
	) {
		return 'broken-grammar';
	}
	// "Slow: the ridge opens by _____ cm a year": a note's heading word that the line depends on.
	if (
		/^(Slow|Slowest|Fast|Fastest|Medium|Note|Notes|Also|Result|Results|Effect|Effects|Consequences?|Causes?|Why|How|Key|Summary|Aside):\s/.test(
			prompt
		)
	) {
		return 'broken-grammar';
	}
	// "Ordered by Charles" for "Charles V": a ruler's name with the number left off.
	const regnal = /^(\p{Lu}[\p{L}'’-]+)\s+[IVX]+$/u.exec(c.answer.trim());
	if (c.kind === 'actor' && regnal && new RegExp(`\\b${regnal[1]}\\b`).test(prompt)) {
		return 'answer-in-prompt';
	}
	// "the current Premier", "currently governed by": true when written, not when studied.
	if (
		/\b(current|currently|at present|presently|nowadays|to date|recently)\b|\b(is|are) now (one of|among|the (largest|leading|biggest|main|most|only))\b/i.test(
			prompt
		)
	) {
		return 'time-bound';
	}
	// "Italian merchants sailed to _____", "the port of Nantes in _____": the country is named.
	if (c.kind === 'place' && namesItsCountry(c.answer, prompt)) return 'answer-in-prompt';
	// "English constituencies … _____" -> "England": the people's word of the place asked.
	if (c.kind === 'place' && namesItsPeople(c.answer, prompt)) return 'answer-in-prompt';
	// "the invasion of Ruritania was followed by the _____" -> "Ruritanian Civil War".
	if ((c.kind === 'term' || c.kind === 'actor') && peopleOfNamedPlace(c.answer, prompt)) {
		return 'answer-in-prompt';
	}
	if (c.kind === 'place' && lookupPlace(c.answer)?.sort === 'country') {
		// "The UK, _____, Italy, Switzerland and Norway banned ...": one of a list of countries,
		// where any other country may have done the same.
		if (countriesListedWith(prompt) >= 2) return 'crowded';
		// "the ferry to Gothenburg, _____": the country after a town is the town's own.
		const before = /(\p{Lu}[\p{L}'’.-]+),\s+_____/u.exec(prompt)?.[1];
		if (before && lookupPlace(before)?.sort !== 'country') return 'answer-in-prompt';
	}
	// "born in 1709 and died in 1770" gives away "the 18th century"; "in 1965" the "1960s".
	if (c.kind === 'date' && givesAwayItsSpan(c.answer, prompt)) return 'answer-in-prompt';
	// "late 1961 and early _____", "(1.8 and _____ million years ago)": one end of a pair whose
	// other end is shown narrows the answer to a guess from its neighbour.
	if ((c.kind === 'date' || c.kind === 'number') && blankInPair(prompt)) return 'answer-in-prompt';
	// "calling it the River of May because he discovered it in _____": the month is named.
	if (c.kind === 'date' && givesAwayItsMonth(c.answer, prompt)) return 'answer-in-prompt';
	// "the “_____” will be designed by a jeweller" -> "50": a figure in quotation marks is a name.
	if ((c.kind === 'number' || c.kind === 'date') && /[“"‘]_____[”"’]/.test(prompt)) {
		return 'trivial';
	}
	// "W. Haydon Burns' Jacksonville Story": a person's name runs on past its possessive.
	if (c.fine === 'person' && /\p{L}['’]s?\s+\p{Lu}/u.test(c.answer)) return 'broken-grammar';
	// "the Lord _____" -> "Advocate", "the LOC's first _____" -> "Director": a title, not a name.
	if (c.kind === 'actor' && isTitleOnly(c.answer)) return 'title-not-name';
	if (c.kind !== 'cause' && !c.selfGraded && countWords(c.answer) > 8) return 'trivial';
	return undefined;
}

/**
 * "Advocate", "Flight Director": a title with no name in it. "John Major" and "Ada King" are
 * names: a given name comes first.
 */
export function isTitleOnly(answer: string): boolean {
	const words = answer.split(/\s+/);
	// "Law Officers" as well as "Officer".
	const last = (words[words.length - 1] ?? '').toLowerCase();
	if (!ROLE_NOUNS.has(last) && !ROLE_NOUNS.has(last.replace(/s$/, ''))) return false;
	const first = words[0] ?? '';
	return words.length === 1 || (!isGivenName(first) && !/^\p{Lu}\.?$/u.test(first));
}

/** Whether the prompt names a year inside the century or decade that is the answer. */
export function givesAwayItsSpan(answer: string, prompt: string): boolean {
	const years = (prompt.replace(BLANK, ' ').match(/\b1?\d{3,4}\b/g) ?? []).map(Number);
	const decade = /^(\d{3})0s$/.exec(answer.trim());
	if (decade) return years.some((y) => Math.floor(y / 10) === Number(decade[1]));
	const century = /^(\d{1,2})(st|nd|rd|th) century$/i.exec(answer.trim());
	if (century) {
		const n = Number(century[1]);
		return years.some((y) => y > (n - 1) * 100 && y <= n * 100);
	}
	return false;
}

/**
 * Whether the prompt has a people's word for the place: one the world data gives ("Ostish" for
 * "Ostmark"), one built on its name ("Ruritanian" for "Ruritania"), or its name cut short
 * ("Ruritan" for "Ruritania").
 */
export function namesItsPeople(answer: string, prompt: string): boolean {
	const name = answer.trim();
	const words = prompt.replace(BLANK, ' ').match(/\p{Lu}\p{Ll}+/gu) ?? [];
	if (words.some((w) => w !== name && lookupDemonym(w)?.country === name)) return true;
	if (name.includes(' ') || name.length < 5) return false;
	const stem = name.slice(0, 4);
	return words.some(
		(w) =>
			w !== name &&
			((w.startsWith(stem) && /(ish|ese|ans?|ians?|ic|i)$/.test(w)) ||
				(w.length >= 4 && name.startsWith(w) && /^\p{Ll}{1,4}$/u.test(name.slice(w.length))))
	);
}

/**
 * Whether a name has a people's word ("Ruritanian Civil War", "the Ostish Legion") whose country the
 * prompt names: the country gives the word away.
 */
export function peopleOfNamedPlace(answer: string, prompt: string): boolean {
	const shown = prompt.replace(BLANK, ' ');
	return answer.split(/\s+/).some((w) => {
		const country = lookupDemonym(w)?.country;
		if (!country || compareKey(country) === compareKey(w)) return false;
		return new RegExp(`\\b${country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(shown);
	});
}

/** How many countries the prompt names in a list with the blank: "The UK, _____, Italy and Norway". */
function countriesListedWith(prompt: string): number {
	const list =
		/((?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*|_____)(?:,\s+|,?\s+(?:and|or)\s+))+(?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*|_____)/gu;
	for (const m of prompt.matchAll(list)) {
		if (!m[0].includes(BLANK)) continue;
		const items = m[0].split(/,\s+|,?\s+(?:and|or)\s+/).filter((x) => x !== BLANK);
		return items.filter((x) => lookupPlace(x.replace(/^The\s+/, ''))?.sort === 'country').length;
	}
	return 0;
}

/** A settlement this large is known to be in its country by anyone who knows its name. */
const WELL_KNOWN_TOWN = 200_000;

/**
 * Whether a country asked for is given away by its people's word ("Italian") or by one of its
 * large towns or its regions named in the prompt ("Nantes" for France).
 */
export function namesItsCountry(answer: string, prompt: string): boolean {
	const country = lookupPlace(answer);
	if (country?.sort !== 'country') return false;
	const key = placeKey(country.name);
	const words =
		prompt.replace(BLANK, ' ').match(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu) ?? [];
	return words.some((phrase) =>
		[phrase, phrase.split(/\s+/)[0] as string].some((w) => {
			const bare = w.replace(/['’]s$/, '');
			const demonym = lookupDemonym(bare);
			if (demonym) return placeKey(demonym.country) === key;
			const place = lookupPlace(bare);
			if (!place?.country || placeKey(place.country) !== key) return false;
			return place.sort === 'region' || (place.population ?? 0) >= WELL_KNOWN_TOWN;
		})
	);
}

/** A figure or year next to the blank, joined by "and", "to", "or" or a dash. */
const PAIRED_AFTER =
	/_____\s*(?:and|or|to|through|–|-)\s*(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?\d/i;
const PAIRED_BEFORE =
	/\d[\d,.]*(?:s|\s+million|\s+billion)?\s*(?:and|or|to|through|–|-)\s*(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?_____/i;

/** "800 m, _____, 3,000 m": a figure in a list of figures of the same unit. */
const LISTED_AFTER = /_____(?:\s?[a-z%]{1,3})?,\s+\d/;
const LISTED_BEFORE = /\d[\d,.]*\s?[a-z%]{1,3},\s+_____/;

/** Whether the blank is one of two figures or years written as a pair: "_____ and 1546". */
export function blankInPair(prompt: string): boolean {
	return (
		PAIRED_AFTER.test(prompt) ||
		PAIRED_BEFORE.test(prompt) ||
		LISTED_AFTER.test(prompt) ||
		LISTED_BEFORE.test(prompt)
	);
}

/** A count, a share or a rank: "1,345,596", "45 million", "61%", "139th out of 176", "came 3rd". */
const FIGURE =
	/(\b\d{1,3}(,\d{3})+\b|\d(\.\d+)?\s?(%|per ?cent\b|million\b|billion\b)|\b\d+(st|nd|rd|th)\s+(out of|of|place|in)\b|\b(came|ranked|placed|finished)\s+\d+(st|nd|rd|th)\b)/;

/**
 * Whether a date question asks when a figure was counted: "1,345,596 people in _____", "When did
 * Ruritania place 139th out of 176 ...?", "In the awards of _____, the street came 3rd".
 */
export function datesAFigure(prompt: string): boolean {
	const figure = FIGURE.exec(prompt);
	if (!figure) return false;
	if (/^When\b/.test(prompt)) return true;
	const after = prompt.slice(figure.index + figure[0].length);
	if (/^[^.;:()]{0,50}\b(in|by)\s+_____\s*[.;]?\s*$/.test(after)) return true;
	// "In the awards of _____, the street came 3rd": the blank dates the ranking itself.
	return (
		/\b(of|in)\s+_____,/.test(prompt.slice(0, figure.index)) &&
		/\b(came|ranked|placed|finished)\b/.test(prompt.slice(figure.index))
	);
}

/** Month names as they are written: "March", not "march". */
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));

/** Whether a date answer's month is written, as a name, elsewhere in the prompt. */
export function givesAwayItsMonth(answer: string, prompt: string): boolean {
	const month = MONTH_NAMES.find((m) => new RegExp(`\\b${m}\\b`).test(answer));
	return !!month && new RegExp(`\\b${month}\\b`).test(prompt.replace(BLANK, ' '));
}

/** A one-word answer without its plural or adjective ending: "Islamists" -> "islamist". */
function answerStem(answer: string): string {
	if (/\s/.test(answer.trim())) return '';
	return answer.toLowerCase().replace(/(ies|es|s|an|ans|ic|ism|ist|ists)$/, '');
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
