import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { GROUP_WORDS, TERM_WORDS } from '../gazetteer.ts';
import { readNumber, scaledValue } from '../numbers.ts';
import { inQuoteOrCitation, standaloneSentence } from '../prompts.ts';

/** How many, how much: the figure is blanked with its currency and scale, its unit stays. */
export const numberGenerator: Generator = {
	kind: 'number',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			const { tokens } = p;
			const text = p.paragraph.text;
			for (let i = 0; i < tokens.length; i++) {
				const t = tokens[i];
				if (!t || (t.type !== 'number' && t.type !== 'currency')) continue;
				if (
					t.type === 'number' &&
					tokens[i - 1]?.type === 'currency' &&
					tokens[i - 1]?.end === t.start
				) {
					continue;
				}
				const read = readNumber(text, t.start);
				if (!read) continue;
				const n = read.number;
				const money = n.currency !== '';
				const percent = /%|per ?cent/i.test(n.scale);
				// Years are dates, not numbers; figures in names ("Order 39", "4th") are not amounts.
				// "around 1500 Turkish troops" is a number; "in 1500" would be a year.
				const approximate = /^(around|about|some|over|nearly|almost|approximately|roughly)$/i.test(
					tokens[i - 1]?.text ?? ''
				);
				if (
					!money &&
					!percent &&
					!n.scale &&
					/^(1[5-9]\d\d|20\d\d)$/.test(n.text) &&
					!approximate
				) {
					continue;
				}
				if (TERM_WORDS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
				if (/^(st|nd|rd|th|-)/.test(text.slice(read.end, read.end + 2))) continue;
				// "720p", "4K", "B52": a figure run into letters is a format or a model's name.
				if (!read.number.scale && /^\p{L}/u.test(text.slice(read.end, read.end + 1))) continue;
				// "11:40 a.m.", "John 3:16": a piece of a time or a reference is no figure.
				if (/^[:.]\d/.test(text.slice(read.end, read.end + 2))) continue;
				if (/\d[:.]$/.test(text.slice(Math.max(0, read.start - 2), read.start))) continue;
				if (
					/^\s*(a\.?m\.?|p\.?m\.?|o['’]clock)(?![\p{L}])/iu.test(
						text.slice(read.end, read.end + 10)
					)
				) {
					continue;
				}
				// "the 95 Theses", "Apollo 11 landed": a figure joined to a capitalised word is a name.
				if (/^\s\p{Lu}\p{Ll}/u.test(text.slice(read.end, read.end + 3)) && !n.currency) continue;
				if (
					/\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, read.start - 20), read.start)) &&
					!n.currency
				) {
					const word =
						/(\p{Lu}\p{L}*)\s$/u.exec(text.slice(Math.max(0, read.start - 20), read.start))?.[1] ??
						'';
					if (
						!/^(In|By|About|Some|Over|Nearly|Almost|Around|Of|With|To|From|Since|Until|For|At|Approximately|Only|Just|More|Less|Fewer|Roughly|All|The|And|But|On|Between)$/.test(
							word
						)
					) {
						continue;
					}
				}
				if (/[-–/]$/.test(text.slice(Math.max(0, read.start - 1), read.start))) continue;
				// The word after the figure, past a closing quote mark (“500,000” had fled).
				const next = tokens.find((x) => x.start >= read.end && !/^[”"’']$/.test(x.text));
				if (!money && !percent && !n.scale) {
					if (n.value < 10) continue;
					const nextIndex = tokens.indexOf(next as (typeof tokens)[number]);
					const afterNext = tokens[nextIndex + 1];
					// "“500,000” had fled", "of whom 5,000 are from the US": a count as the subject.
					const countSubject =
						!!next &&
						(next.pos === 'AUX' || next.pos === 'VERB') &&
						!/^(is|was|and|or)$/i.test(next.text) &&
						(/[“"]$/.test(text.slice(Math.max(0, read.start - 1), read.start)) ||
							/^(whom|which|them|these|those)$/i.test(tokens[i - 1]?.text ?? ''));
					if (
						!countSubject &&
						(!next ||
							(!['NOUN', 'ADJ', 'PROPN'].includes(next.pos) && !/^(per|of|a)$/i.test(next.text)))
					) {
						continue;
					}
					// "30 MPs", "1500 Turkish troops": a plural acronym, or a nationality before a noun.
					if (
						!countSubject &&
						next?.pos === 'PROPN' &&
						/^[A-Z]/.test(next.text) &&
						!/^[A-Z][a-z]+s$/.test(next.text) &&
						!/^[A-Z]{2,}s$/.test(next.text) &&
						!(GROUP_WORDS.has(next.text.toLowerCase()) && afterNext?.pos === 'NOUN')
					) {
						continue;
					}
				}
				if (inQuoteOrCitation(p, read.start, read.end)) continue;
				// "on 12 May 1949", "June 4": a day of the month belongs to a date.
				const month =
					/^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;
				if (
					!money &&
					!percent &&
					(month.test(next?.text ?? '') || month.test(tokens[i - 1]?.text ?? ''))
				) {
					continue;
				}
				// "$9bn (£5.8bn)": a conversion in brackets restates the figure before it.
				if (text.slice(Math.max(0, read.start - 1), read.start) === '(') continue;
				const sentence = p.sentences.find((s) => read.start >= s.start && read.end <= s.end);
				if (!sentence) continue;
				// "Out of $9bn (£5.8bn)": the conversion goes with the blank, or it gives the answer away.
				const conversion = /^\s*\([$£€]?\d[\d.,]*\s?(bn|m|million|billion|%)?\)/.exec(
					text.slice(read.end, read.end + 24)
				);
				const prompt = standaloneSentence(context, p, sentence, {
					start: read.start,
					end: read.end + (conversion ? conversion[0].length : 0)
				});
				if (!prompt) continue;
				const asked = withoutConversion(prompt);
				if (derivable(scaledValue(n), asked, percent)) continue;
				// "for every _____ females": a round base, not a fact.
				if (/\b(every|per)\s+_____/.test(asked) && [100, 1000].includes(n.value)) continue;
				out.push({
					kind: 'number',
					prompt: asked,
					answer: n.text,
					paragraph: p.index,
					sentence,
					answerStart: read.start,
					answerEnd: read.end,
					score: 2 + (money || percent ? 1 : 0) + (n.value >= 100 ? 0.5 : 0),
					number: n
				});
			}
		}
		return out;
	}
};

/**
 * "_____ pounds (5,560 kg)", "_____ mph (180 km/h)": the same figure in other units, in
 * brackets after the blank, gives the answer away; it goes.
 */
export function withoutConversion(prompt: string): string {
	return prompt.replace(
		/(_____(?:\s+[^\s()]+){0,3}?)\s*\((?:about |approx\.?\s*|c\.\s*|~)?(?:[$£€]?[\d.,⁄½¼¾]+\s*[^()\d]{0,16}){1,3}\)/,
		'$1'
	);
}

/**
 * Whether the answer follows from two other figures of the prompt by a sum, a difference or a
 * ratio ("129 seats ... and 2 ...", "219,000 of 638,000 (_____ percent)").
 */
export function derivable(answer: number, prompt: string, percent: boolean): boolean {
	const figures = (prompt.replace(/_____/g, ' ').match(/\d[\d,]*(?:\.\d+)?/g) ?? [])
		.map((f) => Number(f.replace(/,/g, '')))
		.filter((f) => f > 0);
	const close = (x: number) => Math.abs(x - answer) <= Math.max(0.01 * Math.abs(answer), 0.5);
	// "56.2% were Catholics, _____ Jews, 5% Orthodox and 2.8% Protestants": the rest of 100.
	const shares = (prompt.match(/\d+(?:\.\d+)?(?=\s?(?:%|per ?cent))/g) ?? []).map(Number);
	if (percent && shares.length >= 2 && close(100 - shares.reduce((a, b) => a + b, 0))) return true;
	// "boils at −182.95 °C (_____ K)": a temperature on another scale is the same figure.
	if (temperaturesOf(prompt).some((c) => [c, c + 273.15, (c * 9) / 5 + 32].some(close))) {
		return true;
	}
	// "a thrust of _____ pounds-force, later raised to 7,610,000": a figure within a twentieth of
	// the answer points to the option nearest it.
	if (figures.some((f) => Math.abs(f - answer) <= 0.05 * Math.abs(answer))) return true;
	for (const a of figures) {
		for (const b of figures) {
			if (a === b) continue;
			if (close(a + b) || close(a - b) || (a * b < 1e9 && close(a * b))) return true;
			if (percent && close((a / b) * 100)) return true;
		}
	}
	return false;
}

/** The temperatures a prompt gives, in degrees Celsius: "−182.95 °C", "-297.3 °F", "90.20 K". */
function temperaturesOf(prompt: string): number[] {
	const out: number[] = [];
	for (const m of prompt.matchAll(/([−-]?\d[\d,]*(?:\.\d+)?)\s?(°\s?C|°\s?F|K)\b/g)) {
		const value = Number((m[1] as string).replace(/−/, '-').replace(/,/g, ''));
		const scale = (m[2] as string).replace(/[°\s]/g, '');
		const celsius = { C: value, F: ((value - 32) * 5) / 9, K: value - 273.15 }[scale];
		if (celsius !== undefined) out.push(celsius);
	}
	return out;
}
