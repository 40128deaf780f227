import type { AnalysedParagraph, Sentence, Token } from './analyse.ts';
import type { FineType } from './fine-types.ts';
import {
	GROUP_WORDS,
	NOT_NAMES,
	ORGANISATION_WORDS,
	PLACES,
	ROLE_MODIFIERS,
	ROLE_NOUNS,
	TERM_WORDS,
	ROYAL_TITLES
} from './gazetteer.ts';
import { isGivenName, lookupPlace } from './world.ts';
import {
	DIRECTION_WORDS,
	FIRST_HEADS,
	LAST_HEADS,
	NUMBER_WORDS,
	OF_HEADS,
	POSSESSIVE_HEADS
} from './entity-rules/heads.ts';
import { EPITHETS, typeName, type NameContext } from './entity-rules/rules.ts';

export type EntityType = 'person' | 'organisation' | 'place' | 'term' | 'group' | 'other';

/** One mention of a named thing in a paragraph. */
export interface Mention {
	paragraph: number;
	/** Token range [first, last) in the paragraph's tokens. */
	first: number;
	last: number;
	start: number;
	end: number;
	text: string;
	/** The coarse type, read from `fine` (see COARSE_OF_FINE). */
	type: EntityType;
	/** What sort of thing the name is, from the evidence in and around it. */
	fine: FineType;
	/** 0..1: how sure that evidence is; 'other' is always unsure. */
	confidence: number;
	/** The rule that decided the fine type, for tests and for reading the output. */
	rule: string;
	/** A title or appositive that says what the person is: "defence secretary". */
	role?: string;
	/** Character offset where a title in front of the name starts. */
	roleStart?: number;
	/** ", president of the Federation of Oil Employees in Iraq," after the name. */
	appositive?: string;
	/** The full name this mention refers to ("Bremer" -> "Paul Bremer"). */
	canonical: string;
}

/** The coarse type each fine type is read as by callers that know only the coarse ones. */
export const COARSE_OF_FINE: Record<FineType, EntityType> = {
	person: 'person',
	people: 'group',
	polity: 'organisation',
	organisation: 'organisation',
	country: 'place',
	settlement: 'place',
	region: 'place',
	water: 'place',
	landform: 'place',
	structure: 'place',
	war: 'term',
	battle: 'term',
	document: 'term',
	event: 'term',
	movement: 'term',
	language: 'term',
	work: 'term',
	other: 'other'
};

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isCapitalised = (t: Token | undefined) => !!t && /^[\p{Lu}]/u.test(t.text);
const isInitial = (t: Token | undefined) => !!t && /^[A-Z]\.?$/.test(t.text);

/**
 * The paragraph's tokens with the pieces of one word joined: the model splits some words with
 * letters outside ASCII ("Krasiński" -> "Krasi" "ń" "ski"), and a name must never be cut.
 * `origin[k]` is the first original token of joined token k; `originEnd[k]` the one after its last.
 */
interface Joined {
	tokens: Token[];
	origin: number[];
	originEnd: number[];
	/** Joined index of each original token. */
	at: number[];
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

export function joinWordPieces(tokens: readonly Token[], text: string): Joined {
	const out: Joined = { tokens: [], origin: [], originEnd: [], at: [] };
	let i = 0;
	while (i < tokens.length) {
		let j = i + 1;
		while (
			j < tokens.length &&
			tokens[j]?.start === tokens[j - 1]?.end &&
			LETTERS.test(tokens[j]?.text ?? '') &&
			LETTERS.test(tokens[j - 1]?.text ?? '')
		) {
			j++;
		}
		const first = tokens[i] as Token;
		const whole = text.slice(first.start, (tokens[j - 1] as Token).end);
		if (j - i > 1 && /[^\p{ASCII}]/u.test(whole)) {
			const pieces = tokens.slice(i, j);
			out.tokens.push({
				text: whole,
				start: first.start,
				end: (tokens[j - 1] as Token).end,
				pos: pieces.some((t) => t.pos === 'PROPN') ? 'PROPN' : first.pos,
				lemma: whole.toLowerCase(),
				type: 'word'
			});
		} else {
			j = i + 1;
			out.tokens.push(first);
		}
		for (let k = i; k < j; k++) out.at.push(out.tokens.length - 1);
		out.origin.push(i);
		out.originEnd.push(j);
		i = j;
	}
	return out;
}

function isNameToken(tokens: Token[], i: number, sentenceFirst: number): boolean {
	const t = tokens[i];
	if (!t || !isCapitalised(t) || t.type !== 'word') return false;
	if (NOT_NAMES.has(t.text.toLowerCase())) return false;
	if (t.pos === 'PROPN') return true;
	// Sentence-initial capitals are ordinary words unless the model says otherwise.
	if (i === sentenceFirst) return false;
	return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB';
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

/** A word that says what sort of thing the name is: "War", "River", "Kingdom", "Party". */
function hasHead(tokens: Token[], first: number, last: number): boolean {
	for (let k = first; k < last; k++) {
		const word = lower(tokens[k]);
		if (word in LAST_HEADS || word in OF_HEADS || word in FIRST_HEADS) return true;
	}
	return false;
}

/** Where a group of name tokens starts at `i`, if one does. */
interface Start {
	/** A token in front that joins only if the name turns out to need it. */
	lead?: 'number' | 'sentence';
}

function nameStart(tokens: Token[], i: number, sentence: Sentence): Start | undefined {
	const t = tokens[i];
	// "4th Stryker Brigade Combat Team", "the 1920 Revolution Brigades": a leading ordinal or
	// year belongs to a unit's name; "the Seven Years' War": so does a number word.
	if (
		(t?.type === 'ordinal' ||
			/^(1[5-9]|20)\d\d$/.test(t?.text ?? '') ||
			(isCapitalised(t) && NUMBER_WORDS.has(lower(t).split('-')[0] ?? ''))) &&
		isNameToken(tokens, i + 1 + (tokens[i + 1]?.text === '-' ? 2 : 0), -1)
	) {
		return { lead: 'number' };
	}
	if (isNameToken(tokens, i, sentence.first) || isArticlePrefix(tokens, i)) return {};
	// "Holy Roman Empire ...", "Northern Ireland ..." at the start of a sentence.
	if (
		i === sentence.first &&
		isCapitalised(t) &&
		t?.type === 'word' &&
		/^(ADJ|NOUN|X)$/.test(t.pos) &&
		!NOT_NAMES.has(lower(t)) &&
		isNameToken(tokens, i + 1, -1)
	) {
		return { lead: 'sentence' };
	}
	return undefined;
}

/**
 * The ways a name goes on past its first token, tried in order at each token; each returns how
 * many tokens it takes, or 0. `first` is where the group started, `last` the next token.
 */
type Extender = (tokens: Token[], first: number, last: number, text: string) => number;

const EXTENDERS: { name: string; take: Extender }[] = [
	{
		name: 'name-token',
		take: (tokens, _first, last) =>
			isNameToken(tokens, last, -1) || isInitial(tokens[last]) ? 1 : 0
	},
	{
		// "Raqqa Is Being Slaughtered Silently": a title-case name holds any word.
		name: 'title-case-word',
		take: (tokens, first, last) =>
			last > first &&
			/^[\p{Lu}]/u.test(tokens[last]?.text ?? '') &&
			tokens[last]?.type === 'word' &&
			(tokens[last]?.pos === 'AUX' || tokens[last]?.pos === 'ADV') &&
			!NOT_NAMES.has(lower(tokens[last]))
				? 1
				: 0
	},
	{
		// "General Federation of Workers’ Councils", "the Seven Years' War": a plural possessive.
		name: 'plural-possessive',
		take: (tokens, first, last) =>
			last > first &&
			/^[’']$/.test(tokens[last]?.text ?? '') &&
			tokens[last]?.start === tokens[last - 1]?.end &&
			/s$/.test(tokens[last - 1]?.text ?? '') &&
			isNameToken(tokens, last + 1, -1)
				? 1
				: 0
	},
	{
		// "People's Republic of China", "St. Mary's Church": a possessive before an institution.
		name: 'possessive-head',
		take: (tokens, first, last) =>
			last > first &&
			/^[’']s$/.test(tokens[last]?.text ?? '') &&
			tokens[last]?.start === tokens[last - 1]?.end &&
			isNameToken(tokens, last + 1, -1) &&
			POSSESSIVE_HEADS.has(lower(tokens[last + 1]))
				? 1
				: 0
	},
	{
		// "Councils and Unions of Iraq": "and" between two organisation words.
		name: 'and-organisations',
		take: (tokens, first, last) =>
			last > first &&
			lower(tokens[last]) === 'and' &&
			ORGANISATION_WORDS.has(lower(tokens[last - 1])) &&
			ORGANISATION_WORDS.has(lower(tokens[last + 1]).replace(/s$/, '')) &&
			isNameToken(tokens, last + 1, -1)
				? 1
				: 0
	},
	{
		name: 'article-prefix',
		take: (tokens, _first, last) => (isArticlePrefix(tokens, last) ? 2 : 0)
	},
	{
		// "Muzhir al Qaisi", "Harith al Dari"
		name: 'particle',
		take: (tokens, first, last) =>
			last > first &&
			/^(al|el|bin|ibn|abu|ul|ud|de|van|von)$/.test(tokens[last]?.text ?? '') &&
			isCapitalised(tokens[last + 1]) &&
			tokens[last + 1]?.pos === 'PROPN'
				? 1
				: 0
	},
	{
		// "Zia-ul-Haq", "Jamaat-e-Islami": a particle between hyphens.
		name: 'hyphen-particle',
		take: (tokens, first, last) =>
			last > first &&
			tokens[last]?.text === '-' &&
			/^(ul|ud|ur|us|e|i|al|el|de|du|la|le|sur|on|upon|in|am|an|der)$/.test(
				tokens[last + 1]?.text ?? ''
			) &&
			tokens[last + 2]?.text === '-' &&
			isCapitalised(tokens[last + 3]) &&
			tokens.slice(last - 1, last + 4).every((t, k, a) => k === 0 || t.start === a[k - 1]?.end)
				? 3
				: 0
	},
	{
		// "Anglo-Saxon", "Ninety-five Theses": a hyphen inside a name.
		name: 'hyphen',
		take: (tokens, first, last) =>
			last > first &&
			lower(tokens[last]) === '-' &&
			tokens[last]?.start === tokens[last - 1]?.end &&
			(isNameToken(tokens, last + 1, -1) ||
				(NUMBER_WORDS.has(lower(tokens[last - 1])) && NUMBER_WORDS.has(lower(tokens[last + 1]))))
				? 1
				: 0
	},
	{
		// "William the Lion", "Charles the Bald": an epithet after a given name.
		name: 'epithet',
		take: (tokens, first, last) => {
			const named =
				last - first === 1 || (last - first === 2 && ROYAL_TITLES.has(lower(tokens[first])));
			// "Lucas Cranach the Elder": a few epithets follow any name.
			if (
				last - first <= 3 &&
				lower(tokens[last]) === 'the' &&
				EPITHETS.test(lower(tokens[last + 1])) &&
				isCapitalised(tokens[last + 1])
			) {
				return 2;
			}
			return named &&
				isGivenName(tokens[last - 1]?.text ?? '') &&
				lower(tokens[last]) === 'the' &&
				isCapitalised(tokens[last + 1]) &&
				tokens[last + 1]?.type === 'word' &&
				!NOT_NAMES.has(lower(tokens[last + 1])) &&
				!isNameToken(tokens, last + 2, -1)
				? 2
				: 0;
		}
	},
	{
		// "Federation of Oil Employees in Iraq", "Battle of Hastings", "University of Oxford".
		name: 'of-name',
		take: (tokens, first, last, text) => {
			if (last === first || !['of', 'for', 'in'].includes(lower(tokens[last]))) return 0;
			const ofHead = lower(tokens[last]) === 'of' && lower(tokens[last - 1]) in OF_HEADS;
			if (
				!ofHead &&
				!hasWord(tokens, first, last, ORGANISATION_WORDS, TERM_WORDS) &&
				!/^(al qaida|al-qaida|al qaeda|al-qaeda|islamic state)$/i.test(
					text.slice(tokens[first]?.start, tokens[last - 1]?.end)
				)
			) {
				return 0;
			}
			let k = last + 1;
			while (['the', 'a'].includes(lower(tokens[k]))) k++;
			return isNameToken(tokens, k, -1) ? k - last : 0;
		}
	}
];

/**
 * Groups proper nouns into whole names ("al-", initials, "of", epithets, possessives), then types
 * each name from the evidence in and around it (entity-rules/rules.ts), and last from the other
 * mentions of the document: a name joined by "and" to a typed name, the same name typed
 * elsewhere, a surname of a person named in full.
 */
export function findMentions(paragraphs: readonly AnalysedParagraph[], title = ''): Mention[] {
	const mentions: Mention[] = [];
	for (const p of paragraphs) {
		const joined = joinWordPieces(p.tokens, p.paragraph.text);
		const { tokens } = joined;
		for (const s of p.sentences) {
			const sentence = {
				...s,
				first: joined.at[s.first] ?? tokens.length,
				last: s.last >= p.tokens.length ? tokens.length : (joined.at[s.last] ?? tokens.length)
			};
			let i = sentence.first;
			while (i < sentence.last) {
				const start = nameStart(tokens, i, sentence);
				if (!start) {
					i++;
					continue;
				}
				let first = i;
				let last = start.lead ? i + 1 : i;
				if (start.lead === 'number' && tokens[last]?.text === '-') last += 2;
				while (last < sentence.last) {
					if (
						// "Order 39", "Law 150": a number ends the name.
						last > first &&
						tokens[last]?.type === 'number' &&
						TERM_WORDS.has(lower(tokens[last - 1]))
					) {
						last++;
						break;
					}
					const taken = EXTENDERS.reduce(
						(n, e) => n || e.take(tokens, first, last, p.paragraph.text),
						0
					);
					if (!taken) break;
					last += taken;
				}
				last = Math.min(last, sentence.last);
				if (
					start.lead &&
					last - first > 1 &&
					!keepsLead(tokens, first, last, start.lead, sentence.first)
				) {
					first++;
				}
				if (last > first && !(start.lead === 'sentence' && last - first === 1)) {
					const mention = typeMention(p, joined, first, last, sentence.first);
					if (mention) mentions.push(mention);
				}
				i = Math.max(last, i + 1);
			}
		}
	}
	typeFromNeighbours(mentions, paragraphs);
	typeFromOtherMentions(mentions);
	resolveAliases(mentions, title);
	for (const m of mentions) m.type = COARSE_OF_FINE[m.fine];
	return mentions;
}

/**
 * A number or sentence-initial word in front stays in the name only when the name needs it: a
 * unit's number, "the Seven Years' War", "Holy Roman Empire", "Northern Ireland".
 */
function keepsLead(
	tokens: Token[],
	first: number,
	last: number,
	lead: 'number' | 'sentence',
	sentenceFirst: number
): boolean {
	if (lead === 'number') {
		// "the First Minister", "the Ten Commandments": a number word with a capital inside a
		// sentence is part of the name.
		if (first !== sentenceFirst && /^\p{Lu}\p{Ll}/u.test(tokens[first]?.text ?? '')) return true;
		return hasWord(tokens, first + 1, last, ORGANISATION_WORDS) || hasHead(tokens, first + 1, last);
	}
	if (DIRECTION_WORDS.has(lower(tokens[first]))) return true;
	const text = tokens
		.slice(first, last)
		.map((t) => t.text)
		.join(' ');
	if (lookupPlace(text)) return true;
	const head = lower(tokens[last - 1]);
	return head in LAST_HEADS && !(head in { language: 1 });
}

function typeMention(
	p: AnalysedParagraph,
	joined: Joined,
	first: number,
	last: number,
	sentenceFirst: number
): Mention | undefined {
	const { tokens } = joined;
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
	// A title cannot leave "of ..." or "the ..." as the name.
	if (/^(of|the|'s|’s|-)$/.test(lower(tokens[nameFirst]))) nameFirst = first;
	const start = (tokens[nameFirst] as Token).start;
	const end = (tokens[last - 1] as Token).end;
	const raw = p.paragraph.text.slice(start, end);
	const text = raw.replace(/[’']s$/, '');
	const words: string[] = [];
	for (let k = nameFirst; k < last; k++) words.push(lower(tokens[k]));
	const titled = nameFirst > first;
	const preRole = findPreRole(tokens, first, sentenceFirst);
	const appositive = findAppositive(p, tokens, last);
	const context: NameContext = {
		tokens,
		text,
		words,
		first: nameFirst,
		last,
		groupFirst: first,
		sentenceFirst,
		titled,
		preRole: !!preRole,
		appositive,
		place: lookupPlace(text)
	};
	const typing = typeName(context);

	let role: string | undefined;
	let roleStart: number | undefined;
	if (typing.fine === 'person') {
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
		if (appositive && !role) role = appositive;
	}
	const mention: Mention = {
		paragraph: p.index,
		first: joined.origin[nameFirst] as number,
		last: joined.originEnd[last - 1] as number,
		start,
		end,
		text,
		type: COARSE_OF_FINE[typing.fine],
		fine: typing.fine,
		confidence: typing.confidence,
		rule: typing.rule,
		role,
		roleStart,
		appositive: typing.fine === 'person' ? appositive : undefined,
		canonical: text
	};
	firstTokenOf.set(mention, tokens[nameFirst] as Token);
	return mention;
}

/** The first token of each mention's name, for the passes over the whole document. */
const firstTokenOf = new WeakMap<Mention, Token>();

/** Sorts the world data and the heads know well enough to lend to a name beside them. */
const LENDABLE = new Set<FineType>([
	'person',
	'country',
	'settlement',
	'region',
	'water',
	'landform',
	'polity',
	'language'
]);

/**
 * "Gdańsk and Kraków", "Luther, Melanchthon and Zwingli": a name in a list with a well-typed
 * name is probably of its sort, if nothing else was known of it.
 */
function typeFromNeighbours(mentions: Mention[], paragraphs: readonly AnalysedParagraph[]): void {
	const textOf = new Map(paragraphs.map((p) => [p.index, p.paragraph.text]));
	for (let k = 0; k < mentions.length; k++) {
		const m = mentions[k] as Mention;
		if (m.fine !== 'other' && m.rule !== 'place-preposition') continue;
		for (const other of [mentions[k - 1], mentions[k + 1]]) {
			if (
				!other ||
				other.paragraph !== m.paragraph ||
				!LENDABLE.has(other.fine) ||
				other.confidence < 0.7
			) {
				continue;
			}
			const [a, b] = other.start < m.start ? [other, m] : [m, other];
			const between = (textOf.get(m.paragraph) ?? '')
				.slice(a.end, b.start)
				.replace(/[’']s\b/, '')
				.replace(/\s+/g, ' ')
				.trim()
				.toLowerCase();
			// A comma alone joins a list only when the list goes on: "A, B and C", not "Philip, Landgrave".
			const after = (textOf.get(m.paragraph) ?? '').slice(b.end, b.end + 5);
			const list =
				/^(and|or|, and|, or|and the|or the)$/.test(between) ||
				(between === ',' && /^\s*(,|and\b|or\b)/.test(after));
			if (list) {
				m.fine = other.fine;
				m.confidence = 0.5;
				m.rule = 'coordination';
				break;
			}
		}
	}
}

/** A name typed surely somewhere in the document lends its type to its unsure mentions. */
function typeFromOtherMentions(mentions: Mention[]): void {
	const best = new Map<string, Mention>();
	for (const m of mentions) {
		const key = m.text.toLowerCase();
		const old = best.get(key);
		if (!old || m.confidence > old.confidence) best.set(key, m);
	}
	// The same unsure evidence three times over is a little surer ("in X" in three places).
	const votes = new Map<string, number>();
	for (const m of mentions) {
		if (m.fine === 'other') continue;
		const key = `${m.text.toLowerCase()}|${m.fine}`;
		votes.set(key, (votes.get(key) ?? 0) + 1);
	}
	for (const m of mentions) {
		const strong = best.get(m.text.toLowerCase());
		if (
			strong &&
			strong !== m &&
			m.confidence < 0.5 &&
			strong.confidence >= 0.7 &&
			strong.fine !== m.fine
		) {
			m.fine = strong.fine;
			m.confidence = Math.min(strong.confidence, 0.7);
			m.rule = `same-name:${strong.rule}`;
		} else if (m.fine !== 'other' && m.confidence < 0.5) {
			const n = votes.get(`${m.text.toLowerCase()}|${m.fine}`) ?? 1;
			if (n >= 3) m.confidence = Math.min(0.55, m.confidence + 0.05 * n);
		}
	}
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
function findAppositive(p: AnalysedParagraph, tokens: Token[], last: number): string | undefined {
	if (tokens[last]?.text !== ',') return undefined;
	let k = last + 1;
	const startToken = tokens[k];
	if (!startToken) return undefined;
	while (['a', 'an', 'the', 'former', 'its', 'their'].includes(lower(tokens[k]))) k++;
	let j = k;
	while (j < tokens.length && j - k < 4 && !ROLE_NOUNS.has(lower(tokens[j]))) {
		// "the seat of former party leader X": the role belongs to someone else, after "of".
		if (
			tokens[j]?.text === ',' ||
			tokens[j]?.pos === 'VERB' ||
			/^(of|for|to)$/i.test(tokens[j]?.text ?? '')
		) {
			return undefined;
		}
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
function resolveAliases(mentions: Mention[], title: string): void {
	const titled = titlePerson(mentions, title);
	const bySurname = surnameOwners(mentions, title, titled?.surname);
	const person = (m: Mention, confidence: number, rule: string) => {
		m.confidence = Math.max(confidence, m.fine === 'person' ? m.confidence : 0);
		m.fine = 'person';
		m.rule = rule;
	};
	// An unexplained two-word name whose surname recurs alone is a person too ("Bremer").
	const singles = new Set(
		mentions.filter((m) => !m.text.includes(' ')).map((m) => surnameKey(m.text))
	);
	for (const m of mentions) {
		const parts = m.text.split(/\s+/);
		const lastPart = parts[parts.length - 1] ?? '';
		if (
			m.fine !== 'other' ||
			parts.length < 2 ||
			parts.length > 4 ||
			!/^[\p{Lu}]/u.test(lastPart)
		) {
			continue;
		}
		if (parts.some((w) => /^(of|the|and)$/i.test(w))) continue;
		const surname = surnameKey(lastPart);
		// "Project Apollo", "Merciful God": the first word must look like a given name, not a head
		// word, an adjective, an acronym or a name found alone itself.
		const given = firstTokenOf.get(m);
		if (
			singles.has(surname) &&
			!PLACES.has(surname) &&
			!singles.has(surnameKey(parts[0] as string)) &&
			given?.pos === 'PROPN' &&
			/^\p{Lu}\p{Ll}+$/u.test(given.text) &&
			!/(ful|ous|ive|al|ic|ible|able|less|ed)$/.test(given.text) &&
			!(lower(given) in FIRST_HEADS) &&
			!(lower(given) in OF_HEADS) &&
			!ROLE_NOUNS.has(lower(given))
		) {
			person(m, 0.6, 'surname-recurs');
			if (!bySurname.has(surname)) bySurname.set(surname, m);
		}
	}
	for (const m of mentions) {
		if (m.text.split(/\s+/).length !== 1) continue;
		// In "Ada Velt", a lone "Velt" is Ada Velt, whoever else of the family the text names.
		if (
			titled &&
			surnameKey(m.text) === titled.surname &&
			!bySurname.has(titled.surname) &&
			!GROUP_WORDS.has(m.text.toLowerCase()) &&
			(m.fine === 'person' ||
				m.fine === 'other' ||
				(m.rule === 'world-place' && m.fine !== 'country'))
		) {
			person(m, 0.75, 'surname');
			m.canonical = titled.name;
			continue;
		}
		const full = bySurname.get(surnameKey(m.text));
		// A surname of a person named in full in the document is that person, unless the
		// evidence here says surely otherwise ("Jackson" the person, not the city).
		// A word for a people or a faith ("American", "Islamist") is never a surname here.
		if (
			full &&
			!GROUP_WORDS.has(m.text.toLowerCase()) &&
			(m.fine === 'person' ||
				m.fine === 'other' ||
				/^(place-preposition|coordination|agency-verb|conquered)$/.test(m.rule) ||
				(m.rule === 'world-place' && m.fine !== 'country'))
		) {
			if (m.fine !== 'person' || m.confidence < 0.75) person(m, 0.75, 'surname');
			m.canonical = full.canonical;
			m.role ??= full.role;
		}
	}
	for (const m of mentions) {
		if (m.fine !== 'person' || m.text.split(/\s+/).length < 2) continue;
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

/**
 * The person a document is titled after ("Ada Velt", "Ada Velt (engineer)"), with the key of
 * the surname: a title of two to four words whose first is a given name, or the first word of
 * a person the text names in full.
 */
function titlePerson(
	mentions: readonly Mention[],
	title: string
): { name: string; surname: string } | undefined {
	const name = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
	const words = name.split(/\s+/);
	if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) {
		return undefined;
	}
	const first = words[0] as string;
	const named =
		isGivenName(first) ||
		mentions.some((m) => m.fine === 'person' && m.text.startsWith(`${first} `));
	return named ? { name, surname: surnameKey(words.at(-1) as string) } : undefined;
}

/**
 * The person each surname stands for, from the people named in full: "Luther" is Martin Luther
 * in a document titled "Martin Luther" even though Hans Luther, his father, is named first. When
 * two people share a surname and neither is the title's nor named at least twice as often, the
 * surname stands for nobody: a lone "Luther" is left as written rather than guessed. The surname
 * of the person the title names (`titleSurname`) belongs to nobody named in full but that person.
 */
function surnameOwners(
	mentions: Mention[],
	title: string,
	titleSurname: string | undefined
): Map<string, Mention> {
	const full = new Map<string, Map<string, { mention: Mention; count: number }>>();
	for (const m of mentions) {
		if (m.fine !== 'person') continue;
		const parts = m.text.split(/\s+/);
		if (parts.length < 2) continue;
		const surname = surnameKey(parts[parts.length - 1] as string);
		const people = full.get(surname) ?? new Map<string, { mention: Mention; count: number }>();
		full.set(surname, people);
		const key = m.text.toLowerCase();
		const seen = people.get(key);
		if (seen) seen.count++;
		else people.set(key, { mention: m, count: 1 });
	}
	const titleKey = title.toLowerCase();
	const owners = new Map<string, Mention>();
	for (const [surname, people] of full) {
		const ranked = [...people.values()].sort((a, b) => b.count - a.count);
		const named = ranked.find((p) => titleKey.includes(p.mention.text.toLowerCase()));
		// "Ada Velt" titles the document but the text gives her name in a longer form: a lone
		// "Velt" is hers, not her father's ("Karl Velt") who alone is named in full.
		if (!named && surname === titleSurname) continue;
		const first = ranked[0];
		// "Paul Bremer" and "L. Paul Bremer" share more than a surname: one given name in the other.
		const samePerson = (a: Mention, b: Mention) => {
			const words = (x: Mention) =>
				x.text.toLowerCase().replace(/\./g, '').split(/\s+/).slice(0, -1);
			return words(a).some((w) => words(b).includes(w) || w.length === 1);
		};
		const distinct = ranked.filter((p) => !samePerson(p.mention, (first as typeof p).mention));
		if (named) owners.set(surname, named.mention);
		else if (first && (distinct.length === 0 || first.count >= 2 * (distinct[0]?.count ?? 0))) {
			owners.set(surname, first.mention);
		}
	}
	return owners;
}

/** "al-Sadr", "Al-Sadr", "Sadr" and "Sadr’s" share one key. */
export function surnameKey(word: string): string {
	return word
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/^(al|el)[-\s]/, '')
		.replace(/[^a-z\p{L}]/gu, '');
}
