/**
 * Rules a prompt must pass to stand alone for a student who studied the document, each a small
 * named function over the finished prompt text so that one can be changed and tested alone.
 */

import { GROUP_WORDS } from './gazetteer.ts';
import { placeOfTitle } from './scope.ts';
import { lookupDemonym, lookupPlace } from './world.ts';

const BLANK_TEXT = '_____';

/** Reference marks and empty brackets that web text leaves behind: "[12]", "[citation needed]", "()". */
export function stripReferenceMarks(text: string): string {
	return text
		.replace(
			/\[(?:\d+|[a-z]|note \d+|citation needed|clarification needed|when\?|who\?|by whom\?|according to whom\?|dubious[^\]]*|better source needed|page needed|verification needed|not in citation given|original research\??|update)\]/gi,
			''
		)
		.replace(/\(\s*[,;:]?\s*\)/g, '')
		.replace(/\s+([.,;:!?])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/**
 * Connectives that point to the sentence before: "However,", "To that end,", "Then", "In
 * contrast,". Dropping them leaves a sentence that says the same on its own.
 */
const LEADING_CONNECTIVE = new RegExp(
	'^(?:' +
		[
			'but',
			'and',
			'yet',
			'so',
			'or',
			'however',
			'thus',
			'hence',
			'indeed',
			'also',
			'still',
			'then',
			'meanwhile',
			'moreover',
			'furthermore',
			'nevertheless',
			'nonetheless',
			'therefore',
			'consequently',
			'accordingly',
			'instead',
			'likewise',
			'similarly',
			'besides',
			'additionally',
			'in addition',
			'in contrast',
			'by contrast',
			'on the other hand',
			'as a result',
			'as such',
			'to that end',
			'to this end',
			'in turn',
			'in fact',
			'of course',
			'at the same time',
			'for this reason',
			'for that reason',
			'even so',
			'after all',
			'in any case',
			'above all',
			'most notably',
			'further',
			'for example',
			'for instance',
			'notably',
			'in particular',
			'most importantly',
			'above this',
			'as a consequence',
			'in consequence'
		].join('|') +
		')(?:,\\s*|\\s+(?=[a-z\\p{Lu}_“"‘\\d]))',
	'iu'
);

/**
 * "First, the theologian ...", "Later, the mill ...": an order word is a connective only with its
 * comma ("First Lady", "Later kings").
 */
const LEADING_ORDER =
	/^(?:note that|example:|for example:|e\.g\.|first|firstly|secondly|thirdly|finally|lastly|in the end|later|afterwards|subsequently|eventually|ultimately|in response|in reply|in return|in the meantime|externally|internally|domestically|conversely|alternatively|incidentally|interestingly|ironically|crucially|importantly|significantly|(?:a few |several |some )?(?:days|weeks|months|years) later)(?:,\s*|(?<=that|:|e\.g\.)\s+)/i;

/** ", however," and the like inside a sentence point to the sentence before as well. */
export function dropInnerConnectives(text: string): string {
	return (
		text
			.replace(
				/,\s*(however|therefore|though|too|in turn|moreover|nevertheless|nonetheless|meanwhile|instead|also|in fact|consequently|thus),(?=\s)/gi,
				''
			)
			// "Who then worked with …": "then" after the subject points to the sentence before.
			.replace(/^(Who|What|_____)\s+(then|also|thus|therefore|meanwhile|subsequently)\s+/, '$1 ')
			// "The Ruritanians nonetheless executed …", "Farmers therefore shipped …", "Velt later
			// defeated …": an adverb before the verb that ties the sentence to the one before.
			.replace(ADVERB_BEFORE_VERB, (whole, before: string) =>
				TIME_SPAN_END.test(before) || before.endsWith(',') ? whole : `${before} `
			)
	);
}

/** A linking adverb between a subject and its verb (a past form or an auxiliary). */
const ADVERB_BEFORE_VERB =
	/(\S+)\s+(?:later|then|subsequently|eventually|afterwards|therefore|nonetheless|nevertheless|consequently|accordingly|thus)\s+(?=(?:(?:often|usually|also|again|still|quickly|soon|first|briefly|finally)\s+)?(?:[a-z]+ed|was|were|had|has|have|became|began|built|brought|bought|fought|found|gave|went|led|left|lost|made|met|paid|ran|rose|said|sent|sold|spent|stood|took|told|won|wrote|came|chose|drew|drove|fell|flew|grew|held|kept|knew|saw|spoke|swore|taught|threw|would|could|did|oversaw|overthrew|withdrew|sought|split|spread)\b)/g;
/**
 * "two years later", "soon after": a span counted from something else, not a linking adverb;
 * ", then turned": a second verb of the same subject, which needs its "then".
 */
const TIME_SPAN_END =
	/^(years|months|weeks|days|decades|centuries|hours|shortly|soon|much|little|long|and|but)$/i;

/** How an article about a place of each sort calls its subject. */
const SUBJECT_KIND: Partial<Record<string, string>> = {
	settlement: 'city',
	country: '(?:country|nation)',
	region: 'state'
};

/**
 * "registered in the city" in an article titled "Warsaw": the city, country or state a place's
 * own article keeps calling by its kind is named, so the prompt stands alone.
 */
export function nameTheSubject(text: string, title: string): string {
	const name = placeOfTitle(title);
	const place = name && lookupPlace(name);
	if (!name || !place) return text;
	const kind = SUBJECT_KIND[place.sort];
	if (!kind) return text;
	const pattern = new RegExp(`\\b[Tt]he ${kind}(?!\\s+of\\b)(['’]s)?\\b`, 'g');
	return text.replace(pattern, (_, possessive?: string) => `${name}${possessive ?? ''}`);
}

/** The prompt without a leading connective, its first letter capitalised. */
export function dropLeadingConnective(text: string): string {
	let out = text;
	for (let k = 0; k < 3; k++) {
		const next = out.replace(LEADING_CONNECTIVE, '').replace(LEADING_ORDER, '');
		if (next === out) break;
		out = next;
	}
	return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * "the city government", "the Ruritanian city": a place the sentence before named, which the
 * prompt does not name beside it. `blankIsPlace`: the blank may be that place (not a date or a
 * figure). Read after the document's own place has been put in for "the city".
 */
export function unnamedPlace(prompt: string, blankIsPlace: boolean): boolean {
	const text = prompt.replace(/[“"][^”"]*[”"]/g, '“”');
	const place =
		/\bthe (?:\p{Lu}\p{Ll}+ )?(city|town|country|nation|capital|island|region|village)\b(?!\s+of\b|,?\s+\p{Lu})/u.exec(
			text
		);
	return (
		!!place && !namesAPlaceBeside(text, place.index, place.index + place[0].length, blankIsPlace)
	);
}

/**
 * Whether a prompt names something, outside [from, to), that "the city" could stand for: a word
 * with a capital other than the prompt's first and its frame, or the blank when it may be a place.
 */
function namesAPlaceBeside(text: string, from: number, to: number, blankIsPlace: boolean): boolean {
	const rest = `${text.slice(0, from)} ${text.slice(to)}`
		.replace(/^According to [^,]+,\s*/, '')
		.replace(BLANK_TEXT, blankIsPlace ? 'Blank' : ' ');
	return rest
		.split(/\s+/)
		.slice(1)
		.some((w) => /^[“"(]?\p{Lu}\p{Ll}/u.test(w) && !MONTH_OR_DAY.test(w.replace(/[^\p{L}]/gu, '')));
}

/** Why a prompt points outside itself, or undefined when it stands alone. */
export type DanglingReference =
	| 'pronoun'
	| 'demonstrative'
	| 'there'
	| 'that-time'
	| 'former-latter'
	| 'such'
	| 'definite'
	| 'also';

const MONTH_OR_DAY =
	/^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised only because they open a sentence: never the name a pronoun stands for. */
const OPENERS = new Set(
	'the a an in on at by for of and but or if so as to from with this that these those it its he she they we you his her their our there here when where while after before since although though however meanwhile today now then yet still even also only during under over between among about against according some many most several few both each every no one two three four five six seven eight nine ten what which who how why almost nearly just early late more other another such all any either neither not much little instead thus therefore upon within without through throughout across along around near towards toward despite because unlike like following whilst whereas once having being although unless whether nor'.split(
		' '
	)
);

/**
 * Whether the text before a pronoun names someone or something it can stand for; for a person
 * (`person`), a name without "the" in front: "the Senate gave him" does not say who he is.
 */
export function namesSomethingBefore(before: string, person = false): boolean {
	if (before.includes(BLANK_TEXT)) return true;
	const words = before.split(/\s+/).filter(Boolean);
	return words.some((w, k) => {
		const word = w.replace(/^[“"‘(]+|[,.;:”"’)]+$/g, '');
		if (!/^\p{Lu}[\p{L}’'-]+/u.test(word) || MONTH_OR_DAY.test(word) || word === 'I') return false;
		// "the Senate gave him", "the Jews of Saxony, he ...": an institution or a place.
		// "two of Ada Norby's uncles ... help him": a possessor is a person whatever comes before.
		const possessive = /['’]s$/.test(word);
		if (person && !possessive && /^(the|of|in|at|from|to|into|near)$/i.test(words[k - 1] ?? '')) {
			return false;
		}
		// "the Jews", "German", "Wittenberg": a people or a place is not who "he" is.
		const lowerWord = word.toLowerCase();
		if (person && (GROUP_WORDS.has(lowerWord) || lookupDemonym(word) || lookupPlace(word))) {
			return false;
		}
		if (/^(BC|AD|BCE|CE)$/.test(word)) return false;
		// "Victims of their campaign": a plural noun opening the sentence is not a name.
		if (k === 0 && /\p{Ll}[^su']s$/u.test(word)) return false;
		// "Operating since 1793, its theatre": an opening participle is not a name either.
		if (k === 0 && /\p{Ll}(ing|ed)$/u.test(word)) return false;
		// The first word is capitalised anyway: it is a name unless it is an ordinary opener.
		return k > 0 || !OPENERS.has(word.toLowerCase());
	});
}

/** The text before a pronoun when it is only an opening preposition: "At ", "In ". */
const OPENING_PREPOSITION = /^(At|In|During|Throughout|For|By|Under|After|Before|Within|On)\s+$/;

/**
 * The first reference in a prompt that needs a sentence it does not give: "he", "these
 * reforms", "there", "that year", "the latter", "such a campaign". Quoted speech is left alone:
 * a quotation is asked with its speaker.
 */
export function danglingReference(
	prompt: string,
	blankIsPerson = true
): DanglingReference | undefined {
	const text = prompt.replace(/[“"][^”"]*[”"]/g, '“”');
	if (/\b(the latter|the former)\b/i.test(text)) return 'former-latter';
	// "the decision was made to also cancel ...", "also worked with ...": more of something before.
	if (/\balso\b(?!\s+(known|called|named|spelled|spelt|referred))/i.test(text)) return 'also';
	if (/\bsuch (a|an)\b|^such\b/i.test(text)) return 'such';
	// "Another famous event", "A further 6,000", "Even older rocks", "_____, for example, showed":
	// one more of something, or an example of something, the sentence before spoke of.
	if (
		/^another\b|(?<!\bone )\banother\b(?!\s+(at|in|on|of|for|by|near|from|with)\b|\s*[,.;])|^(a )?further\b|\bfor example\b|\bfor instance\b|\beven (older|earlier|later|larger|smaller|greater|higher|lower|more|less|fewer|bigger|longer)\b/i.test(
			text
		)
	) {
		return 'also';
	}
	// "Elsewhere, notably in the _____": somewhere other than a place the text just named.
	if (/\belsewhere\b/i.test(text)) return 'there';
	if (
		/\b(that|the same|the following|the previous|the next|the preceding) (year|month|decade|century|day|season|spring|summer|autumn|winter)\b/i.test(
			text
		) ||
		/\b(at that time|at the time|by then|by that time|since then|until then|that day|later that year|the next day|soon after|shortly after|shortly afterwards)\b/i.test(
			text
		) ||
		/\b(\w+|a few|several) (years|months|weeks|days) (later|earlier|afterwards)\b/i.test(text) ||
		// "last year", "in the ensuing decades", "on the next play": counted from a time or an
		// event the sentence before told of.
		/(?<!\bthe )\blast (year|month|week|season)\b/i.test(text) ||
		/\bthe (ensuing|subsequent|intervening|following) (years|decades|months|weeks|days|centuries)\b/i.test(
			text
		) ||
		/\bthe (next|following|previous) (play|game|match|round|race|session|meeting|election)\b/i.test(
			text
		) ||
		// "visited the area later in 1804": later than something the sentence before told.
		/\b(later|earlier) in\b/i.test(text) ||
		// "the then mayor": at a time the card does not give.
		(/\bthe then\b/i.test(text) && !/\b(1[0-9]{3}|20[0-9]{2})\b/.test(text))
	) {
		return 'that-time';
	}
	// "Only seven other teams …", "Two other receivers …": others than ones the sentence before
	// named; "beat nine other contenders" names the one it compares.
	if (
		/(^|\bonly )(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few) other [a-z]+s\b/i.test(
			text
		)
	) {
		return 'also';
	}
	// "there" as a place, not "there was/is/were/are/had been".
	const there =
		/\bthere\b(?!\s+(is|was|are|were|had|has|have|will|would|could|might|may|must|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|followed|came|arose|being|been|be)\b)/i.exec(
			text
		);
	// "born in Newcastle in 1709 and died there": a place named before it is what it means.
	if (there && !/\b(in|at|to|from|near|into)\s+(the\s+)?\p{Lu}/u.test(text.slice(0, there.index))) {
		return 'there';
	}
	// "these reforms", "this period": a determiner pointing back. Time words are fine ("this year"
	// is the document's own time only in news, and is caught above when it points back).
	const demonstrative = /\b(this|these|those)\s+(?!(is|was|are|were|has|had|have)\b)([a-z]+)/i.exec(
		text
	);
	if (demonstrative) return 'demonstrative';
	// "For this, he was …": a demonstrative standing alone for what the sentence before said.
	if (/\b(this|these|those)\s*[,.;:]/i.test(text)) return 'demonstrative';
	// "the rise of that model": after a preposition, "that" is a determiner pointing back.
	if (
		/\b(in|of|on|for|with|by|from|under|to|at|about|into|against)\s+that\s+(?!(it|its|they|he|she|we|the|a|an|this|there|is|was|of)\b)[a-z]+/i.test(
			text
		)
	) {
		return 'demonstrative';
	}
	if (/^(this|these|those|that)\b(?!\s+(year|century))/i.test(text)) return 'demonstrative';
	// "The building was restored", "The second, AS-202, flew": a subject that is a bare common
	// noun with "the" names something the sentence before introduced.
	if (
		/^The\s+(?:[a-z0-9-]+\s+)?[a-z-]+(?:,|\s+(?:is|was|were|are|has|had|have|did|does|will|would|could|can|[a-z]+ed)\b)/.test(
			text
		)
	) {
		return 'definite';
	}
	// "One engine was still operating", "Early versions were in use": one or some of a thing
	// the sentence before named, with nothing in the sentence to say which.
	if (
		/^(One|Early|Earlier|Later|Some|Many|Most|Several|Both|Few|Other|Older|Newer) [a-z-]+ (is|was|were|are|had|have|has|did|could|would|remained|became|[a-z]+ed)\b/.test(
			text
		)
	) {
		return 'definite';
	}
	// "sought to put the two together": the two things the sentence before named.
	if (
		/\bthe (two|three|four)(?=\s*([.,;]|$|\s+(together|of them|were|are|was|had|have)\b))/i.test(
			text
		)
	) {
		return 'definite';
	}
	// "the arrested persons", "the released energy", "the couple", "the two companies": people or
	// things the sentence before introduced.
	if (
		/\bthe (arrested|accused|released|remaining|resulting|surviving|captured|wounded|injured|affected|damaged|destroyed|aforementioned) [a-z]+/.test(
			text
		) ||
		/\bthe (couple|pair|duo|trio)\b(?! of\b)/i.test(text) ||
		// "demanding that both sides withdraw": the two the sentence before named.
		/\bboth (sides|parties|armies|camps|factions)\b(?! of\b)/i.test(text) ||
		/\bthe (two|three|four|five) [a-z]+s\b(?! of\b)/.test(text)
	) {
		return 'definite';
	}
	// "the new building", "the same ship": a thing the sentence before introduced, unless the
	// sentence itself names it first ("the proposed constitution ... the new constitution"); "the
	// New Testament" is a name.
	const again = /\b[Tt]he (new|same|said|aforementioned|above) ([a-z]+)/.exec(text);
	if (again && !new RegExp(`\\b${again[2]}\\b`).test(text.slice(0, again.index))) {
		return 'definite';
	}
	// A pronoun subject at the start, or any personal pronoun with nobody named before it.
	// "It is likely that", "It was decided to": a dummy subject; "It is home to" is not one.
	const dummyIt =
		/^it (\w+ )?(is|was|seems|seemed|appears|appeared|became|becomes) (\w+ )?(likely|unlikely|possible|impossible|said|believed|estimated|thought|known|clear|unclear|important|necessary|difficult|easy|reported|argued|claimed|expected|hoped|decided|agreed|true|probable|evident|doubtful|common|rare|usual) (to|that)\b/i;
	if (
		/^(it|its|they|them|their|he|she|him|his|her|we|our|i)\b/i.test(text) &&
		!dummyIt.test(text)
	) {
		return 'pronoun';
	}
	// "Finally it spread to ...", "Together in 1887 they formed ...": an opening word that continues
	// a story, then a pronoun for whoever the story was about.
	if (
		/^(Finally|Then|Later|Eventually|Soon|Thereafter|Afterwards|Subsequently|Meanwhile|Again|Still|Together|Next)\b[^,.]{0,40}?\b(it|they|he|she|we|them|him|her)\b/.test(
			text
		)
	) {
		return 'pronoun';
	}
	// "Furnished with notes by its translator, it spread ...": the subject after an opening phrase is
	// what the sentence before spoke of; a name inside the phrase is seldom it.
	if (
		/^(\p{Lu}\p{Ll}+(ed|ing|en)|With|After|Before|Despite|Although|Though|While|Unlike|Like)\b[^,]*,[’”"']?\s+(it|its|they|their|he|his|she|her)\s/u.test(
			text
		)
	) {
		return 'pronoun';
	}
	// "At its heart was the City", "In their midst stood a tower": the subject comes after the
	// verb, so the possessive belongs to something the sentence before named.
	if (
		/^(At|In|On|Near|Beside|Around)\s+(its|his|her|their)\s+[a-z]+\s+(was|were|is|are|lay|lies|stood|stands|sat|sits)\b/.test(
			text
		)
	) {
		return 'pronoun';
	}
	for (const m of text.matchAll(/\b(he|she|him|his|her|they|them|their|it|its)\b/gi)) {
		const before = text.slice(0, m.index);
		// "At its peak, the airlift ...", "In her long career Ada Norby won": a possessive in the
		// opening phrase stands for the subject named right after it.
		if (/^(his|her|its|their)$/i.test(m[1] as string) && OPENING_PREPOSITION.test(before)) {
			const after = text
				.slice((m.index ?? 0) + m[0].length)
				.split(/\s+/)
				.slice(0, 10)
				.join(' ');
			if (
				namesSomethingBefore(after.replace(/^[^,]*,/, ' x ').replace(BLANK_TEXT, ' ')) ||
				/,\s+the\s+[a-z]/i.test(after)
			) {
				continue;
			}
		}
		if (/^(its)$/i.test(m[1] as string)) {
			// "one of its earliest ...", "founded as a club, its theatre ...": "its" needs a name or
			// "the" and a noun before it to belong to.
			if (!namesSomethingBefore(before) && !/\bthe\s+[a-z]/i.test(before)) return 'pronoun';
			continue;
		}
		if (/^it$/i.test(m[1] as string)) {
			// "From 2000 to 2007 it killed ...": "it" needs a name before it to stand for, unless it
			// is a dummy subject ("it was decided that").
			if (!dummyIt.test(text.slice(m.index)) && !namesSomethingBefore(before)) return 'pronoun';
			continue;
		}
		if (/^(they|them|their)$/i.test(m[1] as string)) {
			// A plural noun or a name before it can be what "they" means.
			if (!/\b[a-z]{3,}s\b/.test(before) && !namesSomethingBefore(before)) return 'pronoun';
			continue;
		}
		// "in the case of _____ he bombed": a blank that asks for a place is not who "he" is.
		const named = blankIsPerson ? before : before.replace(BLANK_TEXT, ' ');
		if (!namesSomethingBefore(named, true)) return 'pronoun';
	}
	return undefined;
}

const MONTH_NAMES =
	'January|February|March|April|May|June|July|August|September|October|November|December';
/** "on 2 September", "in January", "from 15 to 20 April", "On October 19": a date with no year. */
const BARE_DATE = new RegExp(
	`\\b((?:[Oo]n|[Ii]n|[Ff]rom|[Bb]y|[Uu]ntil) (?:the (?:morning|night|evening|afternoon) of )?(?:\\d{1,2} (?:to|and|–) )?(?:\\d{1,2} (?:${MONTH_NAMES})|(?:${MONTH_NAMES})(?: \\d{1,2})?))\\b(?!,? \\d)(?! _____)`,
	'u'
);
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b(?![\d,.]\d)/g;

/**
 * "On 2 September Pepys took a boat …": a day the paragraph set in its year, which a card read
 * alone does not give. The year the paragraph last named before the sentence is added ("On 2
 * September 1666"); a prompt that names a year already, or a paragraph that named none, is left.
 */
export function yearForBareDates(prompt: string, before: string): string {
	if (new RegExp(YEAR.source).test(prompt)) return prompt;
	const year = [...before.matchAll(YEAR)].pop()?.[1];
	if (!year) return prompt;
	return prompt.replace(BARE_DATE, (date: string) =>
		/\d$/.test(date) ? `${date}, ${year}` : `${date} ${year}`
	);
}
