import { lastEnd, replaceClosed } from '../closed-spans.ts';

/**
 * Markdown to the plain text the pipeline reads. Headings stay as `# ` lines (the cleaner keeps
 * them as section context); links keep their words and lose their targets; images, code fences
 * and HTML tags go; emphasis, list and quote markers are dropped.
 *
 * Every step is linear in the text, so a document full of unclosed syntax costs no more than
 * any other: bracketed spans end at the next bracket of either kind, spans with a closer of
 * their own are matched only up to the last closer (see replaceClosed), and fences are paired
 * line by line.
 */
export function markdownToText(markdown: string): string {
	let text = removeFences(markdown.replace(/\r\n?/g, '\n'));
	text = replaceClosed(text, /<!--[\s\S]*?-->/g, lastEnd(text, /-->/g), '');
	text = text
		.replace(/!\[[^[\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
		.replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
		.replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
		.replace(/^[ \t]{0,3}\[[^[\]\n]+\]:[ \t]+\S.*$/gm, '')
		.replace(/<[^<>\n]+>/g, '')
		.replace(
			/^(#{1,6})[ \t]+(.*)$/gm,
			(_, _hashes: string, title: string) => `# ${headingText(title)}`
		)
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, '');
	for (const delimiter of ['**', '__']) {
		const escaped = delimiter.replace(/\*/g, '\\*');
		const strong = new RegExp(`${escaped}(?=\\S)([\\s\\S]*?\\S)${escaped}`, 'g');
		text = replaceClosed(text, strong, lastEnd(text, new RegExp(`(?<=\\S)${escaped}`, 'g')), '$1');
	}
	return text
		.replace(/(?<![\w*])([*_])(?=\S)([^*_\n]*?\S)\1(?![\w*])/g, '$2')
		.replace(/`([^`\n]+)`/g, '$1');
}

/** A heading's words without the closing run of '#' that Markdown allows after them. */
function headingText(title: string): string {
	const words = title.trimEnd();
	let end = words.length;
	while (end > 0 && words[end - 1] === '#') end--;
	// '# C#' keeps its '#': a closing run stands apart from the words.
	if (end === 0 || words[end - 1] === ' ' || words[end - 1] === '\t') {
		return words.slice(0, end).trimEnd();
	}
	return words;
}

/** A line that opens or closes a code fence: its character and the length of its run. */
function fenceRun(line: string): { char: string; length: number } | undefined {
	const char = line[0];
	if (char !== '`' && char !== '~') return undefined;
	let length = 1;
	while (line[length] === char) length++;
	return length >= 3 ? { char, length } : undefined;
}

/**
 * Drops fenced code blocks, each with the line that opens it and the first later line that
 * starts with as long a run of the same character. A fence that never closes is left as text.
 * The longest run still to come is known for every line, so an unclosed fence is found out
 * without scanning the rest of the text again.
 */
function removeFences(text: string): string {
	const lines = text.split('\n');
	const runs = lines.map(fenceRun);
	const longestAfter = {
		'`': new Array<number>(lines.length + 1).fill(0),
		'~': new Array<number>(lines.length + 1).fill(0)
	};
	for (let i = lines.length - 1; i >= 0; i--) {
		for (const char of ['`', '~'] as const) {
			const run = runs[i];
			longestAfter[char][i] = Math.max(
				longestAfter[char][i + 1]!,
				run?.char === char ? run.length : 0
			);
		}
	}
	const kept: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = runs[i];
		if (!open || longestAfter[open.char as '`' | '~'][i + 1]! < open.length) {
			kept.push(lines[i]!);
			continue;
		}
		let close = i + 1;
		while (!(runs[close]?.char === open.char && runs[close]!.length >= open.length)) close++;
		kept.push('');
		i = close;
	}
	return kept.join('\n');
}
