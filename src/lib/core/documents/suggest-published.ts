import { MONTHS } from '../months.ts';

const MONTH = `(${MONTHS.join('|')}|sept|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string?, string?] }[] = [
	{ pattern: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)(?!\\d)`), read: (m) => [m[1]!, m[2], m[3]] },
	{
		pattern: new RegExp(
			`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`,
			'i'
		),
		read: (m) => [m[3]!, monthNumber(m[2]!), m[1]]
	},
	{
		pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i'),
		read: (m) => [m[3]!, monthNumber(m[1]!), m[2]]
	},
	{
		pattern: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'i'),
		read: (m) => [m[2]!, monthNumber(m[1]!)]
	}
];

function monthNumber(name: string): string {
	const index = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '')));
	return String(index + 1).padStart(2, '0');
}

function isRealDate(year: string, month?: string, day?: string): boolean {
	if (!month) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (!day) return true;
	const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
	return date.getUTCDate() === Number(day);
}

/**
 * Whether a line dates the document rather than an event in it: it says so ("Published ..."),
 * starts with the date (a dateline), or is too short to be a sentence of the story.
 */
function isDateline(line: string, at: number): boolean {
	return (
		// A dateline is short: "written" in a sentence of the story says nothing of the page.
		(line.length <= 120 && /\b(published|posted|updated|dated?|issued|written)\b/i.test(line)) ||
		/^\W*$/.test(line.slice(0, at)) ||
		line.length <= 48
	);
}

function format([year, month, day]: [string, string?, string?]): string {
	if (!month) return year;
	return day ? `${year}-${month}-${day.padStart(2, '0')}` : `${year}-${month}`;
}

/** A date an HTML page states about itself: article metadata, JSON-LD or a <time> element. */
function fromMarkup(html: string): string | undefined {
	const found =
		/<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|date|dc\.date|pubdate)["'][^>]*content=["'](\d{4}-\d\d-\d\d)/i.exec(
			html
		) ??
		/<meta[^>]+content=["'](\d{4}-\d\d-\d\d)[^>]*(?:property|name|itemprop)=["'](?:article:published_time|datePublished|date)["']/i.exec(
			html
		) ??
		/"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)/.exec(html) ??
		/<time[^>]+datetime=["'](\d{4}-\d\d-\d\d)/i.exec(html);
	return found?.[1];
}

/**
 * Suggests a publication date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') from what a document says about
 * itself: a page's metadata, else the first date written out in full in its opening lines (a
 * dateline or a "Published ..." line). Nothing when the text does not say; it is a suggestion
 * for the person importing, who confirms it.
 */
export function suggestPublished(raw: string): string | undefined {
	const marked = fromMarkup(raw);
	if (marked && isRealDate(...(marked.split('-') as [string, string, string]))) return marked;
	const opening = raw
		.replace(/<[^>]*>/g, '\n')
		.split(/\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.slice(0, 12)
		// "This article is over 6 years old" dates the reading, not the writing.
		.filter((line) => !/\b(old|ago)\b/i.test(line));
	for (const { pattern, read } of PATTERNS) {
		for (const line of opening) {
			const match = pattern.exec(line);
			if (!match || !isDateline(line, match.index)) continue;
			const parts = read(match);
			if (isRealDate(...parts)) return format(parts);
		}
	}
	return undefined;
}
