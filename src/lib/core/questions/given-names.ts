/**
 * "Gaius had a slave kill him": a text that has named Gaius Velt goes on calling him Gaius, but a
 * card read on its own, among cards about other men named Gaius, must say which. A lone given
 * name is written in full, as the text last named its bearer before the sentence.
 */
import type { Mention } from './entities.ts';
import { GROUP_WORDS, ORGANISATION_WORDS, PLACE_HEADS, TERM_WORDS } from './gazetteer.ts';
import { isLanguage, lookupDemonym, lookupPlace } from './world.ts';

/** Where the text writes a given name in full: "Gaius Velt" at an offset of a paragraph. */
interface FullName {
	paragraph: number;
	offset: number;
	full: string;
	/** Whether the text shows the name a person's; a name of no known sort counts nearby only. */
	sure: boolean;
}

/** Words that open a sentence before a name: "When Emma …". */
const OPENERS =
	/^(When|After|Before|In|On|By|Then|While|As|Since|Although|Though|Because|If|Once|Until|Later|There|Only)$/;

/** "German merchants", "Latin word", "Velden harbour": a people, a language or a place. */
const notAGivenName = (word: string) =>
	!!(lookupPlace(word) || lookupDemonym(word) || isLanguage(word)) ||
	GROUP_WORDS.has(word.toLowerCase());

/** How many paragraphs back a name of no known sort is still the one a lone given name means. */
const NEAR = 3;

/** Heads of the names of things: "Velden Prize", "Olden Company", "Velt Act". */
const NOT_A_SURNAME = new Set([
	...ORGANISATION_WORDS,
	...TERM_WORDS,
	...PLACE_HEADS,
	...'prize prizes award medal lecture lectures day war wars empire dynasty era age'.split(' ')
]);

/** Every person the text names in full, by the given name, in text order. */
export function fullNamesOf(
	mentions: readonly Mention[],
	lowerCaseWords: ReadonlySet<string>,
	texts: readonly string[]
): Map<string, FullName[]> {
	const out = new Map<string, FullName[]>();
	const all = texts.join('\n');
	for (const m of mentions) {
		const words = m.text.replace(/['’]s$/, '').split(/\s+/);
		const given = words[0] as string;
		if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(given) || notAGivenName(given)) continue;
		const sure = m.type === 'person';
		if (!sure && !(m.type === 'other' && looksLikeAName(words, lowerCaseWords, all))) continue;
		const list = out.get(given) ?? [];
		list.push({ paragraph: m.paragraph, offset: m.start, full: words.join(' '), sure });
		out.set(given, list);
	}
	return out;
}

/**
 * A name of no known sort counts when it looks like a person's: two or three words, none a place
 * nor the head of a thing's name nor written in lower case, the last never without a name before
 * it ("Gaius Velt", "Gaius Ostus Velt"; not "Black Death", "Velden Prize", nor "Apollo Saturn"
 * beside "the Saturn V").
 */
function looksLikeAName(
	words: readonly string[],
	lowerCaseWords: ReadonlySet<string>,
	text: string
): boolean {
	const last = words[words.length - 1] as string;
	if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
	if (words.some((w) => lowerCaseWords.has(w.toLowerCase()))) return false;
	if (lookupPlace(words.join(' ')) || lookupPlace(last)) return false;
	if (NOT_A_SURNAME.has(last.toLowerCase())) return false;
	const alone = text.match(new RegExp(`\\b${last}\\b`, 'gu'))?.length ?? 0;
	const named = text.match(new RegExp(`\\p{Lu}\\p{Ll}+\\s+${last}\\b`, 'gu'))?.length ?? 0;
	return alone === named;
}

/**
 * The prompt with the first given name that stands alone as a subject written as the text last
 * wrote it in full before `paragraph` and `offset`, not long before; a name the text never wrote
 * in full is left as it is. `verbs`: the sentence's verbs and adverbs, in lower case.
 */
export function nameGivenNamesInFull(
	prompt: string,
	fullNames: ReadonlyMap<string, readonly FullName[]>,
	paragraph: number,
	offset: number,
	verbs: ReadonlySet<string>
): string {
	let done = false;
	return prompt.replace(
		/(^|[^\p{L}.\-&\d])(\p{Lu}\p{Ll}{2,})(?=(['’]s)?([^\p{L}\-&\d]|$))/gu,
		(whole, lead: string, given: string, _s, _e, at: number) => {
			if (done) return whole;
			const before = prompt.slice(0, at + lead.length);
			const after = prompt.slice(at + whole.length);
			// "Queen Emma", "Emma Velt", "Emma R. Velt": part of a longer name. The prompt's first
			// word has its capital anyway.
			const previous = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before);
			if (previous && (previous.index > 0 || !OPENERS.test(previous[1] as string))) return whole;
			if (/^(['’]s)?\s+(\p{Lu}|(?:de|van|von|da|del)\s)/u.test(after)) return whole;
			// "the King", "named Ada in her honour": a title, or a name given as a word.
			if (/\b(the|a|an|named|called|as)\s+$/i.test(before)) return whole;
			// "installed Manco Velt …, but Manco rebelled": the prompt names him in full itself.
			if (new RegExp(`\\b${given}\\s+\\p{Lu}`, 'u').test(prompt)) return whole;
			// "(Velt 6.3)", "Velt-ul-Olden", "Velt & Velt": a reference or a name of another shape.
			if (/^\s*[\d&-]/.test(after) || /[&-]\s*$/.test(before)) return whole;
			// Only the one who acts: "Gaius fled", "Emma's letter", not "the death of Gaius", who may
			// be another of the name.
			const next = /^(['’]s\b|\s+(\p{Ll}+))/u.exec(after);
			if (!next || (next[2] && !verbs.has(next[2]))) return whole;
			const last = [...(fullNames.get(given) ?? [])]
				.reverse()
				.find((f) => f.paragraph < paragraph || (f.paragraph === paragraph && f.offset < offset));
			// A name written in full long before may be another bearer's.
			if (!last || (!last.sure && paragraph - last.paragraph > NEAR)) return whole;
			done = true;
			return `${lead}${last.full}`;
		}
	);
}
