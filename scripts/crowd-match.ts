// How a bank is compared with questions people wrote about the same text: which of their questions
// ask for a date, a person, a count or a place; whether a generated answer gives the same answer as
// theirs; and which of the bank's cleaned paragraphs each of the source's paragraphs became.
import { compareKey } from '../src/lib/core/text.ts';
import { MONTHS } from '../src/lib/core/months.ts';
import { ORDINAL_WORDS } from '../src/lib/core/questions/dates.ts';
import { areEquivalent, isAcronymOf } from '../src/lib/core/questions/equivalence.ts';
import { readNumber } from '../src/lib/core/questions/numbers.ts';
import type { Paragraph } from '../src/lib/core/questions/types.ts';

export const CROWD_TYPES = ['when', 'who', 'how many', 'where'] as const;
export type CrowdType = (typeof CROWD_TYPES)[number];

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'how', 'why']);
const PREPOSITIONS = new Set(
	'in on at from to by of for during since until till after before with into near under within between as'.split(
		' '
	)
);
const AUXILIARIES = new Set(
	'is was are were did does do has had have can could will would should may might else'.split(' ')
);
const TIME_NOUNS = /^(years?|dates?|century|centuries|decades?|months?|days?)$/;
const PLACE_NOUNS =
	/^(city|cities|country|countries|state|states|region|regions|place|places|town|towns|village|continent|county|counties|province|district|area|location|island|river|ocean|sea|capital|neighbou?rhood|borough|suburb|port|nation)$/;

/**
 * The sort of answer a question asks for, read from its wording: 'when' (When…, What year…, In which
 * century…), 'who' (Who/Whom/Whose…), 'how many' (How many / How much) or 'where' (Where…, In what
 * city/country…, Which river…); undefined for any other question. The interrogative is the one that
 * opens the question (after leading prepositions), else one that closes it ("…reported to whom?"),
 * else one after a preposition ("…occurred in what country?"), else one directly followed by a verb
 * ("In 1517 who was…"): a relative "when"/"who" inside a statement does not count.
 */
export function classifyCrowdQuestion(question: string): CrowdType | undefined {
	const words = question
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.replace(/,/g, ' , ')
		.split(/[^a-z0-9,]+/)
		.filter(Boolean);
	const at = interrogativeAt(words);
	if (at === undefined) return undefined;
	const wh = words[at] as string;
	const next = words[at + 1] ?? '';
	if (wh === 'when') return 'when';
	if (wh === 'who' || wh === 'whom' || wh === 'whose') return 'who';
	if (wh === 'where') return 'where';
	if (wh === 'how') return next === 'many' || next === 'much' ? 'how many' : undefined;
	if (wh === 'what' || wh === 'which') {
		if (TIME_NOUNS.test(next)) return 'when';
		if (PLACE_NOUNS.test(next) && !(next === 'state' && words[at + 2] === 'of')) return 'where';
	}
	return undefined;
}

function interrogativeAt(words: readonly string[]): number | undefined {
	const isWh = (i: number) => WH.has(words[i] ?? '');
	let lead = 0;
	while (lead < words.length && PREPOSITIONS.has(words[lead] as string)) lead++;
	if (isWh(lead)) return lead;
	if (isWh(words.length - 1)) return words.length - 1;
	for (let i = 1; i < words.length; i++) {
		if (!isWh(i)) continue;
		const before = words[i - 1] as string;
		// "in what country", "to whom"; but "into when heated" is a clause, not a question.
		const afterPreposition =
			PREPOSITIONS.has(before) && !/^(when|who|why)$/.test(words[i] as string);
		if (before === ',' || afterPreposition || AUXILIARIES.has(words[i + 1] ?? '')) return i;
	}
	return undefined;
}

// Words around an answer that do not change it: "in Africa", "approximately 45 million".
const LEADING_FILLER =
	/^(?:in|on|at|by|during|since|from|to|around|about|circa|c\.|ca\.|approximately|roughly|nearly|almost|over|more than|less than|fewer than|under|some|up to|at least|at most|just over|just under|only|an estimated|estimated|a total of|early|late|mid|the|a|an|of|year|years)(?:\s+|-(?=\d))/i;

/** An answer without surrounding punctuation and filler words ("in 1945," -> "1945"). */
export function stripFiller(text: string): string {
	let out = text
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'“”‘’([,;:.-]+|[\s"'“”‘’)\],;:.]+$/g, '')
		.trim();
	for (let previous = ''; previous !== out;) {
		previous = out;
		out = out.replace(LEADING_FILLER, '').trim();
	}
	return out;
}

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ERA = '(?:\\s*(ad|bc|bce|ce))?';

/** A date as an answer names it: a day, a month, a year, a decade or a century. */
export interface DateAnswer {
	year?: number;
	month?: number;
	day?: number;
	decade?: number;
	century?: number;
	bc: boolean;
}

/**
 * Reads an answer that is a date and nothing else ("in 1945", "18 February 1546", "July 4",
 * "the 1940s", "16th century"); undefined for anything else, ranges included.
 */
export function readDate(text: string): DateAnswer | undefined {
	const t = stripFiller(text).toLowerCase();
	const bc = (era: string | undefined) => era === 'bc' || era === 'bce';
	const month = (name: string) =>
		MONTHS.findIndex((m) => m.startsWith(name.replace('.', '').slice(0, 3))) + 1;
	let m = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{1,4})${ERA}$`).exec(t);
	if (m) {
		return dateOf(Number(m[3]), month(m[2] as string), Number(m[1]), bc(m[4]));
	}
	m = new RegExp(`^${MONTH}\\s+${DAY},?\\s+(\\d{1,4})${ERA}$`).exec(t);
	if (m) return dateOf(Number(m[3]), month(m[1] as string), Number(m[2]), bc(m[4]));
	m = new RegExp(`^${MONTH},?\\s+(\\d{3,4})${ERA}$`).exec(t);
	if (m) return dateOf(Number(m[2]), month(m[1] as string), undefined, bc(m[3]));
	m =
		new RegExp(`^${MONTH}\\s+${DAY}$`).exec(t) ??
		new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH}$`).exec(t);
	if (m) {
		const [name, day] = /^\d/.test(m[1] as string) ? [m[2], m[1]] : [m[1], m[2]];
		if (Number(day) >= 1 && Number(day) <= 31) {
			return { month: month(name as string), day: Number(day), bc: false };
		}
	}
	m = new RegExp(`^${MONTH}$`).exec(t);
	if (m && t.length > 2) return { month: month(m[1] as string), bc: false };
	m =
		/^(?:ad\s+)?(\d{3,4})(?:\s*(ad|bc|bce|ce))?$/.exec(t) ??
		/^(?:ad\s+)?(\d{1,2})\s*(ad|bc|bce|ce)$/.exec(t);
	if (m) return dateOf(Number(m[1]), undefined, undefined, bc(m[2]));
	if (/^ad\s+\d{1,2}$/.test(t)) return dateOf(Number(t.slice(3)), undefined, undefined, false);
	m = /^(\d{2,3}0)'?s$/.exec(t);
	if (m) return { decade: Number(m[1]), bc: false };
	m = new RegExp(`^(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})[\\s-]century${ERA}$`).exec(
		t
	);
	if (m) {
		const n = /^\d/.test(m[1] as string)
			? parseInt(m[1] as string, 10)
			: ORDINAL_WORDS.indexOf(m[1] as string) + 1;
		return { century: n, bc: bc(m[2]) };
	}
	return undefined;
}

function dateOf(
	year: number,
	month: number | undefined,
	day: number | undefined,
	bc: boolean
): DateAnswer | undefined {
	if (month !== undefined && month < 1) return undefined;
	if (day !== undefined && (day < 1 || day > 31)) return undefined;
	const date: DateAnswer = { year, bc };
	if (month) date.month = month;
	if (day) date.day = day;
	return date;
}

/**
 * Whether two dates name the same time: the same year (a bare year matches a finer date in that
 * year, "1945" and "May 1945"), the same month and day where both give them; a decade or a century
 * only matches itself. A date without a year matches only on its month and day.
 */
export function datesMatch(a: DateAnswer, b: DateAnswer): boolean {
	if (a.bc !== b.bc) return false;
	if (a.decade !== undefined || b.decade !== undefined) {
		return a.decade === b.decade && a.year === b.year;
	}
	if (a.century !== undefined || b.century !== undefined) {
		return a.century === b.century && a.year === b.year;
	}
	const sameFine = (x?: number, y?: number) => x === undefined || y === undefined || x === y;
	if (a.year !== undefined && b.year !== undefined) {
		return a.year === b.year && sameFine(a.month, b.month) && sameFine(a.day, b.day);
	}
	const [dated, loose] = a.year === undefined ? [b, a] : [a, b];
	if (loose.month === undefined) return false;
	if (dated.year !== undefined && loose.day === undefined) return false;
	return dated.month === loose.month && dated.day === loose.day;
}

const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12
};
const WORD_SCALE: Record<string, number> = {
	hundred: 1e2,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9
};

/** A count or amount as an answer gives it. */
export interface CountAnswer {
	value: number;
	percent: boolean;
	currency: string;
}

/**
 * Reads an answer that is a figure, perhaps with a unit of up to three words ("1.5 million",
 * "about 45 million people", "twelve", "96%"); undefined when the answer is not led by a figure
 * ("Apollo 11").
 */
export function readCount(text: string): CountAnswer | undefined {
	const t = stripFiller(text);
	let value: number;
	let currency = '';
	let percent = false;
	let rest: string;
	const word = /^([a-z]+)(?:-([a-z]+))?\b/i.exec(t);
	const first = word ? NUMBER_WORDS[(word[1] as string).toLowerCase()] : undefined;
	if (word && first !== undefined) {
		const second = word[2] ? NUMBER_WORDS[word[2].toLowerCase()] : 0;
		if (second === undefined) return undefined;
		value = first + second;
		rest = t.slice(word[0].length).trim();
		const scale = /^(hundred|thousand|million|billion)\b/i.exec(rest);
		if (scale) {
			value *= WORD_SCALE[(scale[1] as string).toLowerCase()] as number;
			rest = rest.slice(scale[0].length).trim();
		}
	} else {
		const read = /^[$£€\d]/.test(t) ? readNumber(t, 0) : undefined;
		if (!read) return undefined;
		value = read.number.value;
		currency = read.number.currency;
		percent = /%|per ?cent/i.test(read.number.scale);
		rest = t.slice(read.end).trim();
		const scale = /^(hundred|thousand)\b/i.exec(rest);
		if (scale && !read.number.scale) {
			value *= WORD_SCALE[(scale[1] as string).toLowerCase()] as number;
			rest = rest.slice(scale[0].length).trim();
		}
	}
	if (/^(%|per ?cent\b)/i.test(rest)) {
		percent = true;
		rest = rest.replace(/^(%|per ?cent)/i, '').trim();
	}
	if (rest && (/^[\d.,]/.test(rest) || /^(to|and|or|-|–)\b/i.test(rest))) return undefined;
	if (rest.split(/\s+/).filter(Boolean).length > 3) return undefined;
	return { value, percent, currency };
}

function countsMatch(a: CountAnswer, b: CountAnswer): boolean {
	if (a.percent !== b.percent) return false;
	if (a.currency && b.currency && a.currency !== b.currency) return false;
	return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'at', 'for', 'to', 'by']);
// Lower-case particles of names do not count as words of the name: "Paul von Lettow-Vorbeck".
const PARTICLES = /^(von|van|der|den|de|da|del|della|di|du|la|le|y|al|el|bin|ibn|ben)$/;

function contentWords(text: string): string[] {
	return text
		.split(/\s+/)
		.filter((w) => !PARTICLES.test(w))
		.map((w) => compareKey(w))
		.filter((w) => w && !STOP.has(w));
}

/**
 * Whether a generated answer gives the crowd's answer: the same words once case, punctuation and
 * filler ("in", "the", "approximately") are set aside; the same date ("1945", "in 1945", "May
 * 1945"); the same figure ("1.5 million", "1,500,000"); or another form of the same name by the
 * pipeline's own test (a surname, an acronym, a spelling), as long as the one names at least half
 * of what the other does: "indulgences" is not the answer "the sale of indulgences to the poor".
 */
export function answersMatch(generated: string, crowd: string): boolean {
	if (!compareKey(generated) || !compareKey(crowd)) return false;
	if (compareKey(generated) === compareKey(crowd)) return true;
	const dg = readDate(generated);
	const dc = readDate(crowd);
	if (dg && dc) return datesMatch(dg, dc);
	const ng = readCount(generated);
	const nc = readCount(crowd);
	if (ng && nc) return countsMatch(ng, nc);
	const g = stripFiller(generated);
	const c = stripFiller(crowd);
	if (!compareKey(g) || !compareKey(c)) return false;
	if (compareKey(g) === compareKey(c)) return true;
	if (!areEquivalent(g, c)) return false;
	if (isAcronymOf(g, c) || isAcronymOf(c, g)) return true;
	const wg = contentWords(g).length;
	const wc = contentWords(c).length;
	if (wg === wc) return true;
	// Part of a list or of a longer name is another answer: "Somalia" is not "Somalia and
	// Ethiopia", "Alexandria" is not "Hero of Alexandria".
	const longer = wg > wc ? g : c;
	if (/,|\s(?:of|the|and|or|&)\s/i.test(longer)) return false;
	return Math.min(wg, wc) * 2 >= Math.max(wg, wc);
}

function shingles(text: string): Set<string> {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	if (words.length < 3) return new Set(words);
	const out = new Set<string>();
	for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
	return out;
}

/**
 * Which of the bank's paragraphs each source paragraph became (an empty list when none). Cleaning
 * drops pronunciations and citation marks, and may split or join paragraphs, so texts are matched by
 * the share of three-word runs they have in common: at least half of the smaller one's.
 */
export function mapParagraphs(source: readonly string[], bank: readonly Paragraph[]): string[][] {
	const bankShingles = bank.map((p) => ({ id: p.id, set: shingles(p.text) }));
	return source.map((text) => {
		const own = shingles(text);
		const ids: string[] = [];
		for (const b of bankShingles) {
			let shared = 0;
			for (const s of b.set) if (own.has(s)) shared++;
			const smaller = Math.min(own.size, b.set.size);
			if (smaller > 0 && shared >= Math.max(Math.min(2, smaller), smaller / 2)) ids.push(b.id);
		}
		return ids;
	});
}
