import type { AnalysedParagraph, Token } from './analyse.ts';
import type { GenerationContext } from './candidate.ts';
import {
	compareDates,
	findEraDates,
	resolveDateExpression,
	yearSpan,
	type PartialDate
} from './dates.ts';

/** A date expression in a paragraph: where it is and, when it names its own year, which date. */
export interface DateMention {
	start: number;
	end: number;
	text: string;
	/** Known at once for years, decades, centuries and era dates; months may need a year. */
	date?: PartialDate;
	/** The date's year comes from the other half of its span: "August" of "between August and October 1944". */
	borrowed?: boolean;
	/** The end of a range this mention is one half of: "from 1337 to 1453", "1756–1763". */
	range?: YearRange & { half: 'first' | 'second' };
}

export interface YearRange {
	first: number;
	last: number;
	/** Written with a dash ("1756–1763", "1646–7") rather than in words. */
	dashed: boolean;
}

/** Prepositions after which a four-digit number is a year: "in 2003", "until 1400". */
const PREPOSITIONS = new Set([
	'in',
	'by',
	'since',
	'until',
	'till',
	'of',
	'after',
	'before',
	'from',
	'during',
	'on',
	'to',
	'between'
]);
/** A shorter number is a year after fewer of them: "the age of 19", "on 12" are not years. */
const SHORT_PREPOSITIONS = new Set([
	'in',
	'by',
	'since',
	'until',
	'till',
	'after',
	'before',
	'from',
	'between'
]);
/** "reduced from 44 to 40", "rose by 12": the number after them is an amount. */
const AMOUNT_WORDS =
	/^(reduced|increased|increase|rose|risen|fell|fallen|grew|grown|dropped|declined|decreased|cut|raised|lowered|climbed|jumped|soared|doubled|tripled|up|down|aged|age|ages|numbering|numbered|totalling|totaling|ranging|ranges|ranged|varying|varies|one|out|sentence|sentenced|score|scored|won|lost|ratio|rate|times)$/i;
const DASH = /^\s*[-–—]\s*$/;

/**
 * The date expressions of a paragraph: dates told to the century, decade or era; wink's DATE
 * entities; and bare years after a preposition that are clearly years, not counts or measures
 * ("in 1066," and "in 911 the Vikings" but not "in 911 ships" or "reduced from 44 to 40").
 * Numbers of one to three digits count only in a document that deals with early times
 * (`earlyEra`). Citations are left out.
 */
export function findDateMentions(p: AnalysedParagraph, earlyEra: boolean): DateMention[] {
	const text = p.paragraph.text;
	const out: DateMention[] = [];
	const inCitation = (start: number) => p.citations.some((c) => start >= c.start && start < c.end);
	const taken = (start: number, end: number) => out.some((m) => start < m.end && end > m.start);
	for (const f of findEraDates(text)) {
		if (!inCitation(f.start)) out.push({ start: f.start, end: f.end, text: f.text, date: f.date });
	}
	for (const e of p.entities) {
		if (taken(e.start, e.end) || inCitation(e.start)) continue;
		// "1646" of "1646–7": a year that is half of a range is read as a year below.
		if (e.type !== 'DATE' || /^\d{1,4}$/.test(e.text)) {
			// "from 4 August 1915 until November 1918" is one duration to the model: two dates here.
			if (e.type === 'DURATION') out.push(...splitDuration(text, e.start, e.end));
			continue;
		}
		// "January 1066": the model may leave an early year out of the date it ends.
		const year = /^\s+(1\d{3}|20\d\d)\b(?![.,]\d)/.exec(text.slice(e.end));
		const end = year && /[a-z]\.?$/i.test(e.text) ? e.end + year[0].length : e.end;
		out.push(entityMention(text, e.start, end));
	}
	const { tokens } = p;
	tokens.forEach((t, i) => {
		if (t.type !== 'number' || !/^\d{1,4}$/.test(t.text) || taken(t.start, t.end)) return;
		if (inCitation(t.start)) return;
		const year = Number(t.text);
		const range = rangeAt(text, tokens, i);
		const tagged = p.entities.some(
			(e) => e.type === 'DATE' && e.start === t.start && e.end === t.end
		);
		if (!isBareYear(p, i, earlyEra, range, tagged)) return;
		out.push({
			start: t.start,
			end: t.end,
			text: t.text,
			// "1646–7": the second half is the year it completes.
			date: { year: range?.half === 'second' ? range.last : year },
			...(range ? { range } : {})
		});
	});
	out.sort((a, b) => a.start - b.start);
	linkRanges(text, out);
	return out;
}

/** A date span of the model's: with its date when it names its own year ("12 June 2002"). */
function entityMention(text: string, start: number, end: number): DateMention {
	const found = resolveDateExpression(text.slice(start, end), undefined, undefined);
	if (!found?.complete || found.date.precision || found.date.era) {
		return { start, end, text: text.slice(start, end) };
	}
	const at = start + found.index;
	return { start: at, end: at + found.text.length, text: found.text, date: found.date };
}

const MONTH_NAME =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "from 4 August 1915 until November 1918", "between May and July 1944": its two dates. */
function splitDuration(text: string, start: number, end: number): DateMention[] {
	const span = text.slice(start, end);
	const m = /^(from|between)\s+(.+?)\s+(to|until|till|and)\s+(.+)$/i.exec(span);
	if (!m || !MONTH_NAME.test(m[2] as string) || !MONTH_NAME.test(m[4] as string)) return [];
	const firstStart =
		start + (m[1] as string).length + span.slice((m[1] as string).length).search(/\S/);
	const secondStart = start + span.lastIndexOf(m[4] as string);
	const first = entityMention(text, firstStart, firstStart + (m[2] as string).length);
	const second = entityMention(text, secondStart, end);
	// "between August and October 1944": the first month is of the second's year, or the one before.
	if (!first.date && second.date?.month) {
		const found = resolveDateExpression(first.text, second.date.year, undefined);
		if (found && found.date.month && !found.date.precision) {
			const year = found.date.month > second.date.month ? second.date.year - 1 : second.date.year;
			first.date = { ...found.date, year };
			first.start += found.index;
			first.end = first.start + found.text.length;
			first.text = found.text;
			first.borrowed = true;
		}
	}
	return [first, second];
}

/**
 * Marks pairs of dates told as a range in words or with a dash: "from 475 BC to 221 BC",
 * "from the late 8th century to the middle of the 11th century", "206 BC – AD 220".
 */
function linkRanges(text: string, mentions: DateMention[]): void {
	for (let k = 0; k + 1 < mentions.length; k++) {
		const a = mentions[k] as DateMention;
		const b = mentions[k + 1] as DateMention;
		// "(973–1048 CE)": the first half read as a bare year, the second with its era.
		if (a.range?.half === 'first' && !b.range && b.date && yearSpan(b.date)[1] === a.range.last) {
			b.range = { ...a.range, half: 'second' };
			continue;
		}
		if (a.range || b.range || !a.date || !b.date) continue;
		if ((a.date.precision ?? 'year') !== (b.date.precision ?? 'year')) continue;
		const between = text.slice(a.end, b.start);
		const opener = /\b(from|between)\s+(?:the\s+)?(?:(?:early|mid|middle|late)[\s-]+)?$/i.exec(
			text.slice(Math.max(0, a.start - 24), a.start)
		)?.[1];
		const dashed = /^\s*[-–—]\s*$/.test(between);
		const joined =
			dashed ||
			(opener?.toLowerCase() === 'from' &&
				/^\s+(?:to|until|till)\s+(?:the\s+)?(?:(?:early|mid|middle|late|end|beginning|start)[\s-]+(?:of\s+the\s+)?)?$/i.test(
					between
				)) ||
			(opener?.toLowerCase() === 'between' && /^\s+and\s+(?:the\s+)?$/i.test(between));
		if (!joined || compareDates(b.date, a.date) <= 0) continue;
		const range = { first: a.date.year, last: yearSpan(b.date)[1], dashed };
		a.range = { ...range, half: 'first' };
		b.range = { ...range, half: 'second' };
	}
}

/** Whether the number at token `i` is a year by where it stands and what follows it. */
function isBareYear(
	p: AnalysedParagraph,
	i: number,
	earlyEra: boolean,
	range: DateMention['range'],
	tagged: boolean
): boolean {
	const { tokens } = p;
	const t = tokens[i] as Token;
	const year = Number(t.text);
	const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
	const beforePreposition = tokens[i - 2]?.text ?? '';
	const next = tokens[i + 1];
	const full = t.text.length === 4 && year >= 1000 && year <= 2099;
	if (range) return rangeOfYears(p, range.half === 'first' ? i : i - 2, earlyEra, range);
	if (!full && !(earlyEra && year >= 1 && year < 1000)) return false;
	if (full) {
		// "2010 has witnessed ...": a year may open a sentence before its verb.
		const opensSentence =
			p.sentences.some((s) => s.first === i) && (next?.pos === 'AUX' || next?.pos === 'VERB');
		// "as early as 1519", "in 1992 and 1997": the model's own dates after a plain word, and
		// the second year of a list. Not "the Scotland Act 1998": a year after a name is the name's.
		const listed =
			/^(and|or|,)$/.test(previous) && /^(1\d{3}|20\d\d)$/.test(tokens[i - 2]?.text ?? '');
		const afterWord = tagged && /^(\p{Ll}+|The|An?|This|That)$/u.test(tokens[i - 1]?.text ?? '');
		if (!PREPOSITIONS.has(previous) && !opensSentence && !listed && !afterWord) return false;
		if (AMOUNT_WORDS.test(beforePreposition) && previous !== 'in') return false;
		return !isMeasure(next);
	}
	if (!SHORT_PREPOSITIONS.has(previous)) return false;
	if (AMOUNT_WORDS.test(beforePreposition) && previous !== 'in') return false;
	if (tokens[i - 2]?.type === 'number') return false;
	if (!next) return true;
	// "in 911," "until 954." close the phrase; "in 911 the Vikings" opens a clause.
	if (/^[,.;:)]$/.test(next.text)) return true;
	if (t.text.length < 3) return false;
	if (next.pos === 'DET' || next.pos === 'PRON') return !isUnit(next);
	// "In 476 Odoacer deposed ...": a name after a year that opens the sentence.
	return (
		next.pos === 'PROPN' &&
		/^\p{Lu}/u.test(next.text) &&
		p.sentences.some((s) => s.first === i - 1) &&
		!isUnit(next)
	);
}

/**
 * Whether a range whose first number is token `f` is one of years: "from 1337 to 1453",
 * "1756–1763", "(981–1037)" and, in a document on early times, "from 954 to 980"; never
 * "from 40 to 60 days", "aged 15–24" or "Romans 13:1–7".
 */
function rangeOfYears(
	p: AnalysedParagraph,
	f: number,
	earlyEra: boolean,
	range: YearRange
): boolean {
	const { tokens } = p;
	const l = f + 2;
	const before = tokens[f - 1];
	const opener = before?.text.toLowerCase() ?? '';
	if (isUnit(tokens[l + 1])) return false;
	const full = (n: number) => n >= 1000 && n <= 2099;
	if (!(full(range.first) && full(range.last))) {
		if (!earlyEra || range.last < 100 || range.last >= 2100) return false;
	}
	if (range.dashed) {
		if (AMOUNT_WORDS.test(opener) || before?.type === 'number') return false;
		if (full(range.first)) return true;
		return !before || /^[(,]$/.test(opener) || PREPOSITIONS.has(opener) || /^c\.?$/.test(opener);
	}
	return !AMOUNT_WORDS.test(tokens[f - 2]?.text ?? '');
}

/** "ships", "people", and what isMeasure knows: a noun makes a short number a count. */
function isUnit(next: Token | undefined): boolean {
	if (!next) return false;
	return (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) || isMeasure(next);
}

/**
 * "m", "km", "pm", "per cent": what makes even a four-digit number a measure. A noun after one
 * ("in 1562 calling it ...") is more often the model's mistake than a count.
 */
function isMeasure(next: Token | undefined): boolean {
	if (!next) return false;
	return /^(%|per|percent|times|[ap]\.?m\.?|o['’]clock|km2?|m|cm|mm|kg|g|lb|lbs|ft|mi|mph|ha|bn|m²|km²|°|˚|x|out|of|metres|meters|miles|feet|kilometres|kilometers|tonnes|tons|people|men|soldiers|ships|votes|members|seats)$/i.test(
		next.text
	);
}

/**
 * The range the number at token `i` is half of: "from 1337 to 1453", "between 1337 and 1453",
 * "1756–1763", "1646–7" (whose second half borrows the first's century).
 */
export function rangeAt(
	text: string,
	tokens: readonly Token[],
	i: number
): DateMention['range'] | undefined {
	const t = tokens[i] as Token;
	const value = Number(t.text);
	const at = (k: number) => tokens[k];
	const isNumber = (k: number) => /^\d{1,4}$/.test(at(k)?.text ?? '');
	// First half: a dash, "to" after "from", or "and" after "between", then a number.
	const next = at(i + 1);
	const opener = at(i - 1)?.text.toLowerCase();
	if (next && isNumber(i + 2)) {
		const dashed = DASH.test(text.slice(t.end, at(i + 2)?.start));
		if (
			dashed ||
			(next.text.toLowerCase() === 'to' && opener === 'from') ||
			(next.text.toLowerCase() === 'and' && opener === 'between')
		) {
			const last = completeYear(value, at(i + 2)?.text as string);
			if (last > value) return { first: value, last, dashed, half: 'first' };
		}
	}
	const before = at(i - 1);
	if (before && isNumber(i - 2)) {
		const first = Number(at(i - 2)?.text);
		const dashed = DASH.test(text.slice(at(i - 2)?.end, t.start));
		const word = before.text.toLowerCase();
		const opener2 = at(i - 3)?.text.toLowerCase();
		if (
			dashed ||
			(word === 'to' && opener2 === 'from') ||
			(word === 'and' && opener2 === 'between')
		) {
			const last = completeYear(first, t.text);
			if (last > first) return { first, last, dashed, half: 'second' };
		}
	}
	return undefined;
}

/** "1646" and "7" -> 1647; "1914" and "18" -> 1918; "1337" and "1453" -> 1453. */
function completeYear(first: number, written: string): number {
	const last = Number(written);
	if (written.length >= String(first).length) return last;
	const unit = 10 ** written.length;
	let year = Math.floor(first / unit) * unit + last;
	if (year <= first) year += unit;
	return year;
}

/** A date the document names, where it names it. */
export interface NamedDate {
	date: PartialDate;
	paragraph: number;
	start: number;
	end: number;
	/** One end of a range: "1756" of "1756–1763". */
	ranged?: boolean;
}

/** What a document says about time, read once: its dates and the ranges it gives. */
export interface Timeline {
	dates: NamedDate[];
	ranges: (YearRange & { paragraph: number; start: number })[];
	/** The document deals with times before 1500, so short numbers may be years. */
	earlyEra: boolean;
	/** The last year of the latest date the document names (outside citations): 1969 for "the 1960s". */
	latest?: number;
}

const timelines = new WeakMap<GenerationContext, Timeline>();

/** The document's own dates, complete ones only, in the order it names them. */
export function timelineOf(context: GenerationContext): Timeline {
	const cached = timelines.get(context);
	if (cached) return cached;
	// Two short years told plainly ("in 878.", "until 954,") are evidence enough too.
	const earlyEra =
		context.paragraphs.some((p) => writesOfEarlyEra(p)) ||
		context.paragraphs.reduce((n, p) => n + plainShortYears(p), 0) >= 2;
	const dates: NamedDate[] = [];
	const ranges: Timeline['ranges'] = [];
	let latest: number | undefined;
	for (const p of context.paragraphs) {
		for (const m of findDateMentions(p, earlyEra)) {
			const date =
				m.date ??
				(() => {
					const found = resolveDateExpression(m.text, undefined, undefined);
					return found?.complete ? found.date : undefined;
				})();
			if (!date) continue;
			dates.push({
				date,
				paragraph: p.index,
				start: m.start,
				end: m.end,
				...(m.range ? { ranged: true } : {})
			});
			latest = Math.max(latest ?? -Infinity, yearSpan(date)[1]);
			if (m.range?.half === 'first') {
				const { first, last, dashed } = m.range;
				ranges.push({ first, last, dashed, paragraph: p.index, start: m.start });
			}
		}
	}
	const timeline = { dates, ranges, earlyEra, ...(latest !== undefined ? { latest } : {}) };
	timelines.set(context, timeline);
	return timeline;
}

/** How many three-digit numbers end a phrase after "in", "until", "since" or "by": "in 878.". */
export function plainShortYears(p: AnalysedParagraph): number {
	return p.tokens.filter(
		(t, i) =>
			/^[1-9]\d\d$/.test(t.text) &&
			/^(in|until|since|by)$/i.test(p.tokens[i - 1]?.text ?? '') &&
			/^[,.;]$/.test(p.tokens[i + 1]?.text ?? '') &&
			!AMOUNT_WORDS.test(p.tokens[i - 2]?.text ?? '')
	).length;
}

/**
 * Whether a paragraph deals with times before 1500: it names a century or an era date before
 * then, or a four-digit year before then after a preposition ("in 1066").
 */
export function writesOfEarlyEra(p: AnalysedParagraph): boolean {
	if (findEraDates(p.paragraph.text).some((f) => f.date.year < 1500)) return true;
	return p.tokens.some(
		(t, i) =>
			/^1[0-4]\d\d$/.test(t.text) &&
			SHORT_PREPOSITIONS.has(p.tokens[i - 1]?.text.toLowerCase() ?? '') &&
			!isUnit(p.tokens[i + 1])
	);
}
