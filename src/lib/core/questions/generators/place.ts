import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { compareKey } from '../../text.ts';
import { mentionCandidate } from './entity-prompts.ts';
import { countCanonical } from './term.ts';

/** Where: named places, except the ones a document is about (guessable in every question). */
export const placeGenerator: Generator = {
	kind: 'place',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		const counts = countCanonical(context);
		const places = [...counts].filter(([name]) =>
			context.mentions.some((m) => m.canonical === name && m.type === 'place')
		);
		places.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		const frequent = new Set(places.slice(0, 2).map(([name]) => name));
		const titleKey = compareKey(context.title);
		for (const p of context.paragraphs) {
			for (const m of context.mentionsIn[p.index] ?? []) {
				if (m.type !== 'place' || frequent.has(m.canonical) || /^(US|UK|USA|U\.S\.)$/.test(m.text))
					continue;
				if (titleKey.includes(compareKey(m.canonical))) continue;
				if (/^(north|south|east|west|gulf|centre|center)$/i.test(m.canonical)) continue;
				// A place named again and again is guessed, not remembered.
				if ((counts.get(m.canonical) ?? 0) > 4) continue;
				const candidate = mentionCandidate(context, p, m, 'place', '', 1.5);
				if (candidate) out.push(candidate);
			}
		}
		return out;
	}
};
