import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { formatDate, resolveDateExpression, type PartialDate } from '../dates.ts';
import {
	inQuoteOrCitation,
	invertClause,
	previousPerson,
	standaloneSentence,
	tokenAt,
	BLANK
} from '../prompts.ts';

const PREPOSITIONS = new Set([
	'in',
	'by',
	'since',
	'until',
	'of',
	'after',
	'before',
	'from',
	'during',
	'on',
	'to'
]);
const YEAR_TOKEN = /^(1[5-9]\d\d|20\d\d)$/;

/** When did X happen: date expressions resolved against the paragraph and the publication date. */
export const dateGenerator: Generator = {
	kind: 'date',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		// A partial date takes the year a reader would give it. In a history written long after
		// its events, that is the year of the last date told to the month ("In December", after
		// "25 March 1911"); in news, the publication year, unless the paragraph before ended on a
		// date told to the month ("6 April" after "ended at Dandi on 5 April" of 1930).
		const historical = isHistorical(context);
		let lastYear: number | undefined;
		let lastDated: PartialDate | undefined;
		let previousLast: PartialDate | undefined;
		for (const p of context.paragraphs) {
			const { tokens } = p;
			const text = p.paragraph.text;
			let carried = historical ? (lastDated?.year ?? lastYear) : undefined;
			if (!historical && previousLast?.month !== undefined) carried = previousLast.year;
			let anchorYear: number | undefined =
				carried !== undefined && (!context.published || carried <= context.published.year)
					? carried
					: undefined;
			let lastHere: PartialDate | undefined;
			// Spans to try: wink's DATE entities, plus bare years after a preposition it missed.
			const spans = p.entities
				.filter((e) => e.type === 'DATE')
				.map((e) => ({ start: e.start, end: e.end }));
			tokens.forEach((t, i) => {
				// "in 2003", and "2010 has witnessed ..." at the start of a sentence.
				const opensSentence =
					p.sentences.some((s) => s.first === i) &&
					(tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB');
				if (
					YEAR_TOKEN.test(t.text) &&
					(PREPOSITIONS.has(tokens[i - 1]?.text.toLowerCase() ?? '') || opensSentence)
				) {
					if (!spans.some((s) => t.start >= s.start && t.end <= s.end)) {
						spans.push({ start: t.start, end: t.end });
					}
				}
			});
			spans.sort((a, b) => a.start - b.start);
			for (const span of spans) {
				const found = resolveDateExpression(
					text.slice(span.start, span.end),
					anchorYear,
					context.published
				);
				if (!found) continue;
				const start = span.start + found.index;
				const end = start + found.text.length;
				const citation = p.citations.some((c) => start >= c.start && end <= c.end);
				if (!citation) lastHere = found.date;
				if (found.complete && !citation) {
					anchorYear = found.date.year;
					lastYear = found.date.year;
					if (found.date.month) lastDated = found.date;
				}
				if (inQuoteOrCitation(p, start, end)) continue;
				const sentence = p.sentences.find((s) => start >= s.start && end <= s.end);
				if (!sentence) continue;
				const first = tokenAt(tokens, start);
				const afterIndex = tokenAt(tokens, end);
				const before = tokens[first - 1];
				const after = tokens[afterIndex];
				// "the 2003 invasion", "the January 2005 elections": the date names a thing, not an event's time.
				if (before && /^(the|a|an|its|their|his|her)$/i.test(before.text)) continue;
				if (
					after &&
					(after.pos === 'NOUN' || after.pos === 'PROPN') &&
					!found.date.month &&
					/^\d/.test(found.text)
				) {
					continue;
				}
				if (after && /^[’']s$/.test(after.text)) continue;
				const answer = found.complete ? found.text : formatDate(found.date);
				const accept = found.complete ? undefined : [found.text];
				const lastMonth = /^last\s/i.test(found.text);
				const prompt =
					whenQuestion(context, p, sentence, first, afterIndex) ??
					standaloneSentence(context, p, sentence, {
						start,
						// "In April of that year": the answer carries the year, so "of that year" goes.
						end: end + (/^\s+of (that|the same) year\b/i.exec(text.slice(end))?.[0].length ?? 0),
						fill: lastMonth ? `in ${BLANK}` : BLANK
					});
				if (!prompt) continue;
				out.push({
					kind: 'date',
					prompt,
					answer,
					accept,
					paragraph: p.index,
					sentence,
					answerStart: start,
					answerEnd: end,
					score: 2 + (found.date.month ? 1 : 0) + (prompt.startsWith('When') ? 1 : 0),
					date: found.date
				});
			}
			previousLast = lastHere;
		}
		return out;
	}
};

/** Whether the document was written well after the latest year it names: a history, not news. */
function isHistorical(context: GenerationContext): boolean {
	if (!context.published) return false;
	let latest = 0;
	for (const p of context.paragraphs) {
		for (const m of p.paragraph.text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)) {
			if (!p.citations.some((c) => (m.index ?? 0) >= c.start && (m.index ?? 0) < c.end)) {
				latest = Math.max(latest, Number(m[1]));
			}
		}
	}
	return latest > 0 && context.published.year - latest >= 5;
}

/** "In September 2003, Paul Bremer announced X." -> "When did Paul Bremer announce X?" */
function whenQuestion(
	context: GenerationContext,
	p: Parameters<typeof invertClause>[0],
	sentence: { first: number; last: number; start: number },
	first: number,
	after: number
): string | undefined {
	const { tokens } = p;
	let k = sentence.first;
	if (/^(in|on|by)$/i.test(tokens[k]?.text ?? '')) k++;
	if (k !== first || tokens[after]?.text !== ',') return undefined;
	if (tokens[sentence.first]?.text.toLowerCase() === 'by') return undefined;
	let end = sentence.last;
	while (end > after + 1 && tokens[end - 1]?.pos === 'PUNCT') end--;
	const body = invertClause(p, after + 1, end, () => previousPerson(context, p, sentence));
	if (!body || !/^did /.test(body) || body.split(/\s+/).length > 30 || /["“”]/.test(body)) {
		return undefined;
	}
	// "When did the laws make salt illegal, and they had to buy ...?": a second clause with its
	// own subject does not belong in a when-question.
	if (/,\s+(and|but)\s+(they|he|she|it|we)\s/i.test(body)) return undefined;
	return `When ${body}?`;
}
