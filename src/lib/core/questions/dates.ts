import * as chrono from 'chrono-node';
import { MONTHS } from './gazetteer.ts';

/** How the era of a year was written: "44 BC", "27 BCE", "AD 79", "79 CE". */
export type Era = 'BC' | 'BCE' | 'AD' | 'CE';

/**
 * A calendar date known to the century, the decade, the year, the month or the day. Years
 * before the common era are negative (44 BC is -44; there is no year 0). A decade or a century
 * is stored as its first year: the 1960s as 1960, the 11th century as 1001, the 5th century BC
 * as -500.
 */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
	/** Coarser than a year: "the 1960s", "the 11th century". */
	precision?: 'decade' | 'century';
	/** The era as the text wrote it, so that answers and options keep one style. */
	era?: Era;
	/** "AD 79" rather than "79 AD". */
	eraFirst?: boolean;
	/** "the eleventh century" rather than "the 11th century". */
	spelled?: boolean;
}

/** A date expression found in a sentence, resolved to a calendar date. */
export interface FoundDate {
	/** Offsets of the expression in the text that was searched. */
	start: number;
	end: number;
	text: string;
	date: PartialDate;
	/** The expression names its own year ("September 2003"), rather than borrowing one. */
	complete: boolean;
}

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' -> PartialDate. */
export function parsePublished(published: string | undefined): PartialDate | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published ?? '');
	if (!m) return undefined;
	const date: PartialDate = { year: Number(m[1]) };
	if (m[2]) date.month = Number(m[2]);
	if (m[3]) date.day = Number(m[3]);
	return date;
}

export const ORDINAL_WORDS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];

/** 1 -> "1st", 11 -> "11th", 22 -> "22nd". */
export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The century a date falls in, counted from 1 on either side of the era: 44 BC -> -1, 1066 -> 11. */
export function centuryOf(year: number): number {
	return year > 0 ? Math.floor((year - 1) / 100) + 1 : -(Math.floor((-year - 1) / 100) + 1);
}

/** The first year of a century as centuryOf counts it: 11 -> 1001, -5 -> -500. */
export function centuryStart(century: number): number {
	return century > 0 ? (century - 1) * 100 + 1 : century * 100;
}

/** The first and last year a date covers: the 1960s -> [1960, 1969], 1066 -> [1066, 1066]. */
export function yearSpan(date: PartialDate): [number, number] {
	if (date.precision === 'decade') return [date.year, date.year + 9];
	if (date.precision === 'century') return [date.year, date.year + 99];
	return [date.year, date.year];
}

/** "4 June 2007", "September 2003", "2003", "44 BC", "AD 79", "the 1960s" as "1960s", "11th century". */
export function formatDate(date: PartialDate): string {
	if (date.precision === 'century') {
		const n = Math.abs(centuryOf(date.year));
		const name = date.spelled && ORDINAL_WORDS[n - 1] ? ORDINAL_WORDS[n - 1] : ordinal(n);
		if (date.year < 0) return `${name} century ${bcName(date.era)}`;
		return date.era ? `${name} century ${date.era}` : `${name} century`;
	}
	if (date.precision === 'decade') return `${date.year}s`;
	const month = date.month ? capitalise(MONTHS[date.month - 1] as string) : '';
	const year = formatYear(date);
	if (date.day && month) return `${date.day} ${month} ${year}`;
	if (month) return `${month} ${year}`;
	return year;
}

function formatYear(date: PartialDate): string {
	if (date.year < 0) return `${-date.year} ${bcName(date.era)}`;
	if (date.era === 'AD' || date.era === 'CE') {
		return date.eraFirst ? `${date.era} ${date.year}` : `${date.year} ${date.era}`;
	}
	return String(date.year);
}

/** "BCE" in a text that writes "BCE" or "CE", else "BC". */
function bcName(era: Era | undefined): string {
	return era === 'BCE' || era === 'CE' ? 'BCE' : 'BC';
}

const PRECISION_RANK = { century: 0, decade: 1 } as const;

/** Orders dates; a coarser date sorts before the finer dates inside it. */
export function compareDates(a: PartialDate, b: PartialDate): number {
	const rank = (d: PartialDate) => (d.precision ? PRECISION_RANK[d.precision] : 2);
	return (
		a.year - b.year ||
		rank(a) - rank(b) ||
		(a.month ?? 0) - (b.month ?? 0) ||
		(a.day ?? 0) - (b.day ?? 0)
	);
}

const ERA_AFTER = '(BCE|BC|CE|AD|B\\.\\s?C\\.(?:\\s?E\\.)?|A\\.\\s?D\\.|C\\.\\s?E\\.)';
// "the 11th century", "the eleventh century", "the 5th century BC"; never "centuries" (a range).
const CENTURY = new RegExp(
	`\\b(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})[\\s-]+century\\b(?:\\s+${ERA_AFTER}(?![\\w]))?`,
	'gi'
);
// "the 1960s", "the 1790s", "the 890s"; not "the 1800s" (a decade or a century?) nor "the 60s".
const DECADE = /(?<![\d,.])(\d{1,2}[1-9]0)['’]?s\b(?!\s+(BC|BCE)\b)/g;
const YEAR_ERA = new RegExp(
	`(?<![\\d,.])(\\d{1,3},\\d{3}|\\d{1,5})\\s?${ERA_AFTER}(?![\\w])|\\b(AD|A\\.\\s?D\\.)\\s?(\\d{1,4})(?![\\d,.]\\d)`,
	'g'
);

/**
 * Dates told to the century, to the decade, or with their era ("44 BC", "AD 79"), which chrono
 * does not read. Offsets are in `text`; a leading "the", "early" or "late" stays outside.
 */
export function findEraDates(text: string): Omit<FoundDate, 'complete'>[] {
	const out: Omit<FoundDate, 'complete'>[] = [];
	const taken = (start: number, end: number) => out.some((f) => start < f.end && end > f.start);
	for (const m of text.matchAll(CENTURY)) {
		// "(9th/10th century)": one of two centuries, neither of them the date.
		if (text[m.index - 1] === '/') continue;
		const word = (m[1] as string).toLowerCase();
		const spelled = !/^\d/.test(word);
		const n = spelled ? ORDINAL_WORDS.indexOf(word) + 1 : parseInt(word, 10);
		const era = m[2] ? readEra(m[2]) : undefined;
		const bc = era === 'BC' || era === 'BCE';
		if (n < 1 || n > (bc ? 40 : 21)) continue;
		const date: PartialDate = {
			year: centuryStart(bc ? -n : n),
			precision: 'century',
			...(era ? { era } : {}),
			...(spelled ? { spelled } : {})
		};
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date });
	}
	for (const m of text.matchAll(DECADE)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		const year = Number(m[1]);
		if (year < 100 || year > 2090) continue;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			date: { year, precision: 'decade' }
		});
	}
	for (const m of text.matchAll(YEAR_ERA)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		const first = m[3] !== undefined;
		const n = Number((first ? m[4] : m[1])?.replace(',', ''));
		const era = readEra((first ? m[3] : m[2]) as string);
		if (!era || n < 1) continue;
		const bc = era === 'BC' || era === 'BCE';
		// "1066 AD" is a year; "2500 AD" in a history is not one anybody asks.
		if (!bc && n > 2100) continue;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			date: { year: bc ? -n : n, era, ...(first ? { eraFirst: true } : {}) }
		});
	}
	return out.sort((a, b) => a.start - b.start);
}

function readEra(written: string): Era | undefined {
	const key = written.replace(/[.\s]/g, '').toUpperCase();
	return key === 'BC' || key === 'BCE' || key === 'AD' || key === 'CE' ? key : undefined;
}

const YEAR = /(?<![\d$£€.,/-])(1\d\d\d|20\d\d)(?![\d%-]|\s*(?:per|bn|m\b|million|billion))/g;
const LAST_MONTH = new RegExp(`\\blast (${MONTHS.join('|')})\\b`, 'i');

/**
 * Resolves a date expression. Partial dates ("In January", "June 4", "last October") take the
 * year given explicitly earlier in the paragraph (`anchorYear`), else the publication year, and
 * never land after publication: a month later than the publication month is last year's.
 * Dates told to the century or decade, or with their era, come as they are written.
 */
export function resolveDateExpression(
	text: string,
	anchorYear: number | undefined,
	published: PartialDate | undefined
): (Omit<FoundDate, 'start' | 'end'> & { index: number }) | undefined {
	const era = findEraDates(text)[0];
	if (era) return { index: era.start, text: era.text, date: era.date, complete: true };
	if (/\b(1[5-9]|20)\d0s\b|\d{4}\s*[-–]\s*\d{2,4}\b/.test(text)) return undefined;
	const reference = new Date(
		Date.UTC(published?.year ?? anchorYear ?? 2000, (published?.month ?? 7) - 1, 15, 12)
	);
	const results = chrono.en.GB.parse(
		text,
		{ instant: reference, timezone: 'UTC' },
		{ forwardDate: false }
	);
	const result = results.find((r) => r.start.isCertain('month'));
	if (result) {
		const c = result.start;
		// Weekdays and "last week" carry no month name: no date a learner could be asked for.
		if (!new RegExp(MONTHS.join('|'), 'i').test(result.text)) return undefined;
		const month = c.get('month') as number;
		let day = c.isCertain('day') ? (c.get('day') as number) : undefined;
		let year: number;
		// chrono reads "June 15" as June 2015; a year is only certain when four digits say so.
		const complete = c.isCertain('year') && /\d{4}/.test(result.text);
		if (!complete && !day && /\b\d{1,2}\b/.test(result.text)) {
			day = Number(/\b(\d{1,2})\b/.exec(result.text)?.[1]);
		}
		if (complete) {
			year = c.get('year') as number;
		} else if (LAST_MONTH.test(text) && published) {
			year =
				published.month !== undefined && month < published.month
					? published.year
					: published.year - 1;
		} else if (anchorYear !== undefined) {
			year = anchorYear;
		} else if (published) {
			year = published.year;
			if (published.month !== undefined && month > published.month) year -= 1;
		} else {
			return undefined;
		}
		const lastMatch = LAST_MONTH.exec(text);
		let index = lastMatch && lastMatch.index < result.index ? lastMatch.index : result.index;
		const end = result.index + result.text.replace(/\s+of$/, '').length;
		const preposition = /^(in|on|by|from|since|until)\s+/i.exec(text.slice(index, end));
		if (preposition) index += preposition[0].length;
		const date: PartialDate = day ? { year, month, day } : { year, month };
		return { index, text: text.slice(index, end), date, complete };
	}
	YEAR.lastIndex = 0;
	const year = YEAR.exec(text);
	if (!year) return undefined;
	return {
		index: year.index,
		text: year[1] as string,
		date: { year: Number(year[1]) },
		complete: true
	};
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
