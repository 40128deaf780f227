import type { AnalysedParagraph, Sentence } from '../analyse.ts';
import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import type { Mention } from '../entities.ts';
import { countWords } from '../../text.ts';
import { acceptFor, kindOfMention, mentionCandidate, whFor } from './entity-prompts.ts';
import { inQuoteOrCitation } from '../prompts.ts';
import { ROLE_NOUNS } from '../gazetteer.ts';

const SPEECH =
	/\b(saying|admits|admitted|quote|quoting|said|says|stated|states|claimed|claims|told|warned|explained|explains|added|admitted|argued|insisted|commented|wrote|declared|announced)\b/i;

/** Who said a quote, who held a role, who did an action. */
export const actorGenerator: Generator = {
	kind: 'actor',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			const here = context.mentionsIn[p.index] ?? [];
			const mentions = here.filter((m) => m.type === 'person');
			out.push(...quoteCandidates(context, p, mentions));
			for (const m of here.filter((x) => kindOfMention(x) === 'actor')) {
				const role = m.type === 'person' ? roleCandidate(p, m) : undefined;
				if (role) out.push(role);
				// "the _____ regime", "the _____ administration": guessed from the context, not learnt.
				const regime = /^\s+(regime|government|administration)\b/.test(
					p.paragraph.text.slice(m.end, m.end + 16)
				);
				if (regime) continue;
				const action = mentionCandidate(context, p, m, 'actor', whFor(m), 2);
				if (action) out.push(action);
			}
		}
		return out;
	}
};

/** Words nearly every English sentence of six words or more has one of. */
const ENGLISH_WORDS =
	/\b(the|a|an|of|to|and|in|is|are|was|were|be|it|that|this|we|you|i|he|she|they|not|for|with|will|our|my|your|have|has|on|as|at|by)\b/i;

/**
 * Pairs each quotation with its speaker: a named person next to a speech verb in the same
 * sentence, or "he said" resolved to the person last named. Scare quotes (a few words) and
 * vague speakers ("one parent") give no question.
 */
function quoteCandidates(
	context: GenerationContext,
	p: AnalysedParagraph,
	people: Mention[]
): Candidate[] {
	const out: Candidate[] = [];
	const text = p.paragraph.text;
	for (const q of p.quotes) {
		const inner = text
			.slice(q.start + 1, q.end - 1)
			.replace(/^[“"‘']+|[”"’']+$/g, '')
			.trim();
		if (countWords(inner) < 6) continue;
		// A title in quotes ("Nun bitten wir den Heiligen Geist") or a fragment ("unraveled along
		// with his health") is not something someone said: speech opens on a capital and has a verb.
		if (!/^\p{Lu}/u.test(inner)) continue;
		// A line of a hymn in German is no quotation a student is asked to attribute.
		if (!ENGLISH_WORDS.test(inner)) continue;
		if (
			!p.tokens.some(
				(t) => t.start > q.start && t.end < q.end && (t.pos === 'VERB' || t.pos === 'AUX')
			)
		) {
			continue;
		}
		// A name in quotes ("General Military Council of the Iraqi Revolutionaries") is not speech.
		const words = inner.split(/\s+/);
		if (words.filter((w) => /^[A-Z]/.test(w)).length > words.length / 2) continue;
		const sentence =
			p.sentences.find((s) => q.start >= s.start && q.start < s.end) ?? p.sentences[0];
		if (!sentence) continue;
		// The speaker is named outside the quote, in the sentence that holds it.
		const windowStart = sentence.start;
		const windowEnd = Math.max(sentence.end, q.end + 60);
		const around = text.slice(windowStart, Math.min(text.length, windowEnd));
		if (!SPEECH.test(around.replace(text.slice(q.start, q.end), ''))) continue;
		const found = findSpeaker(context, p, q, sentence, people);
		if (!found) continue;
		const speaker = found.mention;
		const speakerName = found.name;
		if (!speakerName) continue;
		const quoted = wholeSentences(inner, 32);
		if (!quoted) continue;
		// “he and his military will pay a heavy price”: a fragment opening on a pronoun needs its sentence.
		if (/^(he|she|they|it|this|these|his|her|their)\b/.test(quoted)) continue;
		const spanEnd = Math.max(q.end, Math.min(text.length, speaker ? speaker.end : q.end));
		const evidence: Sentence = {
			start: Math.min(sentence.start, q.start),
			end: Math.max(sentence.end, spanEnd),
			first: sentence.first,
			last: sentence.last,
			text: ''
		};
		evidence.text = text.slice(evidence.start, evidence.end);
		const accept = speaker ? acceptFor({ ...speaker, canonical: speakerName }) : [];
		out.push({
			kind: 'actor',
			prompt: `Who said: “${quoted}”?`,
			answer: speakerName,
			accept: accept.length ? accept : undefined,
			paragraph: p.index,
			sentence: evidence,
			answerStart: speaker?.start ?? q.start,
			answerEnd: speaker?.end ?? q.end,
			score: 3.5,
			entityType: 'person',
			fine: 'person',
			confidence: 0.9,
			role: speaker?.role
		});
	}
	return out;
}

/**
 * As many whole sentences of a quotation as fit in `max` words, never a sentence cut off in the
 * middle; undefined when even the first sentence is too long to ask about.
 */
function wholeSentences(text: string, max: number): string | undefined {
	const sentences = text.split(/(?<=[.!?…])\s+(?=[\p{Lu}“"‘])/u);
	let out = '';
	for (const sentence of sentences) {
		const next = out ? `${out} ${sentence}` : sentence;
		if (next.split(/\s+/).length > max) break;
		out = next;
	}
	return out ? out.replace(/[,;:]$/, '') : undefined;
}

/** Offices named without an article: "president of the federation", "bishop of Velden". */
const OFFICES = new Set(
	(
		'president vice-president secretary minister chairman chairwoman chair director head governor ' +
		'ambassador mayor premier chancellor leader commander king queen emperor empress prince ' +
		'princess duke duchess earl bishop archbishop professor dean rector provost speaker'
	).split(' ')
);

/** Nouns for what a person is to others, beside the roles and offices of the gazetteer. */
const PERSON_NOUNS = new Set(
	(
		'son daughter wife husband brother sister father mother widow widower nephew niece cousin ' +
		'uncle aunt grandson granddaughter grandfather grandmother child heir successor predecessor ' +
		'rival ally friend member student pupil disciple follower supporter colleague partner ' +
		'companion mistress consort guardian tutor teacher patron protege protégé servant ' +
		'descendant resident agent assistant claimant pretendant'
	).split(' ')
);

/**
 * Whether an appositive says what a person is: its head noun, before "of", is a role, an office,
 * a relation or an agent noun. "the seat of the party's leader" is a place, not a person.
 */
export function namesAPerson(appositive: string): boolean {
	const before = appositive.split(/\s+of\s+/i)[0] ?? '';
	const head = (/([\p{L}-]+)\s*$/u.exec(before)?.[1] ?? '').toLowerCase();
	const singular = head.replace(/(?<=[a-z]{3})s$/, '');
	return (
		ROLE_NOUNS.has(head) ||
		ROLE_NOUNS.has(singular) ||
		OFFICES.has(head) ||
		PERSON_NOUNS.has(singular) ||
		// Agent nouns: "a leading designer", "the collector"; not "-ment" or "-ant" things.
		/(?:er|or|ist|ian|man|woman|ess)$/.test(singular)
	);
}

/** "Hassan Juma'a, president of the Federation of Oil Employees in Iraq" -> "Who was president of ...?" */
function roleCandidate(p: AnalysedParagraph, m: Mention): Candidate | undefined {
	const text = p.paragraph.text;
	if (!m.appositive) return undefined;
	// "According to the BBC, “Qasem Suleimani, the commander of ...”": the BBC's words, not the
	// author's, so the question says whose they are.
	let attribution = '';
	if (inQuoteOrCitation(p, m.start, m.end)) {
		const sentenceText = p.sentences.find((s) => m.start >= s.start && m.end <= s.end)?.text ?? '';
		const source = /^According to ((?:the )?[A-Z][\w.’' -]{1,40}?), [“"]/.exec(sentenceText);
		if (!source) return undefined;
		attribution = `According to ${source[1]}, `;
	}
	if (!/\bof\b/.test(m.appositive) || countWords(m.appositive) < 4) return undefined;
	const sentence = p.sentences.find((s) => m.start >= s.start && m.end <= s.end);
	if (!sentence) return undefined;
	// "Geary, former Professor of ...": a surname alone is half an answer.
	if (!/\s/.test(m.canonical.trim())) return undefined;
	if (!namesAPerson(m.appositive)) return undefined;
	let role = m.appositive.replace(/^(a|an)\s+/i, 'a ').replace(/^as\s+/i, '');
	// "inventor of the keyed pipes" reads "the inventor of ..."; an office ("president of")
	// needs no article.
	const head = /^[a-z]+/.exec(role)?.[0] ?? '';
	if (head && !/^(a|the|former)$/.test(head) && !OFFICES.has(head)) role = `the ${role}`;
	return {
		kind: 'actor',
		prompt: `${attribution}${attribution ? 'who' : 'Who'} ${/^(former|a)\b/.test(role) ? 'is described as' : 'was'} ${role}?`,
		answer: m.canonical,
		accept: acceptFor(m).length ? acceptFor(m) : undefined,
		paragraph: p.index,
		sentence,
		answerStart: m.start,
		answerEnd: Math.min(text.length, m.end),
		score: 3,
		entityType: 'person',
		fine: 'person',
		confidence: 0.9,
		role: m.role
	};
}

/**
 * The speaker of a quote: the person next to the nearest speech verb outside the quote ("X
 * said", "said X", "X stated:"), or the person last named when the verb has "he" or "she".
 * Reported speech ("are said to be") and unnamed speakers ("one parent") give none.
 */
function findSpeaker(
	context: GenerationContext,
	p: AnalysedParagraph,
	q: { start: number; end: number },
	sentence: Sentence,
	people: Mention[]
): { mention?: Mention; name: string } | undefined {
	const text = p.paragraph.text;
	const outside = (at: number) => !p.quotes.some((x) => at >= x.start && at < x.end);
	const from = Math.min(sentence.start, q.start);
	const to = Math.min(text.length, Math.max(sentence.end, q.end + 80));
	const verbs: { start: number; end: number }[] = [];
	const re = new RegExp(SPEECH.source, 'gi');
	for (let m = re.exec(text.slice(from, to)); m; m = re.exec(text.slice(from, to))) {
		const start = from + m.index;
		if (outside(start)) verbs.push({ start, end: start + m[0].length });
	}
	if (verbs.length === 0) return undefined;
	const gap = (v: { start: number; end: number }) =>
		v.start >= q.end ? v.start - q.end : q.start - v.end;
	verbs.sort((a, b) => gap(a) - gap(b));
	const verb = verbs[0] as { start: number; end: number };
	if (gap(verb) > 120) return undefined;
	const before = text.slice(Math.max(0, verb.start - 12), verb.start);
	if (
		/\b(is|are|was|were|been|be)\s+$/i.test(before) ||
		/^\s+to\s+(be|have)\b/.test(text.slice(verb.end, verb.end + 10))
	) {
		return undefined;
	}
	// The subject just before the verb, or the name just after it ("said Farouk Sadiq").
	const candidates = people.filter((m) => outside(m.start));
	const subject = candidates
		.filter(
			(m) =>
				m.end <= verb.start &&
				// "Sheik X, a leading figure in the ... association, is quoted as saying": an
				// appositive may sit between the speaker and the verb.
				verb.start - m.end <= 110 &&
				!/[“"”.;]/.test(text.slice(m.end, verb.start))
		)
		.sort((a, b) => b.end - a.end)[0];
	const inverted = candidates
		.filter(
			(m) =>
				m.start >= verb.end &&
				m.start - verb.end <= 40 &&
				!/[“"”.;]/.test(text.slice(verb.end, m.start))
		)
		.sort((a, b) => a.start - b.start)[0];
	// Only a speaker named beside the verb: "he said" after a paragraph of several people, or a
	// quotation inside a letter, credits the wrong one too often to be asked.
	const mention = subject ?? inverted;
	return mention ? { mention, name: mention.canonical } : undefined;
}
