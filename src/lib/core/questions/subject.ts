import { compareKey } from '../text.ts';

/** Whether an answer is the document's own subject, guessable from the title alone. */
export function isDocumentSubject(answer: string, title: string): boolean {
	const a = compareKey(answer);
	const t = compareKey(title);
	if (a.length < 3 || t.length < 3) return false;
	if (t === a || t.includes(a) || (a.includes(t) && t.length >= 5)) return true;
	// "Islamists" in an article titled "Islamism": one word's stem.
	const stem = (w: string) => w.replace(/(isms?|ists?|ians?|ics?|s)$/, '');
	const one = answer.trim().split(/\s+/);
	return (
		one.length === 1 &&
		stem(a).length >= 4 &&
		title
			.split(/\s+/)
			.map(compareKey)
			.some((w) => stem(w) === stem(a))
	);
}

/**
 * Whether the title is named after the person or holds the figure: "Andrew Jackson" in a
 * document titled "Jacksonville, Florida", "50" in "Super Bowl 50". Either is given away by it.
 */
export function titleGivesAway(answer: string, title: string): boolean {
	const words = title
		.split(/[\s,]+/)
		.map(compareKey)
		.filter(Boolean);
	if (/^\d[\d,.]*$/.test(answer.trim())) return words.includes(compareKey(answer));
	const last = compareKey(answer.trim().split(/\s+/).pop() ?? '');
	return last.length >= 4 && words.some((w) => w.length > last.length && w.startsWith(last));
}
