import type { Token } from '../analyse.ts';
import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { findDateMentions, timelineOf } from '../date-mentions.ts';
import { formatDate, resolveDateExpression, type PartialDate } from '../dates.ts';
import {
	inQuoteOrCitation,
	invertClause,
	previousPerson,
	standaloneSentence,
	tokenAt,
	BLANK
} from '../prompts.ts';
import { spellingOf, subjectCase } from './why-clause.ts';

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
		const { earlyEra } = timelineOf(context);
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
			let monthHere: PartialDate | undefined;
			for (const mention of findDateMentions(p, earlyEra)) {
				const found = mention.date
					? { index: 0, text: mention.text, date: mention.date, complete: !mention.borrowed }
					: resolveDateExpression(mention.text, anchorYear, context.published);
				if (!found) continue;
				const start = mention.start + found.index;
				const end = start + found.text.length;
				const citation = p.citations.some((c) => start >= c.start && end <= c.end);
				// Only a year can lend itself to a month named later: never a century or a decade.
				const plainYear = !found.date.precision && found.date.year > 0;
				if (!citation && plainYear) lastHere = found.date;
				// "until November 1918 ... controlled by Russia in 1914 ... on 11 November": a bare
				// year earlier than the date the story has reached looks back, and lends no year.
				const lookingBack = !found.date.month && found.date.year < (monthHere?.year ?? 0);
				if (!citation && found.complete && found.date.month) monthHere = found.date;
				if (found.complete && !citation && plainYear && !lookingBack) {
					anchorYear = found.date.year;
					lastYear = found.date.year;
					if (found.date.month) lastDated = found.date;
				}
				// "from 1337 to 1453": asking the end would show the start; "1756–1763" leaves
				// "_____–1763", which reads badly. The start of a range in words is asked.
				if (mention.range && (mention.range.half === 'second' || mention.range.dashed)) continue;
				if (inQuoteOrCitation(p, start, end)) continue;
				const sentence = p.sentences.find((s) => start >= s.start && end <= s.end);
				if (!sentence) continue;
				if (namesAThing(p, start, end, found.date, sentence.first)) continue;
				// "takes place every June", "is held in April": a month that recurs has no year to ask.
				if (
					!found.complete &&
					found.date.month &&
					(/\b(every|each)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, start - 20), start)) ||
						/\b(takes? place|is held|are held|is celebrated|falls|occurs|annual|annually|every year|each year|there is|there are|typically|usually|sits|sit)\b/i.test(
							sentence.text
						))
				) {
					continue;
				}
				// "the house of the Baryczko family (1562)", "(after 1379)": a date in brackets
				// labels what comes before it; the blank would ask nothing a sentence says.
				if (/\([^()]{0,30}$/.test(text.slice(Math.max(0, start - 30), start))) {
					const close = text.indexOf(')', end);
					if (close >= 0 && close - end < 30 && text.slice(start, close).split(/\s+/).length <= 4) {
						continue;
					}
				}
				const first = tokenAt(tokens, start);
				const afterIndex = tokenAt(tokens, end);
				// Centuries, decades and era years are answered in one style ("12th century" for
				// "12th Century", "44 BC" for "44 B.C."), the style their options are written in.
				const styled = found.date.precision !== undefined || found.date.era !== undefined;
				const answer = found.complete && !styled ? found.text : formatDate(found.date);
				const accept = acceptedForms(found.text, answer, found.date);
				const lastMonth = /^last\s/i.test(found.text);
				const prompt =
					whenQuestion(context, p, sentence, first, afterIndex, found.date) ??
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
					...(accept ? { accept } : {}),
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

/**
 * Whether the date at [start, end) is part of a name or describes a thing rather than telling
 * when: "the 2003 invasion", "the 1920 Revolution", "the 1980s music scene", "a 16th century
 * merchant's house", "the Treaty of 1818", "Thatcher's 1987 victory".
 */
export function namesAThing(
	p: { tokens: readonly Token[] },
	start: number,
	end: number,
	date: PartialDate,
	sentenceFirst: number
): boolean {
	const { tokens } = p;
	const first = tokenAt(tokens, start);
	// "mid-1960s" is one token: the date may sit inside the token before `first`.
	const inside = tokens[first - 1] && (tokens[first - 1]?.end ?? 0) > start;
	const own = inside ? first - 1 : first;
	let b = own - 1;
	const coarse = date.precision !== undefined;
	// "the late 9th century", "the early 1990s": a century or decade comes with "the" and a part.
	if (coarse) {
		while (b >= 0 && /^(early|mid|middle|late|mid-)$/i.test(tokens[b]?.text ?? '')) b--;
		if (/^the$/i.test(tokens[b]?.text ?? '')) b--;
	}
	const before = tokens[b];
	if (before && /^(the|a|an|its|their|his|her|this|that)$/i.test(before.text)) return true;
	if (before && /^[’']s$/.test(before.text)) return true;
	// "the Scotland Act 1998", "Vision 2030": a year straight after a name belongs to it.
	if (
		before &&
		!date.month &&
		/^\p{Lu}/u.test(before.text) &&
		(before.pos === 'PROPN' || before.pos === 'NOUN') &&
		!/^(January|February|March|April|May|June|July|August|September|October|November|December|AD|A\.D\.)$/.test(
			before.text
		) &&
		b > sentenceFirst
	) {
		return true;
	}
	// "the Treaty of 1818", "the Revolution of 1848": a year that closes a name.
	if (
		before?.text.toLowerCase() === 'of' &&
		/^\p{Lu}/u.test(tokens[b - 1]?.text ?? '') &&
		b - 1 > sentenceFirst
	) {
		return true;
	}
	const after = tokens[tokenAt(tokens, end)];
	if (after && /^[’']s$/.test(after.text)) return true;
	if (!after || date.month) return false;
	if (after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return true;
	// "the 19th century public portico", "the 1980s music scene"; a year before an adjective
	// is more often the end of its phrase ("in 1916 married").
	if (coarse && after.pos === 'ADJ' && /^\p{Ll}/u.test(after.text)) return true;
	if (after.pos === 'PROPN' || (after.pos === 'NOUN' && /^\p{Lu}/u.test(after.text))) {
		// "In 1066 William invaded ...": a name after a date in an opening phrase starts the clause.
		const opening =
			b <= sentenceFirst + 1 &&
			/^(in|by|until|after|before|from|during|since)$/i.test(tokens[sentenceFirst]?.text ?? '');
		// "…; in 1817 Karl Olden built …": a clause after a semicolon opens as a sentence does.
		const clauseOpening =
			tokens[b - 1]?.text === ';' &&
			/^(in|by|until|after|before|from|during|since)$/i.test(tokens[b]?.text ?? '');
		return !opening && !clauseOpening;
	}
	return false;
}

/**
 * Other ways of writing the answer a typed reply may use: the text's own words when the answer
 * is written otherwise ("June 4" for "4 June 2007"), and "11th century" for "eleventh century".
 */
function acceptedForms(written: string, answer: string, date: PartialDate): string[] | undefined {
	const forms = new Set<string>();
	if (written.toLowerCase() !== answer.toLowerCase()) forms.add(written);
	if (date.precision === 'century' && date.spelled) {
		forms.add(formatDate({ ...date, spelled: false }));
	}
	forms.delete(answer);
	return forms.size ? [...forms] : undefined;
}

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
	after: number,
	date: PartialDate
): string | undefined {
	const { tokens } = p;
	let k = sentence.first;
	if (/^(in|on|by)$/i.test(tokens[k]?.text ?? '')) k++;
	// "In the 11th century, the Normans built ..." -> "When did the Normans build ...?"
	if (date.precision && /^the$/i.test(tokens[k]?.text ?? '')) k++;
	if (k !== first || tokens[after]?.text !== ',') return undefined;
	if (tokens[sentence.first]?.text.toLowerCase() === 'by') return undefined;
	let end = sentence.last;
	while (end > after + 1 && tokens[end - 1]?.pos === 'PUNCT') end--;
	const spelling = spellingOf(context);
	const body = invertClause(
		p,
		after + 1,
		end,
		() => previousPerson(context, p, sentence),
		// A name the model is sure of ("Ampère", though "ampere" is also a unit) keeps its capital.
		(token) => (token.pos === 'PROPN' ? token.text : subjectCase(context, p, token, spelling))
	);
	if (!body || !/^did /.test(body) || body.split(/\s+/).length > 30 || /["“”]/.test(body)) {
		return undefined;
	}
	// "When did the laws make salt illegal, and they had to buy ...?", "When did Israeli forces
	// invade Sinai, and British paratroopers landed ...?": a second clause after ", and" has its
	// own subject and tense; it does not belong in a when-question (the cloze asks it instead).
	if (/,\s+(and|but)\s/i.test(body)) return undefined;
	return `When ${body}?`;
}
