import type { AnalysedParagraph, Sentence } from '../analyse.ts';
import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import type { Mention } from '../entities.ts';
import { countWords } from '../../text.ts';
import { acceptFor, mentionCandidate } from './entity-prompts.ts';

const SPEECH =
	/\b(said|says|stated|states|claimed|claims|told|warned|explained|explains|added|admitted|argued|insisted|commented|wrote|declared|announced)\b/i;

/** Who said a quote, who held a role, who did an action. */
export const actorGenerator: Generator = {
	kind: 'actor',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			const mentions = (context.mentionsIn[p.index] ?? []).filter((m) => m.type === 'person');
			out.push(...quoteCandidates(context, p, mentions));
			for (const m of mentions) {
				const role = roleCandidate(p, m);
				if (role) out.push(role);
				const action = mentionCandidate(context, p, m, 'actor', 'Who', 2);
				if (action) out.push(action);
			}
		}
		return out;
	}
};

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
		if (countWords(inner) < 5) continue;
		const sentence =
			p.sentences.find((s) => q.start >= s.start && q.start < s.end) ?? p.sentences[0];
		if (!sentence) continue;
		// The speaker is named outside the quote, in the sentence that holds it.
		const windowStart = sentence.start;
		const windowEnd = Math.max(sentence.end, q.end + 60);
		const outside = (start: number, end: number) =>
			!p.quotes.some((x) => start >= x.start && end <= x.end);
		const around = text.slice(windowStart, Math.min(text.length, windowEnd));
		if (!SPEECH.test(around.replace(text.slice(q.start, q.end), ''))) continue;
		let speaker = people
			.filter((m) => m.start >= windowStart && m.end <= windowEnd && outside(m.start, m.end))
			.sort((a, b) => distance(a, q) - distance(b, q))[0];
		let speakerName = speaker?.canonical;
		if (!speaker) {
			const after = text.slice(q.end, q.end + 20);
			const before = text.slice(Math.max(windowStart, q.start - 12), q.start);
			if (
				!/^\W*(he|she) (said|added|stated|warned|explained)/i.test(after) &&
				!/\b(he|she) (said|stated|added)\W*$/i.test(before)
			) {
				continue;
			}
			const earlier = people.filter((m) => m.end <= q.start);
			speaker = earlier[earlier.length - 1];
			speakerName = speaker?.canonical;
			// The person last named in earlier paragraphs also counts ("Fallon ... he said").
			if (!speakerName) {
				for (let k = p.index - 1; k >= 0 && k >= p.index - 2 && !speakerName; k--) {
					const previous = (context.mentionsIn[k] ?? []).filter((m) => m.type === 'person');
					speakerName = previous[previous.length - 1]?.canonical;
				}
			}
		}
		if (!speakerName) continue;
		const quoted = truncateWords(inner, 28);
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
			role: speaker?.role
		});
	}
	return out;
}

function distance(m: Mention, q: { start: number; end: number }): number {
	return m.start >= q.end ? m.start - q.end : q.start - m.end;
}

function truncateWords(text: string, max: number): string {
	const words = text.split(/\s+/);
	if (words.length <= max) return text.replace(/[,;:]$/, '');
	return `${words
		.slice(0, max)
		.join(' ')
		.replace(/[,;:.]$/, '')} …`;
}

/** "Hassan Juma'a, president of the Federation of Oil Employees in Iraq" -> "Who was president of ...?" */
function roleCandidate(p: AnalysedParagraph, m: Mention): Candidate | undefined {
	const text = p.paragraph.text;
	if (!m.role || m.roleStart !== undefined) return undefined;
	if (!/\bof\b/.test(m.role) || countWords(m.role) < 4) return undefined;
	const sentence = p.sentences.find((s) => m.start >= s.start && m.end <= s.end);
	if (!sentence) return undefined;
	const role = m.role.replace(/^(a|an)\s+/i, 'a ');
	return {
		kind: 'actor',
		prompt: `Who ${/^(former|a)\b/.test(role) ? 'is described as' : 'was'} ${role}?`,
		answer: m.canonical,
		accept: acceptFor(m).length ? acceptFor(m) : undefined,
		paragraph: p.index,
		sentence,
		answerStart: m.start,
		answerEnd: Math.min(text.length, m.end),
		score: 3,
		entityType: 'person',
		role: m.role
	};
}
