/**
 * Replaces `pattern` (an opener, a lazy middle and a literal closer) only up to the end of the
 * last closer. Past it no opener can close, and the regular expression would try each one by
 * scanning to the end of the text: quadratic in the number of unclosed openers. Before it every
 * opener finds a closer, and the match takes in what was scanned, so the work is linear.
 * @param closerEnd where the last closer ends, or -1 when there is none
 */
export function replaceClosed(
	text: string,
	pattern: RegExp,
	closerEnd: number,
	replacement: string
): string {
	if (closerEnd < 0) return text;
	return text.slice(0, closerEnd).replace(pattern, replacement) + text.slice(closerEnd);
}

/** Where the last match of `closer` (a global pattern of a fixed text) ends; -1 for none. */
export function lastEnd(text: string, closer: RegExp): number {
	let end = -1;
	for (const match of text.matchAll(closer)) end = match.index + match[0].length;
	return end;
}

/** Every line without the spaces and tabs at its end, in one pass. */
export function trimLineEnds(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			let end = line.length;
			while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
			return line.slice(0, end);
		})
		.join('\n');
}
