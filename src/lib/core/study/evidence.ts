/** A paragraph cut around its evidence span, for highlighting the words that answer a question. */
export interface EvidenceParts {
	before: string;
	evidence: string;
	after: string;
}

/** Splits `text` at the span [start, end), clamped to the text so a stale span cannot throw. */
export function splitEvidence(text: string, start: number, end: number): EvidenceParts {
	const from = Math.max(0, Math.min(start, text.length));
	const to = Math.max(from, Math.min(end, text.length));
	return { before: text.slice(0, from), evidence: text.slice(from, to), after: text.slice(to) };
}

/** A cloze prompt split at its blank ('_____'), so the blank can be drawn and announced. */
export function splitCloze(prompt: string): [string, string] | undefined {
	const match = /_{3,}/.exec(prompt);
	if (!match) return undefined;
	return [prompt.slice(0, match.index), prompt.slice(match.index + match[0].length)];
}
