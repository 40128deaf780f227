import type { AnalysedParagraph } from '../analyse.ts';
import type { Candidate, GenerationContext } from '../candidate.ts';
import type { Mention } from '../entities.ts';
import { inQuoteOrCitation, standaloneSentence, subjectQuestion } from '../prompts.ts';
import type { QuestionKind } from '../types.ts';
import { GROUP_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, ROYAL_TITLES } from '../gazetteer.ts';
import { isAcronymOf } from '../equivalence.ts';
import { fineTypeOf } from '../fine-type-of.ts';
import { KIND_OF_FINE_TYPE, type FineType } from '../fine-types.ts';

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
	if (!sentence || isPieceOfName(text, m.start, m.end, sentence.start, m.fine === 'person')) {
		return undefined;
	}
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
	// "MSPs" is no person's surname to stand for "Constituency MSPs".
	if (m.fine === 'person' && /^[A-Z]{2,}s?$/.test(m.text)) return undefined;
	// Only a person's surname stands for the full name; any other name is asked as written, so
	// the answer fills the blank exactly.
	const answer = modifier || m.fine !== 'person' ? m.text : m.canonical;
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
		...fineTypeOf(m),
		role: m.role
	};
}

/** The kind a mention is asked as, from its fine type; undefined for a name of no known sort. */
export function kindOfMention(m: Mention): QuestionKind | undefined {
	return KIND_OF_FINE_TYPE[fineTypeOf(m).fine];
}

/** How a question about a name of each sort begins when the name is the sentence's subject. */
const WH_OF_FINE_TYPE: Record<FineType, string> = {
	person: 'Who',
	people: 'Who',
	polity: 'Which state',
	organisation: 'Which organisation',
	country: 'Which country',
	settlement: 'Which city',
	region: 'Which region',
	water: 'Which body of water',
	landform: 'Which place',
	structure: 'Which building',
	war: 'Which war',
	battle: 'Which battle',
	document: 'Which document',
	event: 'Which event',
	movement: 'Which movement',
	language: 'Which language',
	work: 'Which work',
	other: ''
};

/** "Which treaty", "Which river", "Who": the question word for a mention, from its head noun. */
export function whFor(m: Mention): string {
	const fine = fineTypeOf(m).fine;
	const head =
		/\b(treaty|act|edict|law|charter|constitution|bill|decree|order|war|battle|siege|river|lake|sea|castle|fort|palace|cathedral|church|university|party|company|dynasty|empire|kingdom|council|revolution|rebellion|revolt|uprising|language)\b/i.exec(
			m.canonical
		)?.[1];
	if (head && fine !== 'person') return `Which ${head.toLowerCase()}`;
	return WH_OF_FINE_TYPE[fine];
}

/** Words that qualify a name and are never a whole answer: "_____ and Eastern Europe" -> "Central". */
const QUALIFIERS =
	/^(central|eastern|western|northern|southern|upper|lower|greater|lesser|new|old|great|little|high|low|inner|outer|north|south|east|west|middle|holy|royal|saint|st\.?)$/i;

/**
 * Whether [start, end) is only part of a name, so a blank there would cut it: letters touch it
 * ("Krasi|ński"), a capitalised word other than the sentence's first stands right before it
 * ("St. John's _____"), or it is a bare qualifier ("Central").
 */
/** A ruler's style up to the blank: "Olaf V of ", "King Olaf of ", "duke Karl of ". */
const RULER_OF = new RegExp(
	`(\\b[IVX]+|\\b(${[...ROYAL_TITLES, 'duke', 'count', 'earl']
		.map((t) => `[${t.charAt(0)}${t.charAt(0).toUpperCase()}]${t.slice(1)}`)
		.join('|')})\\s+\\p{Lu}[\\p{L}'’-]+)\\s+of\\s+$`,
	'u'
);

/** Heads that two names share when joined by "and": "the Stockton and Darlington Railway". */
const JOINT_HEADS =
	/\s(War|Wars|Railway|Railroad|Company|Treaty|Alliance|Revolution|Party|Act|Agreement|Accord|Union|Conference|Canal|Empire)$/;

export function isPieceOfName(
	text: string,
	start: number,
	end: number,
	sentenceStart: number,
	person = true
): boolean {
	if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) {
		return true;
	}
	if (QUALIFIERS.test(text.slice(start, end))) return true;
	// "the Stockton and Darlington Railway": a name joined to another by "and" under one head.
	if (/^\s+(and|&)\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(text.slice(end, end + 60))) return true;
	// "Albrecht of Mainz and _____": the second see of one title.
	if (
		/\bof\s+\p{Lu}[\p{L}'’-]*\s+(and|&)\s+$/u.test(
			text.slice(Math.max(sentenceStart, start - 40), start)
		)
	) {
		return true;
	}
	// "the French and _____" -> "Indian War": a name of two parts under one head.
	if (
		/\p{Lu}[\p{L}'’-]*\s+(and|&)\s+$/u.test(
			text.slice(Math.max(sentenceStart, start - 40), start)
		) &&
		JOINT_HEADS.test(text.slice(start, end))
	) {
		return true;
	}
	// "the _____ Theses", "_____ for Reflection", "National Gallery _____ of Scotland": a
	// capitalised word after the blank, or "of"/"for" and one, continues the name.
	if (
		/^\s+((of|for|de|von|van|del|da|upon|am|sur|sous|bei)\s+)?\p{Lu}/u.test(
			text.slice(end, end + 30)
		) &&
		!/^\s+I\b/.test(text.slice(end, end + 4))
	) {
		return true;
	}
	// "the National Gallery of _____", "the Battle of _____": the end of a name built with "of".
	const ofBefore = /(\p{Lu}[\p{L}'’-]+)\s+of\s+(?:the\s+)?$/u.exec(
		text.slice(Math.max(sentenceStart, start - 40), start)
	);
	if (ofBefore && start - ofBefore[0].length > sentenceStart) return true;
	// "King Olaf V of _____", "Duke Karl of _____": the realm of a ruler's style is part of it.
	if (RULER_OF.test(text.slice(Math.max(sentenceStart, start - 40), start))) return true;
	// "Karl Olden, Jr.", "Karl Olden Sr.": the suffix is part of the name.
	if (/^,?\s+(Jr|Sr|Jnr|Snr)\b/.test(text.slice(end, end + 6))) return true;
	// "the Camden 28", "Apollo 11": a number after the name belongs to it.
	if (/^\s+\d/.test(text.slice(end, end + 3))) return true;
	// "(Polish: ...)": a language named as the label of a translation.
	if (/^\s*:/.test(text.slice(end, end + 3)) && /\(\s*$/.test(text.slice(start - 2, start))) {
		return true;
	}
	const before = /(\S+)\s+$/u.exec(text.slice(Math.max(sentenceStart, start - 30), start));
	const word = before?.[1] ?? '';
	const first = before ? start - before[0].length <= sentenceStart : true;
	// A title stays in front of the blank: "King _____" asks for the king. "Lord Cromer" and
	// "Sir Isaac Newton" are names whole: the peer's or knight's title is a piece of them.
	const lower = word.toLowerCase();
	const title =
		person &&
		!/^(sir|dame|lord|lady|baron|baroness|earl|countess|viscount|duke|duchess|marquess)$/.test(
			lower
		) &&
		(ROLE_NOUNS.has(lower) || ROYAL_TITLES.has(lower));
	return (
		!first && !title && /^\p{Lu}[\p{L}.]*(['’]s)?$/u.test(word) && !/^(I|The|A|An)$/.test(word)
	);
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
		const name = surnameOf(parts);
		if (name !== m.canonical) out.add(name);
	}
	return [...out];
}

/** Particles that belong to the surname after them: "De Morgan", "de Gaulle", "van Gogh". */
const SURNAME_PARTICLES =
	/^(de|du|di|da|del|della|des|le|la|van|von|der|den|ter|ten|bin|ibn|ben|al|el|dos|das)$/i;

/**
 * The part of a name a learner may type alone: the surname with its particles ("De Morgan",
 * not "Morgan"), or the name before an epithet ("Alfred" of "Alfred the Great", never "Great").
 */
function surnameOf(parts: readonly string[]): string {
	const the = parts.findIndex((w, k) => k > 0 && w === 'the');
	if (the > 0) return parts.slice(0, the).join(' ');
	let first = parts.length - 1;
	while (first > 1 && SURNAME_PARTICLES.test(parts[first - 1] as string)) first--;
	return parts.slice(first).join(' ');
}

/** "Tory defence secretary", "Russian president": a title that reads well after "Which". */
function isPlainTitle(title: string): boolean {
	const words = title.toLowerCase().split(/\s+/).filter(Boolean);
	const head = words[words.length - 1] ?? '';
	if (
		!ROLE_NOUNS.has(head) ||
		/^(lt|gen|dr|mr|mrs|ms|sheik|sheikh|sir|lord|lady|dame|saint|st)$/.test(head)
	) {
		return false;
	}
	return words.every(
		(w) =>
			ROLE_NOUNS.has(w) ||
			ROLE_MODIFIERS.has(w) ||
			GROUP_WORDS.has(w) ||
			/^(his|her|their|the)$/.test(w)
	);
}
