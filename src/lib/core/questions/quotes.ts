/** A character span [start, end) in a paragraph's text. */
export interface Span {
	start: number;
	end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{—–-]/;

/**
 * Finds quoted passages, quote marks included, in one paragraph. Handles curly and straight
 * quotes, nesting, apostrophes inside words, and the mismatched marks of pasted web text (an
 * opening mark used to close, a curly double closed by a single); an unclosed quote runs to the
 * end of its sentence.
 */
export function findQuotes(text: string): Span[] {
	const spans: Span[] = [];
	const stack: { at: number; double: boolean }[] = [];
	const close = (end: number, double: boolean) => {
		// Close the innermost quote of the same family, dropping any unclosed inner ones.
		for (let k = stack.length - 1; k >= 0; k--) {
			if ((stack[k] as { double: boolean }).double === double || k === 0) {
				const open = stack[k] as { at: number };
				stack.length = k;
				if (stack.length === 0) spans.push({ start: open.at, end });
				return;
			}
		}
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		const prev = i > 0 ? (text[i - 1] as string) : ' ';
		const next = i + 1 < text.length ? (text[i + 1] as string) : ' ';
		const atOpening = OPEN_CONTEXT.test(prev) || i === 0;
		const beforeWord = LETTER.test(next) || /[“"‘'.…[]/.test(next);
		if (c === '“' || c === '„') {
			if (stack.length > 0 && !beforeWord) close(i + 1, true);
			else stack.push({ at: i, double: true });
		} else if (c === '”') {
			if (stack.length > 0) close(i + 1, true);
		} else if (c === '"') {
			if (atOpening && beforeWord) stack.push({ at: i, double: true });
			else if (stack.length > 0) close(i + 1, true);
		} else if (c === '‘') {
			if (atOpening && beforeWord) stack.push({ at: i, double: false });
		} else if (c === '’' || c === "'") {
			if (LETTER.test(prev) && LETTER.test(next)) continue;
			const singleOpen = stack.some((s) => !s.double);
			if (c === "'" && atOpening && beforeWord) stack.push({ at: i, double: false });
			else if (singleOpen && !LETTER.test(next)) close(i + 1, false);
			else if (stack.length > 0 && !LETTER.test(next) && /[.,!?]/.test(prev)) close(i + 1, true);
		}
	}
	if (stack.length > 0) {
		const open = stack[0] as { at: number };
		const rest = text.slice(open.at);
		const stop = /[.!?](?=\s|$)/.exec(rest.slice(1));
		spans.push({ start: open.at, end: stop ? open.at + stop.index + 2 : text.length });
	}
	return spans;
}

/**
 * Parenthetical source citations such as "(RT, 4 April 2020)" or "(March 5, 2014)": they hold
 * dates and names, but they are references, never facts to ask about.
 */
export function findCitations(text: string): Span[] {
	const spans: Span[] = [];
	const re = /\(([^()]{3,200})\)/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const inner = m[1] as string;
		if (
			/\b(1[89]|20)\d\d\b/.test(inner) &&
			/[A-Za-z]/.test(inner) &&
			!/\b(was|were|is|are|had|did)\b/.test(inner)
		) {
			spans.push({ start: m.index, end: m.index + m[0].length });
		}
	}
	return spans;
}

/** Whether [start, end) lies inside any of the spans. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
	return spans.some((s) => start >= s.start && end <= s.end);
}
