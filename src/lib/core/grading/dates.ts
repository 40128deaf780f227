import { MONTHS } from '../months.ts';
import { editDistance, typoAllowance } from './edit-distance.ts';
import { foldText } from './normalise.ts';
import { right, wrong, type GradeResult } from './types.ts';

/**
 * A date as precise as it was written: a century, a decade, a year, a month, a day, or a mix.
 * Years and centuries before the common era are negative: 44 BC is -44, the 5th century BC -5.
 */
export interface DateParts {
	century?: number;
	decade?: number;
	year?: number;
	month?: number;
	day?: number;
}

export interface ReadDate {
	date: DateParts;
	/** A month name was recognised only through a typo ('Septmber'). */
	monthTypo: boolean;
}

const ABBREVIATIONS: Readonly<Record<string, number>> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};
// Words around a date that do not change it: 'in 2003', 'on 19 August', 'the 1990s', weekdays.
const FILLERS = new Set(
	(
		'in on the of during early mid late last around about circa c ca ad ce ' +
		'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
	).split(' ')
);

function daysIn(month: number, year: number | undefined): number {
	if (month === 2) {
		if (year === undefined) return 29;
		return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A month name, in full, abbreviated or with a typo a month name cannot be confused through. */
function readMonth(word: string): { month: number; typo: boolean } | undefined {
	const exact = MONTHS.indexOf(word as (typeof MONTHS)[number]);
	if (exact >= 0) return { month: exact + 1, typo: false };
	const short = ABBREVIATIONS[word];
	if (short !== undefined) return { month: short, typo: false };
	let found: number | undefined;
	let best = Number.POSITIVE_INFINITY;
	let tie = false;
	MONTHS.forEach((name, i) => {
		const allowed = typoAllowance(name.length);
		if (allowed === 0 || word[0] !== name[0]) return;
		const d = editDistance(word, name, allowed);
		if (d > allowed) return;
		if (d < best) {
			best = d;
			found = i + 1;
			tie = false;
		} else if (d === best) {
			tie = true;
		}
	});
	return found !== undefined && !tie ? { month: found, typo: true } : undefined;
}

function valid(date: DateParts): DateParts | undefined {
	const { month, day, year } = date;
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (month === undefined || day < 1 || day > daysIn(month, year))) {
		return undefined;
	}
	return date;
}

/** The numeric forms: '2010-08-19', '19/08/2010' (day first), '09/2003', '2003-09', '2003'. */
function readNumeric(token: string): DateParts | undefined {
	let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(token);
	if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
	m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(token);
	if (m) {
		const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
		// Day first, as most of the world writes it; month first only when day first is impossible.
		return valid({ year, month: b, day: a }) ?? valid({ year, month: a, day: b });
	}
	m = /^(\d{4})[-/.](\d{1,2})$/.exec(token);
	if (m) return valid({ year: Number(m[1]), month: Number(m[2]) });
	m = /^(\d{1,2})[-/.](\d{4})$/.exec(token);
	if (m) return valid({ year: Number(m[2]), month: Number(m[1]) });
	m = /^(\d{4})$/.exec(token);
	if (m) return { year: Number(m[1]) };
	m = /^(\d{2,3})0s$/.exec(token);
	if (m) return { decade: Number(m[1]) * 10 };
	return undefined;
}

const ORDINALS = (
	'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
	'thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth ' +
	'twenty-first'
).split(' ');
const BC = /\b(?:b\.?\s?c\.?(?:\s?e\.?)?)(?![a-z])/;
const AD = /\b(?:a\.?\s?d\.?|c\.?\s?e\.?)(?![a-z])/;
const CENTURY =
	/^(?:the\s+)?(?:(?:early|mid|middle|late)[\s-]+)?(\d{1,2}|twenty[\s-]first|[a-z]+)[\s-]+century$/;

/**
 * "44 BC", "AD 79", "the 11th century", "the eleventh century BCE": the era, taken out of the
 * text, and the century when the text is one, which the other forms do not read.
 */
function readEra(text: string): { rest: string; bc: boolean; ad: boolean; century?: number } {
	let rest = text;
	const bc = BC.test(rest);
	if (bc) rest = rest.replace(BC, ' ');
	const ad = !bc && AD.test(rest);
	if (ad) rest = rest.replace(AD, ' ');
	rest = rest.replace(/\s+/g, ' ').trim();
	const m = CENTURY.exec(rest.replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/, '$1'));
	if (!m) return { rest, bc, ad };
	const word = (m[1] as string).replace(/\s/, '-');
	const n = /^\d/.test(word) ? Number(word) : ORDINALS.indexOf(word) + 1;
	if (n < 1) return { rest, bc, ad };
	return { rest, bc, ad, century: bc ? -n : n };
}

/**
 * Reads a date written in any of the usual ways, or undefined when the text is not one date.
 * Anything left over ('2003 or 2004', '19 August 2010 at noon') makes it no date at all.
 * A number of one to three digits is a year only with its era ('44 BC', 'AD 79') or when
 * `shortYears` says the question is about such early times.
 */
export function readDate(text: string, shortYears = false): ReadDate | undefined {
	const era = readEra(foldText(text));
	if (era.century !== undefined) return { date: { century: era.century }, monthTypo: false };
	const folded = era.rest
		.replace(/(\d)\s*([-/.])\s*(?=\d)/g, '$1$2')
		.replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1')
		.replace(/(?<!\d)[-–—.]|[-–—.](?!\d)/g, ' ')
		.trim();
	const tokens = folded.split(/[\s,]+/).filter((t) => t !== '' && !FILLERS.has(t));
	if (tokens.length === 1 && /^\d{1,4}$/.test(tokens[0] as string)) {
		const year = Number(tokens[0]);
		if (year >= 1 && (era.bc || era.ad || shortYears || year >= 1000)) {
			return { date: { year: era.bc ? -year : year }, monthTypo: false };
		}
	}
	if (era.bc) return undefined;
	if (tokens.length === 1) {
		const date = readNumeric(tokens[0] as string);
		if (date) return { date, monthTypo: false };
	}
	let shape = '';
	let monthTypo = false;
	const date: DateParts = {};
	for (const token of tokens) {
		if (/^\d{4}$/.test(token)) {
			shape += 'Y';
			date.year = Number(token);
		} else if (/^\d{1,2}$/.test(token)) {
			shape += 'D';
			date.day = Number(token);
		} else if (/^\p{L}+$/u.test(token)) {
			const month = readMonth(token);
			if (!month) return undefined;
			shape += 'M';
			date.month = month.month;
			monthTypo ||= month.typo;
		} else {
			return undefined;
		}
	}
	if (!['Y', 'M', 'MY', 'DM', 'MD', 'DMY', 'MDY'].includes(shape)) return undefined;
	const checked = valid(date);
	return checked ? { date: checked, monthTypo } : undefined;
}

/** The century of a year, counted from 1 on either side of the era: 1066 -> 11, -44 -> -1. */
function centuryOf(year: number): number {
	return year > 0 ? Math.floor((year - 1) / 100) + 1 : -(Math.floor((-year - 1) / 100) + 1);
}

/** Components of `date` that `reply` contradicts. */
function conflicts(reply: DateParts, date: DateParts): boolean {
	if (date.century !== undefined || reply.century !== undefined) {
		const centuryOfParts = (d: DateParts) => {
			if (d.century !== undefined) return d.century;
			if (d.year !== undefined) return centuryOf(d.year);
			return d.decade !== undefined ? centuryOf(d.decade + 1) : undefined;
		};
		const a = centuryOfParts(reply);
		const b = centuryOfParts(date);
		if (a !== undefined && b !== undefined && a !== b) return true;
	}
	if (date.year !== undefined && reply.year !== undefined && date.year !== reply.year) return true;
	if (date.month !== undefined && reply.month !== undefined && date.month !== reply.month) {
		return true;
	}
	if (date.day !== undefined && reply.day !== undefined && date.day !== reply.day) return true;
	const decade = date.decade ?? reply.decade;
	const year = date.decade !== undefined ? reply.year : date.year;
	if (decade !== undefined && year !== undefined && Math.floor(year / 10) * 10 !== decade) {
		return true;
	}
	return date.decade !== undefined && reply.decade !== undefined && date.decade !== reply.decade;
}

/** Whether the reply gives everything `date` has (more is fine, when it agrees). */
function covers(reply: DateParts, date: DateParts): boolean {
	if (conflicts(reply, date)) return false;
	if (date.century !== undefined) {
		return reply.century !== undefined || reply.year !== undefined || reply.decade !== undefined;
	}
	if (reply.century !== undefined) return false;
	if (date.decade !== undefined && reply.decade === undefined && reply.year === undefined) {
		return false;
	}
	return (
		(date.year === undefined || reply.year !== undefined) &&
		(date.month === undefined || reply.month !== undefined) &&
		(date.day === undefined || reply.day !== undefined)
	);
}

function precisionNote(date: DateParts): string {
	const parts: string[] = [];
	if (date.day !== undefined) parts.push('day');
	if (date.month !== undefined) parts.push('month');
	if (date.year !== undefined) parts.push('year');
	if (date.decade !== undefined) parts.push('decade');
	if (date.century !== undefined) parts.push('century');
	const list =
		parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
	return `The question asks for the ${list}`;
}

/**
 * Grades a typed date: right when it gives every part the answer has, equal; a reply more
 * precise than the answer is right when it agrees. Years, days and decades are never typos.
 * Aliases may be less precise than the answer ('August 19th' for '19 August 2010'), but a reply
 * must never contradict the answer itself. Undefined when the answer is no date to compare.
 */
export function gradeDate(
	answer: string,
	accept: readonly string[],
	reply: string
): GradeResult | undefined {
	// A date question's answer of one to three digits can only be a year; replies are read so
	// too when the answer is of those times.
	const main = readDate(answer, true);
	if (!main) return undefined;
	const early =
		(main.date.year !== undefined && Math.abs(main.date.year) < 1000) ||
		(main.date.century !== undefined && main.date.century < 11);
	const r = readDate(reply, early);
	if (!r) return wrong('Not a date');
	if (conflicts(r.date, main.date)) return wrong();
	const targets = [main, ...accept.flatMap((a) => readDate(a, early) ?? [])];
	const met = targets.filter((t) => covers(r.date, t.date));
	if (met.length === 0) return wrong(precisionNote(main.date));
	// A misspelt month only matters when the month was asked for.
	return right(r.monthTypo && met.every((t) => t.date.month !== undefined));
}
