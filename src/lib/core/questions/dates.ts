import * as chrono from 'chrono-node';
import { MONTHS } from './gazetteer.ts';

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
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

/** "4 June 2007", "September 2003", "2003". */
export function formatDate(date: PartialDate): string {
	const month = date.month ? capitalise(MONTHS[date.month - 1] as string) : '';
	if (date.day && month) return `${date.day} ${month} ${date.year}`;
	if (month) return `${month} ${date.year}`;
	return String(date.year);
}

/** Orders dates; a coarser date sorts before the finer dates inside it. */
export function compareDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const YEAR = /(?<![\d$£€.,/-])(1[5-9]\d\d|20\d\d)(?![\d%-]|\s*(?:per|bn|m\b|million|billion))/g;
const LAST_MONTH = new RegExp(`\\blast (${MONTHS.join('|')})\\b`, 'i');

/**
 * Resolves a date expression. Partial dates ("In January", "June 4", "last October") take the
 * year given explicitly earlier in the paragraph (`anchorYear`), else the publication year, and
 * never land after publication: a month later than the publication month is last year's.
 */
export function resolveDateExpression(
	text: string,
	anchorYear: number | undefined,
	published: PartialDate | undefined
): (Omit<FoundDate, 'start' | 'end'> & { index: number }) | undefined {
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
