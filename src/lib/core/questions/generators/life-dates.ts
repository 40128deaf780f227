import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { formatDate, type Era, type PartialDate } from '../dates.ts';
import type { Mention } from '../entities.ts';
import { ROMAN_NUMERAL } from '../entity-rules/heads.ts';
import { MONTHS, ROLE_NOUNS } from '../gazetteer.ts';

/**
 * When a person was born and died, from the dates a text sets in brackets after the name:
 * "Ada Velt (3 May 1820 – 9 June 1881) was ...", "the scholar Ibn Tarik (Tarikus, 981–1037)",
 * "Ada Norby (born 12 April 1961)". Asked as "When was Ada Velt born?" and "When did Ada Velt
 * die?": what a reader of a biography or a history is expected to know of the people in it.
 */

const MONTH = `(?:${MONTHS.join('|')})`;
/** One date of a life: "3 May 1820", "May 3, 1820", "1820", "981", "43" (BC). */
const DAY_MONTH_YEAR = `\\d{1,2} ${MONTH} \\d{3,4}`;
const MONTH_DAY_YEAR = `${MONTH} \\d{1,2}, \\d{3,4}`;
const ONE_DATE = `(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|\\d{2,4})`;
/** The dates closing the brackets, after any other note ("Ruritanian: ...; ", "Tarikus, "). */
const LIFE = new RegExp(
	`(?:^|[;,]\\s*)(?:(born|b\\.)\\s+(${ONE_DATE})|(${ONE_DATE})\\s*[–—-]\\s*(${ONE_DATE}))(?:\\s+(BCE|BC|CE|AD))?$`,
	'i'
);
/** Brackets short enough to be a note on a name; a longer aside is not a life's dates. */
const MAX_BRACKET = 160;
/** A span outside these years is a reign, a term or a misreading, not a life. */
const MIN_LIFE = 15;
const MAX_LIFE = 110;
/**
 * Titles that may stand before a name whose bracketed dates are still its life; any other (King,
 * President, Bishop) makes them as likely the years of a reign or a term, which is not asked.
 */
const PLAIN_TITLES = /^(sir|dame|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss)$/i;

export const lifeDatesGenerator: Generator = {
	kind: 'date',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			const text = p.paragraph.text;
			for (const m of context.mentionsIn[p.index] ?? []) {
				if (!namedPlainly(m, text)) continue;
				const open = /^\s*\(/.exec(text.slice(m.end));
				if (!open) continue;
				const from = m.end + open[0].length;
				const close = closingBracket(text, from);
				if (close === undefined || close - from > MAX_BRACKET) continue;
				const sentence = p.sentences.find((s) => m.start >= s.start && close <= s.end);
				if (!sentence) continue;
				for (const life of lifeDates(text.slice(from, close), from)) {
					out.push({
						kind: 'date',
						prompt:
							life.event === 'born'
								? `When was ${m.canonical} born?`
								: `When did ${m.canonical} die?`,
						answer: life.answer,
						paragraph: p.index,
						sentence,
						answerStart: life.start,
						answerEnd: life.end,
						// As a question in its own words, and told to the day when it is.
						score: 3 + (life.date.month ? 1 : 0),
						date: life.date
					});
				}
			}
		}
		return out;
	}
};

/** A person's name with no title that could make the dates a reign or a term of office. */
function namedPlainly(m: Mention, text: string): boolean {
	if (m.fine !== 'person' || m.confidence < 0.7) return false;
	// Dates in brackets follow a person's full name where the text first gives it; a lone word
	// taken for a surname ("… to Stay (1968–2012)") may be the end of a title.
	if (m.text !== m.canonical || !/\s/.test(m.text)) return false;
	const title = m.roleStart === undefined ? '' : text.slice(m.roleStart, m.start);
	const words = `${title} ${m.text}`.split(/\s+/).filter(Boolean);
	if (words.some((w) => ROMAN_NUMERAL.test(w))) return false;
	return words.every((w) => PLAIN_TITLES.test(w) || !ROLE_NOUNS.has(w.toLowerCase()));
}

/** Where the bracket opened just before `from` closes, past any brackets inside it. */
function closingBracket(text: string, from: number): number | undefined {
	let depth = 1;
	for (let i = from; i < text.length && i - from <= MAX_BRACKET; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return undefined;
}

interface LifeDate {
	event: 'born' | 'died';
	answer: string;
	date: PartialDate;
	start: number;
	end: number;
}

/**
 * The birth and death a bracket's text closes with, with their offsets (`offset` is where the
 * text starts in the paragraph). Empty for anything else, and for a span no life could have.
 */
export function lifeDates(inside: string, offset = 0): LifeDate[] {
	const match = LIFE.exec(inside.trim());
	if (!match) return [];
	const lead = inside.length - inside.trimStart().length;
	const era = match[5] ? (match[5].toUpperCase() as Era) : undefined;
	const at = (written: string, from: number) => {
		const index = inside.indexOf(written, from);
		return { start: offset + index, end: offset + index + written.length };
	};
	const dateOf = (written: string) => readDate(written, era);
	if (match[2]) {
		const date = dateOf(match[2]);
		if (!date) return [];
		return [{ event: 'born', answer: answerOf(match[2], date), date, ...at(match[2], lead) }];
	}
	const birthText = match[3] as string;
	const deathText = match[4] as string;
	const birth = dateOf(birthText);
	const death = dateOf(deathText);
	if (!birth || !death) return [];
	const years = death.year - birth.year - (birth.year < 0 && death.year > 0 ? 1 : 0);
	if (years < MIN_LIFE || years > MAX_LIFE) return [];
	const birthAt = at(birthText, lead + (match.index ?? 0));
	return [
		{ event: 'born', answer: answerOf(birthText, birth), date: birth, ...birthAt },
		{
			event: 'died',
			answer: answerOf(deathText, death),
			date: death,
			...at(deathText, birthAt.end - offset)
		}
	];
}

/** "3 May 1820" as written; a year with its era in one style ("44 BC"). */
function answerOf(written: string, date: PartialDate): string {
	return date.era ? formatDate(date) : written;
}

function readDate(written: string, era: Era | undefined): PartialDate | undefined {
	const words = written.replace(',', '').split(/\s+/);
	const year = Number(words[words.length - 1]);
	// A year of two figures is a year only with its era: "(20–60)" may be ages.
	if (!Number.isInteger(year) || year <= 0 || (year < 100 && !era)) return undefined;
	// "44 BC" is the year -44; a year of the common era keeps its era only to be written alike.
	const signed = era === 'BC' || era === 'BCE' ? -year : year;
	const base: PartialDate = era ? { year: signed, era } : { year: signed };
	if (words.length === 1) return base;
	const monthWord =
		(words.length === 3 && /^\d/.test(words[0] as string) ? words[1] : words[0]) ?? '';
	const month = MONTHS.indexOf(monthWord.toLowerCase() as (typeof MONTHS)[number]) + 1;
	const day = Number(/^\d/.test(words[0] as string) ? words[0] : words[1]);
	if (!month || !day || day > 31) return undefined;
	return { ...base, month, day };
}

/** The years of the life a person's article opens with, by context, worked out once. */
const lives = new WeakMap<GenerationContext, { born: number; died?: number } | null>();

/**
 * "Ada Velt (3 May 1820 – 9 June 1881) was …": the years of birth and death a biography's
 * opening sentence gives its subject, or undefined for an article that opens otherwise.
 */
export function lifeOfSubject(
	context: GenerationContext
): { born: number; died?: number } | undefined {
	if (!lives.has(context)) lives.set(context, openingLife(context) ?? null);
	return lives.get(context) ?? undefined;
}

function openingLife(context: GenerationContext): { born: number; died?: number } | undefined {
	const p = context.paragraphs[0];
	const sentence = p?.sentences[0];
	const m = p && (context.mentionsIn[0] ?? [])[0];
	if (!p || !sentence || !m || m.start > sentence.start + 5 || !namedPlainly(m, p.paragraph.text)) {
		return undefined;
	}
	const text = p.paragraph.text;
	const open = /^\s*\(/.exec(text.slice(m.end));
	if (!open) return undefined;
	const from = m.end + open[0].length;
	const close = closingBracket(text, from);
	if (close === undefined) return undefined;
	const [birth, death] = lifeDates(text.slice(from, close));
	if (!birth) return undefined;
	return { born: birth.date.year, ...(death ? { died: death.date.year } : {}) };
}
