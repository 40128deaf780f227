/**
 * Text folding shared by every kind of answer. Folding is deliberately forgiving about how a
 * reply is typed (case, accents, quote style, spacing) and never about what it says.
 */

// Apostrophes and primes join the letters around them: Shi'ite, Shi’ite and Shiite are one word.
const APOSTROPHES = /['‘’‛ʹʻʼʽ`´′]/g;
// Soft hyphens, zero-width spaces and joiners, byte-order marks: invisible, so never meaningful.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Letters that carry no combining mark to strip, so NFKD leaves them alone.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/**
 * Lower case, no accents, no invisible characters, apostrophes dropped. Punctuation is kept, so
 * the date and number readers can still see '19/08/2010' or '$1.5bn'.
 */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
		.replace(INVISIBLE, '')
		.replace(APOSTROPHES, '');
}

/** Normalised form used for comparisons (case, accents, punctuation, quotes, articles, spaces). */
export function normaliseAnswer(text: string): string {
	const words = foldText(text)
		.replace(/&/g, ' and ')
		// Thousands separators go, so '1,500' and '1500' agree; a decimal point stays.
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
		.replace(/[^\p{L}\p{N}$£€¥%.]+/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// A leading article is style, not content; an answer that is only an article keeps it, and
	// 'A' before another single letter is an initial ('A. P.').
	return words.replace(/^(?:the|an|a) (?=\S\S)/, '');
}

/** The normalised form without spaces: 'F-16' and 'F16', 'Exxon Mobil' and 'ExxonMobil' agree. */
export function compactKey(normalised: string): string {
	return normalised.replace(/ /g, '');
}

/** The numbers in a normalised text, in order: two texts that differ here name different things. */
export function digitRuns(normalised: string): string {
	return (normalised.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
}

/** Normalised words of a text. */
export function words(normalised: string): string[] {
	return normalised === '' ? [] : normalised.split(' ');
}
