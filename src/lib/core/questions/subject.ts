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
