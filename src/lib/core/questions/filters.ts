import type { Candidate } from './candidate.ts';
import { compareKey, countWords } from '../text.ts';
import { BLANK } from './prompts.ts';
import { isAcronymOf } from './equivalence.ts';
import { danglingReference } from './prompt-rules.ts';
import {
	GROUP_WORDS,
	ORGANISATION_WORDS,
	PLACE_HEADS,
	TERM_WORDS,
	organisationSort
} from './gazetteer.ts';

/** Heads of names ("Forces", "Strip", "Law") say what a thing is, not which one. */
const GENERIC_NAME_WORDS = new Set([
	...ORGANISATION_WORDS,
	...PLACE_HEADS,
	...TERM_WORDS,
	...GROUP_WORDS,
	'united',
	'national',
	'general',
	'democratic',
	'republic',
	'new',
	'great',
	'north',
	'south',
	'east',
	'west',
	'saint'
]);

/** Why a candidate was dropped, for the generator's own report. */
export type Rejection =
	| 'answer-in-prompt'
	| 'broken-grammar'
	| 'duplicate'
	| 'trivial'
	| 'crowded'
	| 'unresolved-pronoun'
	| 'citation';

/** The first reason a candidate fails on its own, or undefined when it passes. */
export function rejectionOf(c: Candidate): Rejection | undefined {
	const prompt = c.prompt;
	const answerKey = compareKey(c.answer);
	if (answerKey.length < 2) return 'trivial';
	const promptKey = compareKey(prompt.replace(BLANK, ' '));
	if (promptKey.includes(answerKey)) return 'answer-in-prompt';
	// "Islamist political culture ... _____ need elections" -> "Islamists": the same word's stem.
	const stem = answerStem(c.answer);
	const named = c.kind === 'actor' || c.kind === 'place' || c.kind === 'term';
	if (
		named &&
		stem.length >= 5 &&
		new RegExp(`\\b${escape(stem)}`, 'i').test(prompt.replace(BLANK, ' '))
	) {
		return 'answer-in-prompt';
	}
	if (c.kind === 'actor' || c.kind === 'place' || c.kind === 'term') {
		const words = c.answer.split(/\s+/);
		const last = compareKey(words[words.length - 1] ?? '');
		const flat = prompt
			.toLowerCase()
			.replace(/[’']s\b/g, '')
			.replace(/[’']/g, '');
		if (
			last.length >= 4 &&
			!GENERIC_NAME_WORDS.has(last) &&
			new RegExp(`\\b${escape(last)}\\b`).test(flat)
		) {
			return 'answer-in-prompt';
		}
		// "Gaza" in a prompt asking for "Gaza Strip": any distinctive word of the name, written as a name.
		for (const word of c.kind === 'actor' ? [] : words) {
			const key = word.replace(/[’']s$/, '');
			if (key.length < 4 || !/^\p{Lu}/u.test(key) || GENERIC_NAME_WORDS.has(key.toLowerCase())) {
				continue;
			}
			if (new RegExp(`(^|[^\\p{L}])${escape(key)}([’']s)?(?![\\p{L}])`, 'u').test(prompt)) {
				return 'answer-in-prompt';
			}
		}
	}
	// "the Popular Mobilisation Forces (_____)": an acronym next to its expansion gives itself away.
	const phrases =
		prompt.match(
			/[A-Z][\w’'-]*(?:\s+(?:of|for|the|in|and|a|an)?(?:\s+(?:a|an|the))?\s*[A-Z][\w’'-]*)+/g
		) ?? [];
	const acronyms = prompt.match(/\b[A-Z]{2,6}\b/g) ?? [];
	if (
		// Any tail of a phrase: "Kurdish-led Syrian Democratic Forces" holds "SDF".
		phrases.some((ph) => {
			const words = ph.split(/\s+/);
			return words.some((_, k) => isAcronymOf(c.answer, words.slice(k).join(' ')));
		}) ||
		acronyms.some((ac) => isAcronymOf(ac, c.answer))
	) {
		return 'answer-in-prompt';
	}
	// "In case he ever changes his mind, _____ gave him ...": who "he" is cannot be told.
	if (danglingReference(prompt, c.kind === 'actor')) return 'unresolved-pronoun';
	// "According to the _____, ...", "Even the _____ admits that, “...”": the source of a claim is
	// a citation, not a fact of the story.
	if (
		c.kind === 'term' &&
		(/according to (the )?_____/i.test(prompt) ||
			(organisationSort(c.answer) === 'media' &&
				new RegExp(
					`${BLANK}\\s+(admits|admitted|says|said|reported|reports|claimed|claims|called|wrote|writes|notes|noted)\\b`
				).test(prompt)))
	) {
		return 'citation';
	}
	// A quotation opened and never closed: the sentence ends inside someone's words.
	const opened = (prompt.match(/“/g) ?? []).length;
	const closed = (prompt.match(/”/g) ?? []).length;
	const straight = (prompt.match(/"/g) ?? []).length;
	if (opened > closed || (straight % 2 === 1 && opened === closed)) return 'broken-grammar';
	// "with 374 companies listed as of _____": the date a figure was counted is not worth asking.
	if (c.kind === 'date' && /\b(as of|as at|as at the end of)\s+_____/i.test(prompt)) {
		return 'trivial';
	}
	// "... his ideas in _____ (Vol.": a sentence cut inside brackets.
	if ((prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length) {
		return 'broken-grammar';
	}
	const blanks = prompt.split(BLANK).length - 1;
	const question = prompt.endsWith('?');
	if (
		blanks > 1 ||
		(blanks === 0 && !question) ||
		(blanks === 1 && question && !prompt.startsWith('Who said'))
	) {
		return 'broken-grammar';
	}
	if (!/^[\p{Lu}“"‘'\d_$£€]/u.test(prompt)) return 'broken-grammar';
	if (
		/\s[,.;:?]/.test(prompt) ||
		/\b([a-z]+) \1\b/.test(prompt.replace(/\b(that|had) \1\b/gi, ''))
	) {
		return 'broken-grammar';
	}
	if (countWords(prompt) < 4) return 'broken-grammar';
	if (c.kind !== 'cause' && !c.selfGraded && countWords(c.answer) > 8) return 'trivial';
	return undefined;
}

/** A one-word answer without its plural or adjective ending: "Islamists" -> "islamist". */
function answerStem(answer: string): string {
	if (/\s/.test(answer.trim())) return '';
	return answer.toLowerCase().replace(/(ies|es|s|an|ans|ic|ism|ist|ists)$/, '');
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
