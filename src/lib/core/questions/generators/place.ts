import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { compareKey } from '../../text.ts';
import { kindOfMention, mentionCandidate } from './entity-prompts.ts';
import { fineTypeOf } from '../fine-type-of.ts';
import { countCanonical } from './term.ts';

/** Where: named places, except the ones a document is about (guessable in every question). */
export const placeGenerator: Generator = {
	kind: 'place',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		const counts = countCanonical(context);
		const placeNames = new Set(
			context.mentions.filter((m) => kindOfMention(m) === 'place').map((m) => m.canonical)
		);
		const places = [...counts].filter(([name]) => placeNames.has(name));
		places.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		const frequent = new Set(places.slice(0, 2).map(([name]) => name));
		const titleKey = compareKey(context.title);
		for (const p of context.paragraphs) {
			for (const m of context.mentionsIn[p.index] ?? []) {
				if (
					kindOfMention(m) !== 'place' ||
					frequent.has(m.canonical) ||
					/^(US|UK|USA|U\.S\.)$/.test(m.text)
				) {
					continue;
				}
				if (titleKey.includes(compareKey(m.canonical))) continue;
				if (/^(north|south|east|west|gulf|centre|center)$/i.test(m.canonical)) continue;
				// A place named again and again is guessed, not remembered.
				const defined = /\b(city|town|port|province|village) of $/i.test(
					p.paragraph.text.slice(Math.max(0, m.start - 16), m.start)
				);
				if ((counts.get(m.canonical) ?? 0) > 4 && !defined) continue;
				// Rarer places and cities over countries: they are what a reader has to remember.
				const count = counts.get(m.canonical) ?? 0;
				const score = 1.5 + (count === 1 ? 0.5 : 0) + (fineTypeOf(m).fine === 'country' ? 0 : 0.3);
				// "the Washington consensus": a place name used as a modifier names something else.
				const next = /^\s+([a-z]+)/.exec(p.paragraph.text.slice(m.end, m.end + 20))?.[1] ?? '';
				if (
					/^(consensus|model|agreement|accords?|conference|summit|talks|process|declaration|protocol|plan|doctrine)$/.test(
						next
					)
				) {
					continue;
				}
				const candidate = mentionCandidate(context, p, m, 'place', '', score);
				if (candidate) out.push(candidate);
			}
		}
		return out;
	}
};
