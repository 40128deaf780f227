import { hashText } from '../hash.ts';
import type { Candidate, GenerationContext } from './candidate.ts';
import { timelineOf, type NamedDate, type Timeline } from './date-mentions.ts';
import { centuryOf, centuryStart, formatDate, yearSpan, type PartialDate } from './dates.ts';
import { MONTHS } from './gazetteer.ts';
import { lifeOfSubject } from './generators/life-dates.ts';

/** How finely a date is told; options are always told as finely as their answer. */
type Grain = 'century' | 'decade' | 'year' | 'month' | 'day';

function grainOf(d: PartialDate): Grain {
	if (d.precision) return d.precision;
	if (d.day) return 'day';
	return d.month ? 'month' : 'year';
}

/**
 * A date as a number of its own grain, so that options can step from the answer: centuries
 * and decades count as such, years as years, months and days from the start of the era.
 * There is no year 0: 1 BC is -1 and AD 1 is 1, so years before the era are shifted by one.
 */
function toUnits(d: PartialDate, grain: Grain): number {
	const year = d.year < 0 ? d.year + 1 : d.year;
	switch (grain) {
		case 'century':
			return centuryOf(d.year);
		case 'decade':
			return Math.floor(d.year / 10);
		case 'year':
			return year;
		case 'month':
			return year * 12 + ((d.month ?? 1) - 1);
		case 'day':
			return dayNumber(year, d.month ?? 1, d.day ?? 1);
	}
}

function fromUnits(n: number, grain: Grain, style: PartialDate): PartialDate | undefined {
	const keep = {
		...(style.era ? { era: style.era } : {}),
		...(style.eraFirst ? { eraFirst: true } : {}),
		...(style.spelled ? { spelled: true } : {})
	};
	const toYear = (astronomical: number) => (astronomical <= 0 ? astronomical - 1 : astronomical);
	switch (grain) {
		case 'century':
			return n === 0 ? undefined : { year: centuryStart(n), precision: 'century', ...keep };
		case 'decade':
			return { year: n * 10, precision: 'decade' };
		case 'year':
			return { year: toYear(n), ...keep };
		case 'month':
			return { year: toYear(Math.floor(n / 12)), month: (((n % 12) + 12) % 12) + 1 };
		case 'day': {
			const d = new Date(n * 86_400_000);
			return { year: toYear(d.getUTCFullYear()), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
		}
	}
}

/**
 * The least and greatest step between a year and its wrong options, by era: a year of the
 * 11th century is confused with another decades away, a year of the 1990s with one a year or
 * two away.
 */
function yearStepBounds(year: number): [number, number] {
	const size = Math.abs(year);
	if (year < 0 && size < 100) return [2, 10];
	if (year < 0) return size < 1000 ? [10, 50] : [50, 250];
	if (year < 200) return [5, 20];
	if (year < 1500) return [10, 30];
	if (year < 1800) return [3, 10];
	if (year < 1900) return [2, 6];
	return [1, 5];
}

/**
 * How round an early year is, as the unit its options keep to: 2500 BC is 500, AD 850 is 50. A
 * year after AD 1000 is taken as exact whatever its digits.
 */
export function roundnessOf(year: number): number {
	if (year > 1000) return 1;
	const units = year < 0 ? [1000, 500, 100, 50, 10] : [100, 50, 10];
	return units.find((unit) => year % unit === 0 && Math.abs(year) > unit) ?? 1;
}

/** How many options are returned: the caller keeps three. */
const OFFERED = 4;
/** From this year on, an option after the document's last date may lie in the reader's future. */
const MODERN = 1900;
/** How many years after its last date a modern document without a publication date is taken to be written. */
const WRITTEN_AFTER = 2;

/** The step between options of each grain but years (whose step depends on the era). */
const GRAIN_STEP: Record<Grain, number> = { century: 1, decade: 1, year: 1, month: 1, day: 2 };
/** How many steps away a date of the document may be and still be a plausible option. */
const GRAIN_WINDOW: Record<Grain, number> = { century: 4, decade: 5, year: 6, month: 12, day: 30 };

/** Steps from the answer on its nearer side, and on the other: never a regular ladder. */
const NEAR = [1, 3, 4, 6, 8];
const FAR = [2, 3, 5, 7, 9];

/** Where "early", "mid" and "late" begin in a century or decade, as a share of its length. */
const PART_SHARE: Record<string, number> = { early: 0, mid: 0.33, late: 0.67 };
const GRAIN_YEARS: Partial<Record<Grain, number>> = { century: 100, decade: 10 };

/**
 * Wrong options for a date question, best first, formatted as the answer is written: dates the
 * document itself names, of the same grain and at a plausible distance, then dates spread with
 * a step scaled to the era and to how close the document's own dates lie. Options fall on both
 * sides of the answer, irregularly spaced, unless a side would make them true: after "by 1400"
 * a later year is also right, after "until 1400" an earlier one; and between the sentence's
 * other dates nearest the answer. Never a date the evidence
 * sentence names, nor one inside a range it gives or whose end the answer is ("1756–1763"),
 * never after the document's publication (or its latest date), never before AD 1 for an AD
 * answer, and BC stays BC.
 */
export function dateOptions(c: Candidate, context: GenerationContext): string[] {
	const answer = c.date;
	if (!answer) return [];
	const grain = grainOf(answer);
	const timeline = timelineOf(context);
	const index = indexOf(timeline);
	const at = toUnits(answer, grain);
	const bc = answer.year < 0;
	const inSentence = (d: { start: number; end?: number }) =>
		d.start >= c.sentence.start && (d.end ?? d.start) <= c.sentence.end;
	const told = (index.byParagraph.get(c.paragraph) ?? []).filter(inSentence);

	// Years an option may not fall in: the ranges of the sentence, and those the answer ends.
	const answerLast = yearSpan(answer)[1];
	// A range of years says nothing against another day or month of the same year.
	const blocked =
		grain === 'month' || grain === 'day'
			? []
			: [
					...(index.rangesByParagraph.get(c.paragraph) ?? []).filter(inSentence),
					// "the Seven Years' War (1756–1763)" told in the paragraph of its start.
					...(grain === 'year'
						? (index.rangesByEnd.get(answer.year) ?? []).filter((r) => r.paragraph === c.paragraph)
						: [])
				];
	const text = context.paragraphs[c.paragraph]?.paragraph.text ?? '';
	const direction = allowedDirection(text.slice(Math.max(0, c.answerStart - 40), c.answerStart));
	// Without a publication date, a modern document was written soon after the last date it
	// names: a year or two later stands in for its publication.
	const latest = Math.max(timeline.latest ?? answerLast, answerLast) + WRITTEN_AFTER;
	const knownEnd = !!context.published || latest >= MODERN;
	const bound = knownEnd ? latestUnit(context.published, latest, grain) : Number.POSITIVE_INFINITY;
	// "the late _____" -> "20th century": the part the prompt names of each option's span.
	const part = /\b(early|mid|late)[\s-]+$/i.exec(
		text.slice(Math.max(0, c.answerStart - 8), c.answerStart)
	);
	const partShare = PART_SHARE[(part?.[1] ?? 'early').toLowerCase()] ?? 0;
	const partOffset = partShare * (GRAIN_YEARS[grain] ?? 0);
	const lastYear = knownEnd ? (context.published?.year ?? latest) : Number.POSITIVE_INFINITY;
	const unitsOf = (dates: readonly PartialDate[]) =>
		dates.flatMap((d) => {
			const g = asGrain(d, grain, answer);
			return g ? [toUnits(g, grain)] : [];
		});
	const toldUnits = new Set(unitsOf(told.map((d) => d.date)));
	// The sentence's other dates fence the answer in: "conquered in 1066 … died in ____" rules
	// out any year before 1066 for a reader, so options stay on the answer's side of each. The
	// ends of a range are no fence: the range itself is kept clear instead (above).
	const around = (d: PartialDate) => {
		const [first, last] = yearSpan(d);
		return first <= answer.year && answer.year <= last;
	};
	const fence = unitsOf(told.filter((d) => !d.ranged && !around(d.date)).map((d) => d.date));
	// "during the late 1960s ... and in _____": a decade or century the sentence names around the
	// answer holds the options too.
	const spans = told
		.filter((d) => d.date.precision && d.date.precision !== grain && grain !== 'century')
		.filter((d) => around(d.date))
		.map((d) => yearSpan(d.date));
	const floor = Math.max(Number.NEGATIVE_INFINITY, ...fence.filter((u) => u < at));
	const ceiling = Math.min(Number.POSITIVE_INFINITY, ...fence.filter((u) => u > at));
	// In a life, what the subject did after birth is no option before it ("By _____ Velt was back
	// in Velden" is not 1400, the year Velt was born), nor what came before death after it.
	const life = lifeOfSubject(context);
	const bornBefore = life && answer.year > life.born ? life.born : Number.NEGATIVE_INFINITY;
	const diedAfter = life?.died && answerLast < life.died ? life.died : Number.POSITIVE_INFINITY;

	const acceptable = (d: PartialDate): boolean => {
		const [first, last] = yearSpan(d);
		const u = toUnits(d, grain);
		// BC stays BC; an AD answer gets a BC option only in a document that names such dates.
		if (bc !== d.year < 0 && (bc || !index.namesBc)) return false;
		if (u === at || u > Math.max(bound, at)) return false;
		// "1 January 1970" against "30 December 1969": a day is asked within its year, which the
		// reader may know apart from the day.
		if (grain === 'day' && d.year !== answer.year) return false;
		// "the late 21st century" begins after anything the document could have seen.
		if (first + partOffset > lastYear && first + partOffset > answerLast) return false;
		if (direction === 'earlier' && u > at) return false;
		if (direction === 'later' && u < at) return false;
		if (u <= floor || u >= ceiling) return false;
		if (first <= bornBefore || last > diedAfter) return false;
		if (spans.some(([from, to]) => first < from || last > to)) return false;
		if (blocked.some((r) => last >= r.first && first <= r.last)) return false;
		return !toldUnits.has(u);
	};

	// "2500 BC" is an estimate to the century: options as round as it, or they look made up.
	const round = grain === 'year' ? roundnessOf(answer.year) : 1;
	const eraStep = grain === 'year' ? yearStep(answer.year, index.years) : GRAIN_STEP[grain];
	// Fenced in on both sides, options step finely enough to fit between the fences.
	const fenced = Number.isFinite(floor) && Number.isFinite(ceiling);
	const narrowest = Math.min(...spans.map(([from, to]) => to - from + 1));
	const fits = Math.min(
		fenced ? Math.floor((ceiling - floor) / 8) : eraStep,
		Number.isFinite(narrowest) ? Math.max(1, Math.floor(narrowest / 6)) : eraStep
	);
	const step = Math.max(round, Math.round(Math.min(eraStep, fits) / round) * round);
	const window = step * GRAIN_WINDOW[grain];
	const style = answer;

	// The document's own dates of the same grain, nearest first, once each.
	const own = new Map<number, PartialDate>();
	const ofGrain = grainIndex(index, timeline, grain);
	for (let k = lowerBound(ofGrain.units, at - window); k < ofGrain.units.length; k++) {
		const u = ofGrain.units[k] as number;
		if (u > at + window) break;
		const d = { ...(ofGrain.dates[k] as PartialDate), ...styleOf(style) };
		if (acceptable(d)) own.set(u, d);
	}
	const byDistance = (a: number, b: number) => Math.abs(a - at) - Math.abs(b - at) || a - b;
	const below = [...own.keys()].filter((u) => u < at).sort(byDistance);
	const above = [...own.keys()].filter((u) => u > at).sort(byDistance);

	// Then dates spread from the answer, irregularly, with a little jitter on wide steps.
	const seed = parseInt(hashText(`${c.answer}|${c.prompt}`).slice(-6), 36);
	const nearSide = seed % 2 === 0 ? -1 : 1;
	const jitter = (k: number) => {
		const room = round > 1 ? 0 : Math.floor(step / 4);
		return room ? (Math.floor(seed / 2 ** (k + 1)) % (2 * room + 1)) - room : 0;
	};
	const synthetic = (side: -1 | 1): number[] => {
		const coarse = grain === 'century' || grain === 'decade';
		const nearer = side === nearSide ? NEAR : FAR;
		const steps = coarse ? [1, 2, 3, 4] : nearer;
		return steps.map((k, i) => at + side * (k * step + jitter(i + (side > 0 ? 0 : 5))));
	};
	for (const side of [-1, 1] as const) {
		const list = side < 0 ? below : above;
		for (const u of synthetic(side)) {
			if (list.includes(u) || u === at || Math.sign(u - at) !== side) continue;
			const d = fromUnits(u, grain, style);
			if (d && acceptable(d)) list.push(u);
		}
	}
	// Alternate sides, the nearer side first, so that any three of the first few are mixed.
	const first = nearSide < 0 ? below : above;
	const second = nearSide < 0 ? above : below;
	const alternating: number[] = [];
	for (let i = 0; alternating.length < first.length + second.length; i++) {
		if (first[i] !== undefined) alternating.push(first[i] as number);
		if (second[i] !== undefined) alternating.push(second[i] as number);
	}
	// Centuries keep to the nearest: a ladder of three centuries is no clue, and one further off
	// ("the 17th century" for a twentieth-century machine) is absurd.
	const order = grain === 'century' ? alternating : withoutLadders(at, alternating);
	const usStyle = /^\p{L}+ \d{1,2}(?:st|nd|rd|th)?, \d{4}$/u.test(c.answer.trim());
	// Four at most: any three of four alternating options still fall on both sides of the
	// answer, whichever three the caller keeps. Centuries in words may lose some to spelling
	// checks ("fifth" and "sixth" look alike), so they keep more.
	return order
		.slice(0, answer.spelled ? 8 : OFFERED)
		.map((u) => own.get(u) ?? fromUnits(u, grain, style))
		.filter((d): d is PartialDate => d !== undefined)
		.map((d) => (usStyle && d.day && d.month ? formatUs(d) : formatDate(d)));
}

/**
 * The options in their order, but passing over one that would make, with the answer and two
 * options before it, an evenly spaced ladder (1699, 1700, 1701, 1702): a pattern that points to
 * the answer. Passed-over options go last.
 */
export function withoutLadders(answer: number, options: readonly number[]): number[] {
	const kept: number[] = [];
	const passed: number[] = [];
	const ladder = (values: number[]) => {
		const sorted = [...values].sort((a, b) => a - b);
		const gap = (sorted[1] as number) - (sorted[0] as number);
		return sorted.every((v, i) => i === 0 || v - (sorted[i - 1] as number) === gap);
	};
	for (const u of options) {
		const makesLadder = kept.some((x, i) =>
			kept.slice(i + 1).some((y) => ladder([answer, x, y, u]))
		);
		(makesLadder ? passed : kept).push(u);
	}
	return [...kept, ...passed];
}

/** "by 1400" and "since 1990" are also true of later years; "until" and "after" of earlier ones. */
function allowedDirection(before: string): 'earlier' | 'later' | undefined {
	const m =
		/\b(by|before|since|until|till|after)\s+(?:the\s+)?(?:(?:early|mid|middle|late)[\s-]+)?$/i.exec(
			before
		);
	if (!m) return undefined;
	return /^(by|before|since)$/i.test(m[1] as string) ? 'earlier' : 'later';
}

/** A date of the document at the answer's grain: the year of "12 December 1963" for a year. */
function asGrain(
	d: PartialDate,
	grain: Grain,
	style: Partial<PartialDate>
): PartialDate | undefined {
	const own = grainOf(d);
	if (own === grain) {
		return { year: d.year, ...pick(d), ...styleOf(style) };
	}
	if (grain === 'year' && (own === 'month' || own === 'day')) {
		return { year: d.year, ...styleOf(style) };
	}
	if (grain === 'month' && own === 'day') return { year: d.year, month: d.month };
	return undefined;
}

/** A date's month, day and precision, without how it was written. */
function pick(d: PartialDate): Partial<PartialDate> {
	return {
		...(d.month ? { month: d.month } : {}),
		...(d.day ? { day: d.day } : {}),
		...(d.precision ? { precision: d.precision } : {})
	};
}

function styleOf(d: Partial<PartialDate>): Partial<PartialDate> {
	return {
		...(d.era ? { era: d.era } : {}),
		...(d.eraFirst ? { eraFirst: true } : {}),
		...(d.spelled ? { spelled: true } : {})
	};
}

/**
 * The last date an option may be, in units of `grain`: the publication date when known, else
 * the latest year the document names.
 */
function latestUnit(published: PartialDate | undefined, latest: number, grain: Grain): number {
	const year = published?.year ?? latest;
	const month = published?.month ?? 12;
	switch (grain) {
		case 'month':
			return toUnits({ year, month }, 'month');
		case 'day':
			return toUnits({ year, month, day: published?.day ?? daysIn(year, month) }, 'day');
		default:
			return toUnits({ year }, grain);
	}
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap(year) ? 1 : 0);
}

function leap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970 for any year: Date.UTC alone reads years 0 to 99 as 1900 to 1999. */
function dayNumber(year: number, month: number, day: number): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return Math.round(d.getTime() / 86_400_000);
}

/**
 * The step between a year and its options: the era's usual distance, widened when the
 * document's own years near the answer lie far apart (a history of a millennium) and
 * narrowed when they crowd (a chronicle of one war). `years` are the document's distinct
 * years, sorted.
 */
function yearStep(year: number, years: readonly number[]): number {
	const [least, most] = yearStepBounds(year);
	// The third nearest other year of the document, on the same side of the era.
	const distances: number[] = [];
	let below = lowerBound(years, year) - 1;
	let above = lowerBound(years, year);
	if (years[above] === year) above++;
	const usable = (y: number | undefined) => y !== undefined && y < 0 === year < 0;
	while (distances.length < 3) {
		const b = usable(years[below]) ? year - (years[below] as number) : Infinity;
		const a = usable(years[above]) ? (years[above] as number) - year : Infinity;
		if (a === Infinity && b === Infinity) break;
		if (b <= a) {
			distances.push(b);
			below--;
		} else {
			distances.push(a);
			above++;
		}
	}
	const typical = distances[distances.length - 1];
	if (typical === undefined) return least;
	return Math.max(least, Math.min(most, Math.round(typical / 3)));
}

/** A document's dates arranged for choosing options quickly: per paragraph, per grain, per year. */
interface TimelineIndex {
	namesBc: boolean;
	byParagraph: Map<number, NamedDate[]>;
	rangesByParagraph: Map<number, Timeline['ranges']>;
	/** Ranges by their first and by their last year. */
	rangesByEnd: Map<number, Timeline['ranges']>;
	/** The distinct years told as years, sorted. */
	years: number[];
	/** The document's dates at each grain, sorted by their units, once per unit. */
	grains: Map<Grain, { units: number[]; dates: PartialDate[] }>;
}

const indexes = new WeakMap<Timeline, TimelineIndex>();

function indexOf(timeline: Timeline): TimelineIndex {
	const cached = indexes.get(timeline);
	if (cached) return cached;
	const byParagraph = new Map<number, NamedDate[]>();
	for (const d of timeline.dates) {
		const list = byParagraph.get(d.paragraph) ?? [];
		list.push(d);
		byParagraph.set(d.paragraph, list);
	}
	const rangesByParagraph = new Map<number, Timeline['ranges']>();
	const rangesByEnd = new Map<number, Timeline['ranges']>();
	const add = <K>(map: Map<K, Timeline['ranges']>, key: K, r: Timeline['ranges'][number]) =>
		map.set(key, [...(map.get(key) ?? []), r]);
	for (const r of timeline.ranges) {
		add(rangesByParagraph, r.paragraph, r);
		add(rangesByEnd, r.first, r);
		if (r.last !== r.first) add(rangesByEnd, r.last, r);
	}
	const years = [
		...new Set(timeline.dates.filter((d) => !d.date.precision).map((d) => d.date.year))
	].sort((a, b) => a - b);
	const index: TimelineIndex = {
		namesBc: timeline.dates.some((d) => d.date.year < 0),
		byParagraph,
		rangesByParagraph,
		rangesByEnd,
		years,
		grains: new Map()
	};
	indexes.set(timeline, index);
	return index;
}

function grainIndex(
	index: TimelineIndex,
	timeline: Timeline,
	grain: Grain
): { units: number[]; dates: PartialDate[] } {
	const cached = index.grains.get(grain);
	if (cached) return cached;
	const byUnit = new Map<number, PartialDate>();
	for (const named of timeline.dates) {
		const d = asGrain(named.date, grain, {});
		if (!d) continue;
		const u = toUnits(d, grain);
		if (!byUnit.has(u)) byUnit.set(u, d);
	}
	const units = [...byUnit.keys()].sort((a, b) => a - b);
	const built = { units, dates: units.map((u) => byUnit.get(u) as PartialDate) };
	index.grains.set(grain, built);
	return built;
}

/** The first position in sorted `values` whose value is at least `value`. */
function lowerBound(values: readonly number[], value: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((values[mid] as number) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** "June 7, 2007", for answers written that way. */
function formatUs(d: PartialDate): string {
	const month = MONTHS[(d.month ?? 1) - 1] as string;
	return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${d.day}, ${d.year}`;
}
