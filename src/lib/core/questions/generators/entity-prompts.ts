import type { AnalysedParagraph } from '../analyse.ts';
import type { Candidate, GenerationContext } from '../candidate.ts';
import type { Mention } from '../entities.ts';
import { inQuoteOrCitation, standaloneSentence, subjectQuestion } from '../prompts.ts';
import type { QuestionKind } from '../types.ts';
import { GROUP_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, ROYAL_TITLES } from '../gazetteer.ts';
import { isAcronymOf } from '../equivalence.ts';

/**
 * A question about a named mention: a wh-question when the mention is the sentence's subject
 * ("Which order ... allowed ...?"), else a cloze with the name blanked.
 */
export function mentionCandidate(
	context: GenerationContext,
	p: AnalysedParagraph,
	m: Mention,
	kind: QuestionKind,
	wh: string,
	score: number
): Candidate | undefined {
	if (inQuoteOrCitation(p, m.start, m.end)) return undefined;
	// Part of a longer name: "Workers’ Union", "Raqqa Is Being Slaughtered Silently", "all-Middle East".
	const text = p.paragraph.text;
	if (/[\p{Lu}][\p{L}]*[’']\s$|[-–]$/u.test(text.slice(Math.max(0, m.start - 12), m.start))) {
		return undefined;
	}
	if (/^([-–]|\s+(Is|Are|Was|Were|Of)\s+\p{Lu})/u.test(text.slice(m.end, m.end + 12))) {
		return undefined;
	}
	const sentence = p.sentences.find((s) => m.start >= s.start && m.end <= s.end);
	if (!sentence) return undefined;
	const leadStart = m.roleStart ?? m.start;
	const lead = p.paragraph.text.slice(sentence.start, leadStart);
	let prompt: string | undefined;
	if (
		wh &&
		/^(\s*(but|and|meanwhile|then|finally|however|now|yet),?)?\s*(his|her|their)?\s*$/i.test(lead)
	) {
		const title =
			m.roleStart !== undefined ? p.paragraph.text.slice(m.roleStart, m.start).trim() : '';
		const whText =
			kind === 'actor' && isPlainTitle(title)
				? `Which ${title.replace(/^(the|a|an|his|her|their)\s+/i, '')}`
				: wh;
		prompt = subjectQuestion(p, sentence, m.end, whText);
		if (prompt) prompt = prompt.charAt(0).toUpperCase() + prompt.slice(1);
	}
	// "the Project for a New American Century (PNAC)": the blank takes the acronym with it.
	const acronym = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(m.end, m.end + 12));
	const blankEnd =
		acronym && isAcronymOf(acronym[1] as string, m.canonical) ? m.end + acronym[0].length : m.end;
	if (/\($/.test(text.slice(m.start - 1, m.start)) && m.text.length <= 6) return undefined;
	prompt ??= standaloneSentence(context, p, sentence, { start: m.start, end: blankEnd });
	if (!prompt) return undefined;
	// "the Assad regime": a surname used as a modifier is asked as written.
	const next = p.tokens.find((t) => t.start >= m.end);
	const modifier =
		next?.pos === 'NOUN' &&
		/^[a-z]/.test(next.text) &&
		!m.text.includes(' ') &&
		kind === 'actor' &&
		!prompt.endsWith('?');
	const answer = modifier ? m.text : m.canonical;
	const accept = acceptFor(m).filter((a) => a !== answer);
	if (modifier && m.canonical !== m.text) accept.push(m.canonical);
	return {
		kind,
		prompt,
		answer,
		accept: accept.length ? accept : undefined,
		paragraph: p.index,
		sentence,
		answerStart: m.start,
		answerEnd: m.end,
		score: score + (prompt.endsWith('?') ? 1 : 0),
		entityType: m.type,
		role: m.role
	};
}

/** Other ways a learner may type the answer: the surname, the form used in this sentence. */
export function acceptFor(m: Mention): string[] {
	const out = new Set<string>();
	if (m.text !== m.canonical) out.add(m.text);
	if (m.type === 'person') {
		// "Queen Victoria" -> "Victoria", "Napoleon III" -> "Napoleon", "Sa'id Pasha" -> "Sa'id".
		const parts = m.canonical.split(/\s+/);
		while (parts.length > 1 && ROYAL_TITLES.has((parts[0] as string).toLowerCase())) parts.shift();
		while (
			parts.length > 1 &&
			/^([IVX]+|Pasha|Bey|Khan|Jr|Sr)\.?$/.test(parts[parts.length - 1] as string)
		) {
			parts.pop();
		}
		const name = parts[parts.length - 1] as string;
		if (name !== m.canonical) out.add(name);
	}
	return [...out];
}

/** "Tory defence secretary", "Russian president": a title that reads well after "Which". */
function isPlainTitle(title: string): boolean {
	const words = title.toLowerCase().split(/\s+/).filter(Boolean);
	const head = words[words.length - 1] ?? '';
	if (!ROLE_NOUNS.has(head) || /^(lt|gen|dr|mr|mrs|ms|sheik|sheikh)$/.test(head)) return false;
	return words.every(
		(w) =>
			ROLE_NOUNS.has(w) ||
			ROLE_MODIFIERS.has(w) ||
			GROUP_WORDS.has(w) ||
			/^(his|her|their|the)$/.test(w)
	);
}
