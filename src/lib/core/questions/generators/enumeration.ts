import type { Candidate, GenerationContext, Generator } from '../candidate.ts';
import { countWords } from '../../text.ts';
import { hasQuote } from '../prompts.ts';
import { danglingReference } from '../prompt-rules.ts';
import { LAST_HEADS } from '../entity-rules/heads.ts';
import { KIND_OF_FINE_TYPE } from '../fine-types.ts';
import type { QuestionKind } from '../types.ts';

/**
 * What a list the text counts out holds: "There are three major types of rock: igneous,
 * sedimentary and metamorphic." -> "What are the three major types of rock?". Asked as a flip
 * card and answered with the list in the text's words. Only when the text says how many there
 * are and the list after the colon has exactly that many short items, so the card is whole.
 */

const COUNTS: Record<string, number> = {
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};
const COUNT = `(${Object.keys(COUNTS).join('|')}|[2-9]|10)`;
/** The counted things: a short plural noun phrase, no verb, no clause ("major types of rock"). */
const THINGS = String.raw`((?:[\p{L}’'-]+\s+){0,5}?[\p{Ll}’'-]+s(?:\s+(?:of|in|on|at)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?){0,2})`;
/** Words a list item may not hold: a verb or clause makes it a sentence, not a name. */
const CLAUSE = /\b(is|are|was|were|has|have|had|which|who|that|whose|while|when)\b/i;
const MAX_ITEM_WORDS = 6;
/** A list to recall is worth as much as a definition; it has no options to raise its rank. */
const SCORE = 2;

interface Form {
	pattern: RegExp;
	/** The question, from the pattern's groups: count word, things, and the rest. */
	ask: (m: RegExpExecArray) => string | undefined;
}

const FORMS: Form[] = [
	{
		// "There are three major types of rock: ..."
		pattern: new RegExp(String.raw`^There (are|were) ${COUNT} ${THINGS}:\s+(.+?)\.?$`, 'u'),
		ask: (m) => `What ${m[1]} the ${m[2]} ${m[3]}?`
	},
	{
		// "Velden has two botanic gardens: ...", "The parliament had three main tasks: ..."
		pattern: new RegExp(
			String.raw`^((?:The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'.-]*){0,4}) (has|have|had) ${COUNT} ${THINGS}:\s+(.+?)\.?$`,
			'u'
		),
		ask: (m) => {
			const does = { has: 'does', have: 'do', had: 'did' }[m[2] as 'has' | 'have' | 'had'];
			const subject = (m[1] as string).replace(/^The\s/, 'the ');
			return `What ${m[3]} ${m[4]} ${does} ${subject} have?`;
		}
	}
];

export const enumerationGenerator: Generator = {
	kind: 'term',
	generate(context: GenerationContext): Candidate[] {
		const out: Candidate[] = [];
		for (const p of context.paragraphs) {
			for (const sentence of p.sentences) {
				if (hasQuote(p, sentence) || !sentence.text.includes(':')) continue;
				const found = findEnumeration(sentence.text);
				if (!found) continue;
				const start = sentence.start + sentence.text.indexOf(found.list);
				out.push({
					kind: found.kind,
					prompt: found.prompt,
					answer: capitalise(found.list),
					paragraph: p.index,
					sentence,
					answerStart: start,
					answerEnd: start + found.list.length,
					score: SCORE,
					selfGraded: true
				});
			}
		}
		return out;
	}
};

/** The question and the list a sentence counts out, or undefined. */
export function findEnumeration(
	text: string
): { prompt: string; list: string; kind: QuestionKind } | undefined {
	const sentence = text.trim();
	for (const form of FORMS) {
		const m = form.pattern.exec(sentence);
		if (!m) continue;
		const list = (m[m.length - 1] as string).trim().replace(/\.$/, '');
		const countWord = (m[form === FORMS[0] ? 2 : 3] as string).toLowerCase();
		const count = COUNTS[countWord] ?? Number(countWord);
		const items = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter(Boolean);
		if (items.length !== count || /[;:()]/.test(list)) return undefined;
		if (items.some((x) => countWords(x) > MAX_ITEM_WORDS || CLAUSE.test(x))) return undefined;
		const prompt = form.ask(m);
		if (!prompt || danglingReference(prompt, false)) return undefined;
		const things = (m[form === FORMS[0] ? 3 : 4] as string).split(/\s+(?:of|in|on|at)\s+/)[0] ?? '';
		return { prompt, list, kind: kindOfThings(things) };
	}
	return undefined;
}

/** "bus stations" are places; "major types" and "committees" are asked as terms. */
function kindOfThings(things: string): QuestionKind {
	const head = (things.split(/\s+/).pop() ?? '').toLowerCase();
	const singular = head.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
	const fine = LAST_HEADS[singular] ?? LAST_HEADS[head];
	const kind = fine ? KIND_OF_FINE_TYPE[fine] : undefined;
	return kind === 'place' ? 'place' : 'term';
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
