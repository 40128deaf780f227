import { compareKey, editDistance } from '../text.ts';

/**
 * Whether two answers say the same thing: the same words under another spelling
 * (Soleimani / Suleimani, Shi'ite / Shiite), a surname for a full name, or "al-Sadr" for "Sadr".
 * A distractor must never pass this test against its answer.
 */
export function areEquivalent(a: string, b: string): boolean {
	const ka = compareKey(a);
	const kb = compareKey(b);
	if (!ka || !kb) return ka === kb;
	if (ka === kb) return true;
	// Names that differ in a number ("Order 39", "Order 49") are different things.
	if (
		(ka.match(/\d+/g) ?? []).join() !== (kb.match(/\d+/g) ?? []).join() &&
		!/[$%£€]/.test(ka + kb)
	) {
		return false;
	}
	// "fifth century" and "sixth century": ordinal and number words differ as numbers do.
	if (numberWords(a) !== numberWords(b)) return false;
	const short = ka.length < kb.length ? ka : kb;
	const long = ka.length < kb.length ? kb : ka;
	if (/^\d/.test(short) || /[$%£€]/.test(short)) return numericKey(a) === numericKey(b);
	if (short.length >= 6 && editDistance(short, long, 2) <= (short.length >= 8 ? 2 : 1)) return true;
	if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
	// "Gaza" and "Gaza Strip", "Law 150" and "Public Law 150": one name inside the other.
	const wordsA = a.toLowerCase().split(/\s+/).map(compareKey).filter(Boolean);
	const wordsB = b.toLowerCase().split(/\s+/).map(compareKey).filter(Boolean);
	const [fewer, more] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
	if (fewer.length >= 1 && fewer.join(' ').length >= 4) {
		const joined = ` ${more.join(' ')} `;
		if (joined.includes(` ${fewer.join(' ')} `) && fewer.length < more.length) return true;
	}
	// "General Military Council for Iraqi Revolutionaries" and "... of the Iraqi Revolutionaries".
	const content = (words: string[]) =>
		words
			.filter((w) => !/^(of|the|for|in|and|a|an)$/.test(w))
			.sort()
			.join(' ');
	if (wordsA.length >= 3 && wordsB.length >= 3 && content(wordsA) === content(wordsB)) return true;
	const wa = nameWords(a);
	const wb = nameWords(b);
	const lastA = wa[wa.length - 1];
	const lastB = wb[wb.length - 1];
	if (lastA && lastB && lastA.length >= 4 && (wa.length === 1 || wb.length === 1)) {
		if (lastA === lastB || editDistance(lastA, lastB, 1) <= (lastA.length >= 7 ? 1 : 0)) {
			return true;
		}
	}
	return false;
}

const NUMBER_WORDS =
	/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\b/gi;

/** The number and ordinal words of a text, in order: what must agree for two answers to. */
function numberWords(text: string): string {
	return (text.toLowerCase().match(NUMBER_WORDS) ?? []).join(' ');
}

function nameWords(text: string): string[] {
	return text
		.split(/\s+/)
		.map((w) => compareKey(w).replace(/^(al|el)(?=[a-z]{3})/, ''))
		.filter((w) => w.length > 0);
}

function numericKey(text: string): string {
	return text
		.replace(/[\s,]/g, '')
		.toLowerCase()
		.replace('percent', '%')
		.replace('percent', '%')
		.replace('billion', 'bn')
		.replace('million', 'm');
}

/** "UN" for "United Nations", "CPA" for "Coalition Provisional Authority". */
export function isAcronymOf(short: string, long: string): boolean {
	const letters = short.replace(/[^A-Za-z]/g, '');
	if (letters.length < 2 || letters.length > 6 || letters !== letters.toUpperCase()) return false;
	const initials = long
		.split(/[\s-]+/)
		.filter((w) => /^[A-Z]/.test(w) && !/^(Of|The|For|In|And)$/.test(w))
		.map((w) => w[0])
		.join('');
	return initials === letters || initials.replace(/^U(?=S)/, '') === letters;
}
