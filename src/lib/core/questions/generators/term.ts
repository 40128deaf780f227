import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { kindOfMention, mentionCandidate, whFor } from './entity-prompts.ts';

/** Wars, battles, laws, treaties, events, movements, languages and named works. */
export const termGenerator: Generator = {
	kind: 'term',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		const counts = countCanonical(context);
		const firstSeen = new Set<string>();
		for (const p of context.paragraphs) {
			for (const m of context.mentionsIn[p.index] ?? []) {
				if (kindOfMention(m) !== 'term') continue;
				if (/^[A-Z]{1,2}$/.test(m.text)) continue;
				// "the Gandhi–Irwin Pact": half of a joined name is not a name.
				const around = p.paragraph.text.slice(Math.max(0, m.start - 1), m.end + 1);
				if (/^[–-]|[–-]$/.test(around)) continue;
				// A name the document repeats is guessable, except where it is first introduced.
				const frequent = m.text.split(/\s+/).length === 1 && (counts.get(m.canonical) ?? 0) > 4;
				if (frequent && firstSeen.has(m.canonical)) continue;
				firstSeen.add(m.canonical);
				const candidate = mentionCandidate(context, p, m, 'term', whFor(m), 3);
				if (candidate) out.push(candidate);
			}
		}
		return out;
	}
};

export function countCanonical(context: GenerationContext): Map<string, number> {
	const counts = new Map<string, number>();
	for (const m of context.mentions) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
	return counts;
}
