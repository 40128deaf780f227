import type { AnalysedParagraph, Token } from './analyse.ts';
import {
	GROUP_WORDS,
	KNOWN_ORGANISATIONS,
	NOT_NAMES,
	ORGANISATION_WORDS,
	PLACE_HEADS,
	GIVEN_NAMES,
	PLACES,
	ROLE_MODIFIERS,
	ROLE_NOUNS,
	TERM_WORDS,
	ROYAL_TITLES
} from './gazetteer.ts';

export type EntityType = 'person' | 'organisation' | 'place' | 'term' | 'group' | 'other';

/** One mention of a named thing in a paragraph. */
export interface Mention {
	paragraph: number;
	/** Token range [first, last). */
	first: number;
	last: number;
	start: number;
	end: number;
	text: string;
	type: EntityType;
	/** A title or appositive that says what the person is: "defence secretary". */
	role?: string;
	/** Character offset where a title in front of the name starts. */
	roleStart?: number;
	/** ", president of the Federation of Oil Employees in Iraq," after the name. */
	appositive?: string;
	/** The full name this mention refers to ("Bremer" -> "Paul Bremer"). */
	canonical: string;
}

const SPEECH_VERBS = new Set(
	'say said says stated state states claimed claim claims told tell warned warn explained explains explain added admitted admit argued insisted commented announced declared wrote reported'.split(
		' '
	)
);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'towards']);

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isCapitalised = (t: Token | undefined) => !!t && /^[\p{Lu}]/u.test(t.text);
const isInitial = (t: Token | undefined) => !!t && /^[A-Z]\.?$/.test(t.text);

function isNameToken(tokens: Token[], i: number, sentenceFirst: number): boolean {
	const t = tokens[i];
	if (!t || !isCapitalised(t) || t.type !== 'word') return false;
	if (NOT_NAMES.has(t.text.toLowerCase())) return false;
	if (t.pos === 'PROPN') return true;
	// Sentence-initial capitals are ordinary words unless the model says otherwise.
	if (i === sentenceFirst) return false;
	return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB';
}

/**
 * Groups proper nouns into names ("al-", initials, "of"), then types each group from titles,
 * keywords and context, because the model has no person, organisation or place types.
 */
export function findMentions(paragraphs: readonly AnalysedParagraph[]): Mention[] {
	const mentions: Mention[] = [];
	for (const p of paragraphs) {
		const { tokens } = p;
		for (const sentence of p.sentences) {
			let i = sentence.first;
			while (i < sentence.last) {
				// "4th Stryker Brigade Combat Team", "the 1920 Revolution Brigades": a leading ordinal or
				// year belongs to a unit's name.
				const numberLead =
					(tokens[i]?.type === 'ordinal' || /^(1[5-9]|20)\d\d$/.test(tokens[i]?.text ?? '')) &&
					isNameToken(tokens, i + 1, -1);
				if (!numberLead && !isNameToken(tokens, i, sentence.first) && !isArticlePrefix(tokens, i)) {
					i++;
					continue;
				}
				let first = i;
				let last = numberLead ? i + 1 : i;
				while (last < sentence.last) {
					if (isNameToken(tokens, last, sentence.first) || isInitial(tokens[last])) {
						last++;
					} else if (
						// "Raqqa Is Being Slaughtered Silently": a title-case name holds any word.
						last > first &&
						/^[\p{Lu}]/u.test(tokens[last]?.text ?? '') &&
						tokens[last]?.type === 'word' &&
						(tokens[last]?.pos === 'AUX' || tokens[last]?.pos === 'ADV') &&
						!NOT_NAMES.has(lower(tokens[last]))
					) {
						last++;
					} else if (
						// "General Federation of Workers’ Councils": a plural possessive inside a name.
						last > first &&
						/^[’']$/.test(tokens[last]?.text ?? '') &&
						tokens[last]?.start === tokens[last - 1]?.end &&
						/s$/.test(tokens[last - 1]?.text ?? '') &&
						isNameToken(tokens, last + 1, -1)
					) {
						last++;
					} else if (
						// "Councils and Unions of Iraq": "and" between two organisation words.
						last > first &&
						lower(tokens[last]) === 'and' &&
						ORGANISATION_WORDS.has(lower(tokens[last - 1])) &&
						ORGANISATION_WORDS.has(lower(tokens[last + 1]).replace(/s$/, '')) &&
						isNameToken(tokens, last + 1, -1)
					) {
						last++;
					} else if (isArticlePrefix(tokens, last)) {
						last += 2;
					} else if (
						// "Muzhir al Qaisi", "Harith al Dari"
						last > first &&
						/^(al|el|bin|ibn|abu|de|van|von)$/.test(tokens[last]?.text ?? '') &&
						isCapitalised(tokens[last + 1]) &&
						tokens[last + 1]?.pos === 'PROPN'
					) {
						last += 1;
					} else if (
						lower(tokens[last]) === '-' &&
						last > first &&
						isNameToken(tokens, last + 1, -1)
					) {
						last++;
					} else if (
						// "Federation of Oil Employees in Iraq", "Project for a New American Century"
						last > first &&
						['of', 'for', 'in'].includes(lower(tokens[last])) &&
						(hasWord(tokens, first, last, ORGANISATION_WORDS, TERM_WORDS) ||
							/^(al qaida|al-qaida|al qaeda|al-qaeda|islamic state)$/i.test(
								p.paragraph.text.slice(tokens[first]?.start, tokens[last - 1]?.end)
							))
					) {
						let k = last + 1;
						while (['the', 'a'].includes(lower(tokens[k]))) k++;
						if (isNameToken(tokens, k, -1)) last = k;
						else break;
					} else if (
						last > first &&
						tokens[last]?.type === 'number' &&
						TERM_WORDS.has(lower(tokens[last - 1]))
					) {
						// "Order 39", "Law 150"
						last++;
						break;
					} else {
						break;
					}
				}
				if (numberLead && !hasWord(tokens, first + 1, last, ORGANISATION_WORDS)) first++;
				if (last > first) {
					const mention = typeMention(p, first, last, sentence.first);
					if (mention) mentions.push(mention);
				}
				i = Math.max(last, i + 1);
			}
		}
	}
	resolveAliases(mentions);
	return mentions;
}

/** "al-Sadr", "Al-Qaeda": an article prefix joined to the name by a hyphen. */
function isArticlePrefix(tokens: Token[], i: number): boolean {
	return (
		/^(al|el|ad|as|an|ash|at|az)$/i.test(tokens[i]?.text ?? '') &&
		tokens[i + 1]?.text === '-' &&
		isCapitalised(tokens[i + 2])
	);
}

function hasWord(tokens: Token[], first: number, last: number, ...sets: Set<string>[]): boolean {
	for (let k = first; k < last; k++) {
		const word = lower(tokens[k]);
		if (sets.some((s) => s.has(word))) return true;
	}
	return false;
}

function typeMention(
	p: AnalysedParagraph,
	first: number,
	last: number,
	sentenceFirst: number
): Mention | undefined {
	const { tokens } = p;
	// Titles inside the group ("Sergeant Robert Hord", "Lt Gen Robert P White") become the role,
	// but only a run of title words that ends in a role noun: "Syrian Democratic Forces" is a name.
	let nameFirst = first;
	const organisation = hasWord(tokens, first + 1, last, ORGANISATION_WORDS);
	for (let k = first; k < last - 1 && !organisation; k++) {
		const word = lower(tokens[k]);
		if (ROYAL_TITLES.has(word) && k === first) continue;
		if (ROLE_NOUNS.has(word)) nameFirst = k + 1;
		else if (!ROLE_MODIFIERS.has(word) && !ORGANISATION_WORDS.has(word)) break;
	}
	// "Democratic Party President Clinton": an organisation, then a title, then the name.
	for (let k = last - 2; k > nameFirst; k--) {
		if (ROLE_NOUNS.has(lower(tokens[k])) && !ORGANISATION_WORDS.has(lower(tokens[last - 1]))) {
			nameFirst = k + 1;
			break;
		}
	}
	// "Jihadist ISIS": a describing word in front of a known organisation is not part of it.
	while (
		nameFirst < last - 1 &&
		GROUP_WORDS.has(lower(tokens[nameFirst])) &&
		KNOWN_ORGANISATIONS.has(lower(tokens[last - 1]))
	) {
		nameFirst++;
	}
	const words: string[] = [];
	for (let k = nameFirst; k < last; k++) words.push(lower(tokens[k]));
	const lastWord = words[words.length - 1] ?? '';
	const firstWord = words[0] ?? '';
	const start = (tokens[nameFirst] as Token).start;
	const end = (tokens[last - 1] as Token).end;
	const text = p.paragraph.text.slice(start, end);
	const key = text.toLowerCase().replace(/[’']s$/, '');
	const before = tokens[first - 1];
	const after = tokens[last];

	let type: EntityType = 'other';
	// "Bagram Air Force base", "Tempelhof airport": a name before a place noun is a place.
	const placeNoun = /^(base|airbase|airport|airfield)$/.test(lower(after)) && words.length <= 4;
	let role: string | undefined;
	let roleStart: number | undefined;
	let appositive: string | undefined;
	const titled = nameFirst > first;
	const preRole = findPreRole(tokens, first, sentenceFirst);

	if (words.every((w) => GROUP_WORDS.has(w))) type = 'group';
	else if (placeNoun || /^(north|south|east|west|centre|center)$/.test(key)) type = 'place';
	else if (
		(/\d/.test(lastWord) && TERM_WORDS.has(words[words.length - 2] ?? '')) ||
		(TERM_WORDS.has(lastWord) && words.length > 1) ||
		(firstWord === 'operation' && words.length > 1) ||
		// "the Convention of Constantinople", "the Treaty of Versailles"
		(TERM_WORDS.has(firstWord) && words[1] === 'of' && words.length > 2)
	) {
		type = 'term';
	} else if (
		// "the activist group Raqqa Is Being Slaughtered Silently"
		/^(group|organisation|organization|campaign|movement|website|newspaper|magazine|charity|network)$/.test(
			lower(before)
		) &&
		words.length > 1
	) {
		type = 'organisation';
	} else if (
		(!PLACES.has(key) && KNOWN_ORGANISATIONS.has(key.replace(/\s+/g, ''))) ||
		(!PLACES.has(key) &&
			words.some((w, k) => ORGANISATION_WORDS.has(w) && (k > 0 || words.length > 2))) ||
		(words.length === 1 &&
			/^[A-Z]{2,5}$/.test(text) &&
			!/^(US|UK|USA|UAE|EU|PR|TV|GDP|WMDS?|PDF)$/.test(text)) ||
		words.some((w) => KNOWN_ORGANISATIONS.has(w)) ||
		// "the Peshmerga", "the Pentagon", "the Lancet": a lone name with an article is an
		// institution, unless it qualifies a noun ("the Assad regime").
		(words.length === 1 &&
			lower(before) === 'the' &&
			lower(after) !== 'of' &&
			!/^(US|UK|U\.S\.)$/.test(text) &&
			after?.pos !== 'NOUN' &&
			!PLACES.has(key) &&
			!GROUP_WORDS.has(key)) ||
		// "one of the PMF militias, Kata’ib Hezbollah,"
		(lower(before) === ',' &&
			/^(militias|groups|organisations|parties|unions|companies)$/.test(lower(tokens[first - 2])))
	) {
		type = 'organisation';
	} else if (
		PLACES.has(key) ||
		(lower(before) === 'of' && PLACE_HEADS.has(lower(tokens[first - 2]))) ||
		// "an airbase about 100 miles to the west of Baghdad, Ayn al-Assad,"
		(lower(before) === ',' &&
			tokens
				.slice(Math.max(0, first - 12), first - 1)
				.some((t) => /^(airbase|base|town|port|city|village)$/.test(lower(t))) &&
			words.length > 1) ||
		(PLACE_HEADS.has(lower(before)) && /^(town|port|city|village|airbase)$/.test(lower(before))) ||
		(words.length > 1 && PLACE_HEADS.has(lastWord)) ||
		/^(US|UK|USA|UAE)$/.test(text)
	) {
		type = 'place';
	} else if (words.some((w) => PLACES.has(w) || /\d/.test(w))) type = 'other';
	// "General Electric": a title word in front of an adjective is a company name, not a person.
	else if (titled && words.length === 1 && /(ic|al|ive|ous|ed)$/.test(firstWord)) type = 'other';
	else if (
		titled ||
		preRole ||
		// "Ferdinand de Lesseps", "Sa'id Pasha", "Queen Victoria", "Frances Perkins, who ..."
		(words.length > 1 &&
			(words.some((w, k) => k > 0 && /^(de|van|von|da|di|du|le|la)$/.test(w)) ||
				/^(pasha|bey|khan)$/.test(lastWord) ||
				ROYAL_TITLES.has(firstWord))) ||
		(lower(after) === ',' && /^(who|whose)$/.test(lower(tokens[last + 1]))) ||
		words.some((_, k) => isInitial(tokens[nameFirst + k])) ||
		(SPEECH_VERBS.has(lower(after)) && words.length > 1)
	) {
		type = 'person';
	} else if (
		words.length === 1 &&
		PLACE_PREPOSITIONS.has(lower(before)) &&
		!GROUP_WORDS.has(firstWord)
	) {
		type = 'place';
	} else if (words.length >= 2 && words.length <= 4 && GIVEN_NAMES.has(firstWord)) type = 'person';
	// "the Maliki regime", "the Blair government": a regime is named after the person who leads it.
	else if (
		words.length === 1 &&
		/^(regime|government|administration|dictatorship|cabinet)$/.test(lower(after)) &&
		!PLACES.has(key) &&
		!GROUP_WORDS.has(key) &&
		!KNOWN_ORGANISATIONS.has(key)
	) {
		type = 'person';
	} else if (GROUP_WORDS.has(firstWord)) type = 'group';

	if (type === 'person') {
		if (titled) {
			roleStart = (tokens[first] as Token).start;
			role = p.paragraph.text.slice(roleStart, start).trim();
		}
		if (preRole) {
			roleStart = preRole.start;
			role = p.paragraph.text
				.slice(preRole.start, titled ? start : (tokens[first] as Token).start)
				.trim();
		}
		appositive = findAppositive(p, last);
		if (appositive && !role) role = appositive;
	}
	return {
		paragraph: p.index,
		first: nameFirst,
		last,
		start,
		end,
		text: text.replace(/[’']s$/, ''),
		type,
		role,
		roleStart,
		appositive,
		canonical: text.replace(/[’']s$/, '')
	};
}

/** A lower-case title in front of a name: "defence secretary Mark T Esper". */
function findPreRole(
	tokens: Token[],
	first: number,
	sentenceFirst: number
): { start: number } | undefined {
	let k = first - 1;
	// "said another union leader, Farouk Sadiq": a title set off by a comma.
	if (lower(tokens[k]) === ',' && ROLE_NOUNS.has(lower(tokens[k - 1]))) k--;
	// "secretary of state Mike Pompeo": the title may end in a modifier after "of".
	if (!ROLE_NOUNS.has(lower(tokens[k]))) {
		if (
			lower(tokens[k - 1]) === 'of' &&
			ROLE_NOUNS.has(lower(tokens[k - 2])) &&
			ROLE_MODIFIERS.has(lower(tokens[k]))
		) {
			k -= 2;
		} else {
			return undefined;
		}
	}
	while (
		k - 1 >= sentenceFirst &&
		(ROLE_MODIFIERS.has(lower(tokens[k - 1])) ||
			ROLE_NOUNS.has(lower(tokens[k - 1])) ||
			(isCapitalised(tokens[k - 1]) &&
				tokens[k - 1]?.pos !== 'DET' &&
				!NOT_NAMES.has(lower(tokens[k - 1]))))
	) {
		k--;
		if (first - k > 6) break;
	}
	while (['of', 'the'].includes(lower(tokens[k]))) k++;
	return { start: (tokens[k] as Token).start };
}

/** ", president of the Federation of Oil Employees in Iraq," after a name. */
function findAppositive(p: AnalysedParagraph, last: number): string | undefined {
	const { tokens } = p;
	if (tokens[last]?.text !== ',') return undefined;
	let k = last + 1;
	const startToken = tokens[k];
	if (!startToken) return undefined;
	while (['a', 'an', 'the', 'former', 'its', 'their'].includes(lower(tokens[k]))) k++;
	let j = k;
	while (j < tokens.length && j - k < 4 && !ROLE_NOUNS.has(lower(tokens[j]))) {
		if (tokens[j]?.text === ',' || tokens[j]?.pos === 'VERB') return undefined;
		j++;
	}
	if (!ROLE_NOUNS.has(lower(tokens[j]))) return undefined;
	let end = j + 1;
	while (
		end < tokens.length &&
		tokens[end]?.text !== ',' &&
		tokens[end]?.pos !== 'VERB' &&
		tokens[end]?.pos !== 'PUNCT' &&
		end - k < 14
	) {
		end++;
	}
	if (!/^[,.(]$/.test(tokens[end]?.text ?? '')) return undefined;
	return p.paragraph.text.slice(startToken.start, (tokens[end - 1] as Token).end);
}

/** Maps later surnames back to full names: "Bremer" -> "Paul Bremer", "Sadr" -> "Moqtada al-Sadr". */
function resolveAliases(mentions: Mention[]): void {
	const bySurname = new Map<string, Mention>();
	for (const m of mentions) {
		if (m.type !== 'person') continue;
		const parts = m.text.split(/\s+/);
		if (parts.length < 2) continue;
		const surname = surnameKey(parts[parts.length - 1] as string);
		if (!bySurname.has(surname)) bySurname.set(surname, m);
	}
	// An unexplained two-word name whose surname recurs alone is a person too ("Bremer").
	const singles = new Set(
		mentions.filter((m) => !m.text.includes(' ')).map((m) => surnameKey(m.text))
	);
	for (const m of mentions) {
		const parts = m.text.split(/\s+/);
		if (m.type !== 'other' || parts.length !== 2 || !/^[\p{Lu}]/u.test(parts[1] ?? '')) continue;
		if (
			singles.has(surnameKey(parts[1] as string)) &&
			!PLACES.has(surnameKey(parts[1] as string))
		) {
			m.type = 'person';
			if (!bySurname.has(surnameKey(parts[1] as string))) {
				bySurname.set(surnameKey(parts[1] as string), m);
			}
		}
	}
	for (const m of mentions) {
		if (m.text.split(/\s+/).length !== 1 || PLACES.has(m.text.toLowerCase())) continue;
		const full = bySurname.get(surnameKey(m.text));
		if (full && (m.type === 'person' || m.type === 'other')) {
			m.type = 'person';
			m.canonical = full.canonical;
			m.role ??= full.role;
		}
	}
	for (const m of mentions) {
		if (m.type !== 'person' || m.text.split(/\s+/).length < 2) continue;
		const full = bySurname.get(surnameKey(m.text.split(/\s+/).pop() as string));
		// "Joe Biden" and "Jill Biden" share a surname, not a person: the given names must agree.
		const given = (name: string) => name.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
		const a = given(m.text);
		const b = full ? given(full.canonical) : '';
		if (full && (a === b || a.length === 1 || b.length === 1 || a.startsWith('al'))) {
			m.canonical = full.canonical;
		}
	}
}

/** "al-Sadr", "Al-Sadr", "Sadr" and "Sadr’s" share one key. */
export function surnameKey(word: string): string {
	return word
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/^(al|el)[-\s]/, '')
		.replace(/[^a-z\p{L}]/gu, '');
}
