import type { Token } from '../analyse.ts';
import type { FineType } from '../fine-types.ts';
import {
	GROUP_WORDS,
	ORGANISATION_WORDS,
	PLACE_HEADS,
	ROLE_MODIFIERS,
	ROLE_NOUNS,
	ROYAL_TITLES,
	TERM_WORDS
} from '../gazetteer.ts';
import { isGivenName, isLanguage, lookupDemonym, lookupPlace, type Place } from '../world.ts';
import {
	DIRECTION_WORDS,
	FIRST_HEADS,
	LAST_HEADS,
	NUMBER_WORDS,
	OF_HEADS,
	PERIOD_REVOLUTION,
	ROMAN_NUMERAL
} from './heads.ts';

/** What the rules see of one name and the words around it. */
export interface NameContext {
	tokens: Token[];
	/** The name as written, without a trailing possessive. */
	text: string;
	/** Lower-case words of the name, punctuation included ("people", "'s", "republic"). */
	words: string[];
	/** Token range of the name [first, last), after any title in front. */
	first: number;
	last: number;
	/** Token where the whole group starts, title included. */
	groupFirst: number;
	sentenceFirst: number;
	/** A title inside the group before the name: "General", "Sergeant". */
	titled: boolean;
	/** A lower-case title in front of the group: "the defence secretary". */
	preRole: boolean;
	/** ", president of the union," after the name. */
	appositive?: string;
	/** The place the world data knows by this name, if any. */
	place?: Place;
}

export interface Typing {
	fine: FineType;
	/** 0..1: how sure the evidence makes the type. */
	confidence: number;
}

/** One piece of evidence: a fine type and how sure, or undefined when it does not apply. */
export interface NameRule {
	name: string;
	apply(c: NameContext): Typing | undefined;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Epithets that follow any name: "Cranach the Elder", "Pliny the Younger". */
export const EPITHETS = /^(elder|younger|great)$/;
const type = (fine: FineType, confidence: number): Typing => ({ fine, confidence });

/** A head word, or the singular of one: "Missions", "Wars". */
function headOf(word: string): FineType | undefined {
	return (
		LAST_HEADS[word] ?? LAST_HEADS[word.replace(/s$/, '')] ?? LAST_HEADS[word.replace(/es$/, '')]
	);
}

/** The last word that is a word, not a serial number: "War" in "World War II". */
function headWord(words: string[]): string {
	let k = words.length - 1;
	while (
		k > 0 &&
		(ROMAN_NUMERAL.test((words[k] ?? '').toUpperCase()) || /^\d+$/.test(words[k] ?? ''))
	) {
		k--;
	}
	return words[k] ?? '';
}

const SPEECH_VERBS = new Set(
	'say said says stated state states claimed claim claims told tell warned warn explained explains explain added admitted admit argued insisted commented announced declared wrote reported'.split(
		' '
	)
);
/** Verbs only a person does: "X wrote", "X married", "X was born". */
const PERSON_VERBS = new Set(
	'wrote write writes married marry died die dies preached preach translated studied believed thought taught composed painted recalled resigned retired'.split(
		' '
	)
);
/** Verbs of a state or its ruler: "X invaded", "X annexed". */
const STATE_VERBS = new Set(
	'invaded invade invades conquered annexed annex colonised colonized'.split(' ')
);
/** Verbs of a founder or signatory: "X founded", "X signed". */
const ACTOR_VERBS = new Set(
	'founded signed led built established ordered commanded defeated ruled reigned'.split(' ')
);
/** Verbs of going somewhere, which make "in/at/to X" a place. */
const MOVEMENT_VERBS = new Set(
	'moved move went go returned return travelled traveled fled flee sailed arrived arrive born settled lived live stayed migrated emigrated journeyed marched landed based located situated'.split(
		' '
	)
);
const PLACE_PREPOSITIONS = new Set([
	'in',
	'at',
	'from',
	'to',
	'near',
	'into',
	'across',
	'towards',
	'outside',
	'around'
]);
/** Nouns before a name that say what it is: "the city of X", "the river X". */
const NOUN_BEFORE: Record<string, FineType> = {
	city: 'settlement',
	town: 'settlement',
	village: 'settlement',
	port: 'settlement',
	capital: 'settlement',
	suburb: 'settlement',
	province: 'region',
	state: 'region',
	county: 'region',
	region: 'region',
	district: 'region',
	river: 'water',
	lake: 'water',
	island: 'landform',
	mount: 'landform',
	newspaper: 'work',
	book: 'work',
	novel: 'work',
	poem: 'work',
	film: 'work',
	ship: 'work',
	treaty: 'document',
	company: 'organisation',
	party: 'organisation',
	group: 'organisation',
	organisation: 'organisation',
	organization: 'organisation',
	firm: 'organisation',
	charity: 'organisation',
	network: 'organisation',
	website: 'organisation',
	magazine: 'organisation',
	language: 'language',
	dynasty: 'polity',
	empire: 'polity',
	kingdom: 'polity'
};
/** The head noun of an appositive that says what a thing is: ", a city in ...". */
const APPOSITIVE_HEADS: Record<string, FineType> = {
	...NOUN_BEFORE,
	capital: 'settlement',
	river: 'water',
	country: 'country',
	nation: 'country'
};

/**
 * The rules, tried in order; the first that applies decides. Strong evidence inside the name
 * (a head word, a title) comes first, then the world data, then the words around the name.
 */
export const NAME_RULES: NameRule[] = [
	{
		// "Order 39", "Law 150": a numbered instrument.
		name: 'numbered-term',
		apply: (c) =>
			/^\d+$/.test(c.words[c.words.length - 1] ?? '') &&
			TERM_WORDS.has(c.words[c.words.length - 2] ?? '')
				? type('document', 0.8)
				: undefined
	},
	{
		// "Soviet-backed", "US-led": a name glued to a lower-case word modifies it.
		name: 'hyphen-modifier',
		apply: (c) => {
			const next = c.tokens[c.last];
			const after = c.tokens[c.last + 1];
			return next?.text === '-' &&
				next.start === c.tokens[c.last - 1]?.end &&
				after?.start === next.end &&
				/^\p{Ll}/u.test(after.text)
				? type('other', 0.15)
				: undefined;
		}
	},
	{
		// "First Minister", "Presiding Officer": a title with no name after it.
		name: 'bare-title',
		apply: (c) =>
			c.words.every((w) => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || NUMBER_WORDS.has(w)) &&
			c.words.some((w) => ROLE_NOUNS.has(w)) &&
			!c.place
				? type('other', 0.1)
				: undefined
	},
	{
		// "Turner Prize", "Richter Scale": named after someone, but a thing no question asks by sort.
		name: 'thing-head',
		apply: (c) =>
			c.words.length > 1 &&
			/^(prize|award|medal|trophy|scale|index|theorem|equation|syndrome|disease|effect|principle|constant|number)$/.test(
				c.words[c.words.length - 1] ?? ''
			)
				? type('other', 0.2)
				: undefined
	},
	{
		// "Battle of Hastings", "Kingdom of Poland", "University of Oxford".
		name: 'of-head',
		apply: (c) => {
			const head = OF_HEADS[c.words[0] ?? ''];
			if (!head || c.words[1] !== 'of' || c.words.length < 3) return undefined;
			// "City of Velden Council", "Bank of Velden Tower": the last word says more than the
			// first, whether it names a body or a building.
			const last = LAST_HEADS[c.words[c.words.length - 1] ?? ''];
			if (last === 'organisation' && head !== 'organisation') return undefined;
			if (last === 'structure' && head !== 'structure') return undefined;
			// "Council of Europe" is a body, "the Council of Trent" a meeting: only sure of a meeting
			// when the rest is no country.
			if (head === 'event') {
				return type(head, lookupPlace(c.words.slice(2).join(' '))?.sort === 'country' ? 0.4 : 0.7);
			}
			return type(head, c.words[0] === 'house' || c.words[0] === 'order' ? 0.55 : 0.9);
		}
	},
	{
		// "Hudson River", "Holy Roman Empire", "World War II", "Lutheran Church", "X language".
		name: 'last-head',
		apply: (c) => {
			if (c.words.length < 2) return undefined;
			const head = headWord(c.words);
			// "Robert Gates": a plural head after a given name is a surname.
			if (!LAST_HEADS[head] && isGivenName(c.words[0] ?? '') && c.words.length === 2) {
				return undefined;
			}
			const fine = headOf(head);
			if (!fine || head === c.words[0]) return undefined;
			const before = c.words[c.words.indexOf(head) - 1] ?? '';
			if (head === 'church') {
				// "the Catholic Church" is an institution, "St Mary's Church" a building.
				return /(an|ic|ist|ox|al|ian)$/.test(before) || GROUP_WORDS.has(before)
					? type('organisation', 0.8)
					: type('structure', 0.6);
			}
			if (head === 'revolution') {
				return PERIOD_REVOLUTION.test(before) ? type('movement', 0.8) : type('war', 0.6);
			}
			// "Soviet Union", "European Union": a union of states, not of workers.
			if (head === 'union' && /(an|et)$/.test(before)) return type('polity', 0.6);
			if (head === 'house' || head === 'union' || head === 'hall') return type(fine, 0.55);
			return type(fine, 0.85);
		}
	},
	{
		// "Fort Caroline", "Lake Victoria", "Mount Kenya", "Operation Vittles", "HMS Victory".
		name: 'first-head',
		apply: (c) => {
			const head = FIRST_HEADS[c.words[0] ?? ''];
			return head && c.words.length > 1 ? type(head, 0.85) : undefined;
		}
	},
	{
		// "Queen Victoria", "Pope Leo X", "Sergeant Robert Hord".
		name: 'title',
		apply: (c) => {
			if (c.titled) {
				// "General Electric": a title in front of an adjective is a company's name.
				if (c.words.length === 1 && /(ic|al|ive|ous|ed)$/.test(c.words[0] ?? '')) {
					return type('organisation', 0.4);
				}
				return type('person', 0.9);
			}
			return ROYAL_TITLES.has(c.words[0] ?? '') && c.words.length > 1
				? type('person', 0.9)
				: undefined;
		}
	},
	{
		// "William the Lion", "Charles the Bald": an epithet after a given name.
		name: 'epithet',
		apply: (c) =>
			c.words.length >= 3 &&
			c.words[c.words.length - 2] === 'the' &&
			(isGivenName(c.words[0] ?? '') || EPITHETS.test(c.words[c.words.length - 1] ?? ''))
				? type('person', 0.9)
				: undefined
	},
	{
		// "Henry VIII", "Charles V": a given name with a regnal number.
		name: 'regnal-number',
		apply: (c) => {
			const last = c.tokens[c.last - 1]?.text ?? '';
			return c.words.length >= 2 && ROMAN_NUMERAL.test(last) && isGivenName(c.words[0] ?? '')
				? type('person', 0.85)
				: undefined;
		}
	},
	{
		// "Islamism", "Lutheranism", "the Reformation", "Islamization": a doctrine or a change.
		name: 'movement-word',
		apply: (c) => {
			if (c.words.length !== 1) return undefined;
			const word = c.words[0] ?? '';
			if (/^\p{Lu}\p{Ll}+isms?$/u.test(c.text)) return type('movement', 0.8);
			if (
				/^(reformation|renaissance|enlightenment|counter-reformation|restoration|reconquista)$/.test(
					word
				)
			) {
				return type('movement', 0.75);
			}
			if (/^\p{Lu}\p{Ll}+i[sz]ation$/u.test(c.text)) return type('movement', 0.6);
			return undefined;
		}
	},
	{
		// The world data: countries, continents, seas, regions, settlements.
		name: 'world-place',
		apply: (c) => {
			const place = c.place;
			if (!place) return undefined;
			// "Lebanon, New Hampshire": a country's name followed by a state is a town's.
			if (place.sort === 'country') {
				return followedByPlace(c) ? type('settlement', 0.65) : type('country', 0.9);
			}
			if (place.sort === 'continent') return type('region', 0.9);
			if (place.sort === 'water') return type('water', 0.9);
			const fine = place.sort === 'region' ? 'region' : 'settlement';
			const single = c.words.length === 1;
			// "Centre", "Western", "North East": a word the model does not take for a proper noun,
			// or only words of direction, names a place only with more evidence.
			if (
				(single && c.tokens[c.first]?.pos !== 'PROPN') ||
				c.words.every((w) => DIRECTION_WORDS.has(w))
			) {
				return type(fine, 0.4);
			}
			// A single word that is also a given name ("Victoria", "Martin") is less sure.
			const doubt = single && isGivenName(c.text) ? 0.2 : 0;
			if (place.sort === 'region') return type('region', (place.country ? 0.7 : 0.85) - doubt);
			// A small town's name is often an ordinary word too ("Normal", "Temple", "Mission").
			const population = place.population ?? 0;
			let size = 0.45;
			if (place.capital || population >= 1_000_000) size = 0.8;
			else if (population >= 100_000 || !single) size = 0.65;
			return type('settlement', size - doubt);
		}
	},
	{
		// "Inner Mongolia", "East Africa", "Southern California": a direction and a place.
		name: 'direction-place',
		apply: (c) => {
			if (c.words.length < 2 || !DIRECTION_WORDS.has(c.words[0] ?? '')) return undefined;
			// "North East England": every word of direction goes.
			const parts = c.text.split(/\s+/);
			let k = 0;
			while (k < parts.length - 1 && DIRECTION_WORDS.has((parts[k] ?? '').toLowerCase())) k++;
			const rest = lookupPlace(parts.slice(k).join(' '));
			return rest ? type('region', 0.7) : undefined;
		}
	},
	{
		// "Swahili", "in Polish", "spoke English".
		name: 'language',
		apply: (c) => {
			if (c.words.length !== 1 || !isLanguage(c.text)) return undefined;
			const before = lower(c.tokens[c.groupFirst - 1]);
			const next = c.tokens[c.last];
			// "The Swahili built Mombasa": a people, acting.
			if (before === 'the' && (next?.pos === 'VERB' || next?.pos === 'AUX')) {
				return type('people', 0.6);
			}
			const asLanguage =
				lower(next) === 'language' ||
				/^(in|into|from|speak|speaks|spoke|spoken|speaking|translated|learn|learned|learnt)$/.test(
					before
				);
			if (asLanguage) return type('language', 0.9);
			if (lookupDemonym(c.text)) return undefined;
			return next?.pos === 'NOUN' ? type('language', 0.45) : type('language', 0.75);
		}
	},
	{
		// "Kenyans", "the French", "Poles", "Lutherans", "Shia": a people, faith or party.
		name: 'people',
		apply: (c) => {
			const group = (w: string) => GROUP_WORDS.has(w) || !!lookupDemonym(w);
			// "Kenyans", "Roman Catholics", "Sunni Muslims": a people word last, qualified in front.
			const all =
				c.words.every(group) || (c.words.length <= 3 && group(c.words[c.words.length - 1] ?? ''));
			const next = c.tokens[c.last];
			// "French troops": the adjective modifies a noun and names nothing itself.
			const modifies = next?.pos === 'NOUN' || next?.pos === 'ADJ' || next?.pos === 'PROPN';
			if (all) return modifies ? type('people', 0.35) : type('people', 0.85);
			// "Lutherans", "Anabaptists", "Mormons": the plural of a capitalised word for believers
			// or followers.
			if (c.words.length === 1 && /^\p{Lu}\p{Ll}+(ans|ists|ites)$/u.test(c.text)) {
				return type('people', 0.7);
			}
			// "the Scots", "the Nazis": a capitalised plural after "the" that is no head word.
			const before = lower(c.tokens[c.groupFirst - 1]);
			if (
				c.words.length === 1 &&
				/^\p{Lu}\p{Ll}+[^su]s$/u.test(c.text) &&
				!headOf(c.words[0] ?? '') &&
				/^(the|many|some|other|most|all|few)$/.test(before) &&
				next?.pos !== 'NOUN' &&
				!/^\p{Lu}/u.test(next?.text ?? '')
			) {
				return type('people', 0.45);
			}
			return undefined;
		}
	},
	{
		// "the city of X", "the river X", "the newspaper X": a noun in front says what X is.
		name: 'noun-before',
		apply: (c) => {
			let k = c.groupFirst - 1;
			if (lower(c.tokens[k]) === 'of') {
				// "the beloved city of Isaac Singer": a person's city.
				if (c.words.length > 1 && isGivenName(c.words[0] ?? '')) return undefined;
				k--;
			}
			const fine = NOUN_BEFORE[lower(c.tokens[k])];
			return fine && c.tokens[k]?.pos === 'NOUN' ? type(fine, 0.75) : undefined;
		}
	},
	{
		// "X, a city in Y", "X, the capital of Y", "X, a river in Y".
		name: 'appositive-head',
		apply: (c) => {
			if (c.tokens[c.last]?.text !== ',') return undefined;
			let k = c.last + 1;
			while (/^(a|an|the|its|their|former)$/.test(lower(c.tokens[k]))) k++;
			for (let j = k; j < k + 3; j++) {
				const fine = APPOSITIVE_HEADS[lower(c.tokens[j])];
				if (fine && c.tokens[j]?.pos === 'NOUN') return type(fine, 0.7);
				if (c.tokens[j]?.pos === 'VERB' || c.tokens[j]?.text === ',') break;
			}
			return undefined;
		}
	},
	{
		// "the X valley", "the X dynasty", "the X language": a lower-case head after an unknown name.
		name: 'noun-after',
		apply: (c) => {
			const next = c.tokens[c.last];
			const fine = LAST_HEADS[lower(next)];
			if (!fine || next?.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) return undefined;
			return /^(water|landform|region|polity|language)$/.test(fine) ? type(fine, 0.65) : undefined;
		}
	},
	{
		// "invaded X", "conquered X": what is invaded is a country, as often as not.
		name: 'conquered',
		apply: (c) =>
			/^(invaded|conquered|annexed|occupied|colonised|colonized|invade|conquer|annex)$/.test(
				lower(c.tokens[c.groupFirst - 1])
			)
				? type('country', 0.4)
				: undefined
	},
	{
		// "Nairobi, Kenya": a name followed by a country or region is a settlement in it.
		name: 'place-comma-place',
		apply: (c) => (followedByPlace(c) ? type('settlement', 0.65) : undefined)
	},
	{
		// "an organisation such as NASA": an acronym is an organisation.
		name: 'acronym',
		apply: (c) =>
			c.words.length === 1 &&
			/^[A-Z]{2,7}$/.test(c.text) &&
			!/^(US|UK|USA|UAE|EU|PR|TV|GDP|GNP|WMDS?|PDF|AD|BC|BCE|CE|AM|PM|OK|ID|DNA|RNA|CEO|HIV|AIDS)$/.test(
				c.text
			)
				? type('organisation', 0.55)
				: undefined
	},
	{
		// "Federation of Oil Employees in Iraq", "Syrian Democratic Forces".
		name: 'organisation-word',
		apply: (c) =>
			c.words.some((w, k) => ORGANISATION_WORDS.has(w) && (k > 0 || c.words.length > 2))
				? type('organisation', 0.6)
				: undefined
	},
	{
		// "the activist group Raqqa Is Being Slaughtered Silently".
		name: 'organisation-before',
		apply: (c) =>
			/^(group|organisation|organization|campaign|movement|website|newspaper|magazine|charity|network|militias|groups|organisations|parties|unions|companies)$/.test(
				lower(c.tokens[c.groupFirst - 1])
			) ||
			/^(militias|groups|organisations|parties|unions|companies)$/.test(
				lower(c.tokens[c.groupFirst - 2])
			)
				? type('organisation', 0.6)
				: undefined
	},
	{
		// "defence secretary Mark Esper", "X, the archbishop of Y", "X, who ...".
		name: 'role-or-who',
		apply: (c) => {
			if (c.preRole) return type('person', 0.85);
			// ", the archbishop of Canterbury," but not ", General Electric,".
			if (c.appositive && (/^\p{Ll}/u.test(c.appositive) || /\b(of|to|for)\b/.test(c.appositive))) {
				return type('person', 0.8);
			}
			if (
				lower(c.tokens[c.last]) === ',' &&
				/^(who|whose|whom)$/.test(lower(c.tokens[c.last + 1]))
			) {
				return type('person', 0.75);
			}
			return undefined;
		}
	},
	{
		// "Ferdinand de Lesseps", "Sa'id Pasha", "Lucius D Clay".
		name: 'name-shape',
		apply: (c) => {
			// "Karl F. Olden Funeral Home": a head word anywhere makes it a thing.
			if (c.words.length < 2 || c.words.some((w) => w in LAST_HEADS)) return undefined;
			// A known given name in front makes the shape as sure as a given name alone does.
			const given = isGivenName(c.words[0] ?? '');
			const sure = given ? 0.8 : 0.7;
			if (c.words.some((w, k) => k > 0 && /^(de|van|von|da|di|du|le|la|bin|ibn|al)$/.test(w))) {
				return type('person', sure);
			}
			if (/^(pasha|bey|khan)$/.test(c.words[c.words.length - 1] ?? '')) return type('person', 0.7);
			// "Lucius D Clay", "Dwight D. Eisenhower"; not "Block I CSM" nor "Saturn V. Apollo".
			for (let k = c.first + 1; k < c.last - 1; k++) {
				const t = c.tokens[k]?.text ?? '';
				if (!/^[A-Z]\.?$/.test(t) || (!given && /^[IVX]/.test(t))) continue;
				if (
					/^\p{Lu}\p{Ll}/u.test(c.tokens[c.first]?.text ?? '') &&
					/^\p{Lu}\p{Ll}/u.test(c.tokens[c.last - 1]?.text ?? '')
				) {
					return type('person', sure);
				}
			}
			return undefined;
		}
	},
	{
		// "Martin Luther", "Elizabeth Macquarie": a given name first.
		name: 'given-name',
		apply: (c) =>
			c.words.length >= 2 &&
			c.words.length <= 4 &&
			isGivenName(c.words[0] ?? '') &&
			!DIRECTION_WORDS.has(c.words[0] ?? '') &&
			// "Royal Castle Curia Maior": a head word anywhere makes it a thing.
			!c.words.some((w) => w in LAST_HEADS) &&
			// "Base Titanium", "Senior Pilot": a given name that is also an ordinary word is one here.
			c.tokens[c.first]?.pos === 'PROPN' &&
			// "Roman Catholic theology", "the Art Deco style": a name that qualifies a noun.
			!(c.tokens[c.last]?.pos === 'NOUN' && /^\p{Ll}/u.test(c.tokens[c.last]?.text ?? '')) &&
			!GROUP_WORDS.has(c.words[c.words.length - 1] ?? '') &&
			!c.place
				? type('person', 0.8)
				: undefined
	},
	{
		// "X said", "X wrote", "X married": what only people do.
		name: 'person-verb',
		apply: (c) => {
			const next = lower(c.tokens[c.last]);
			const next2 = lower(c.tokens[c.last + 1]);
			if (SPEECH_VERBS.has(next) && c.words.length > 1) return type('person', 0.7);
			if (PERSON_VERBS.has(next) || (next === 'was' && next2 === 'born')) {
				return type('person', 0.6);
			}
			return undefined;
		}
	},
	{
		// "X invaded", "X conquered": a state; "X founded", "X signed": some actor.
		name: 'agency-verb',
		apply: (c) => {
			const next = lower(c.tokens[c.last]);
			if (STATE_VERBS.has(next)) return type(c.words.length === 1 ? 'polity' : 'person', 0.4);
			if (ACTOR_VERBS.has(next) && c.words.length > 1) return type('person', 0.45);
			return undefined;
		}
	},
	{
		// "the Maliki regime", "the Blair government": a regime named after its leader.
		name: 'regime',
		apply: (c) =>
			c.words.length === 1 &&
			/^(regime|government|administration|dictatorship|cabinet)$/.test(lower(c.tokens[c.last])) &&
			!GROUP_WORDS.has(c.words[0] ?? '')
				? type('person', 0.5)
				: undefined
	},
	{
		// "the base at X", "fled to X": a preposition of place, surer after a verb of going.
		name: 'place-preposition',
		apply: (c) => {
			const before = lower(c.tokens[c.groupFirst - 1]);
			if (!PLACE_PREPOSITIONS.has(before) || c.words.length > 3 || /\d/.test(c.text)) {
				return undefined;
			}
			if (isGivenName(c.words[0] ?? '')) return undefined;
			const verb = c.tokens[c.groupFirst - 2];
			const moving = MOVEMENT_VERBS.has(lower(verb)) || MOVEMENT_VERBS.has(verb?.lemma ?? '');
			return type('settlement', moving ? 0.45 : 0.3);
		}
	},
	{
		// "the Gaza Strip", "Zone": a place word in the name (a weak head).
		name: 'place-word',
		apply: (c) =>
			c.words.length > 1 && PLACE_HEADS.has(c.words[c.words.length - 1] ?? '')
				? type('region', 0.5)
				: undefined
	}
];

/** The first rule that applies, or 'other' with little confidence. */
export function typeName(c: NameContext): Typing & { rule: string } {
	for (const rule of NAME_RULES) {
		const t = rule.apply(c);
		if (t) return { ...t, rule: rule.name };
	}
	return { fine: 'other', confidence: 0.2, rule: 'none' };
}

/** Whether a name is followed by a comma and a country or region: "Nairobi, Kenya". */
function followedByPlace(c: NameContext): boolean {
	if (c.tokens[c.last]?.text !== ',') return false;
	const next = c.tokens[c.last + 1];
	if (!next || !/^\p{Lu}/u.test(next.text)) return false;
	let end = c.last + 1;
	while (/^\p{Lu}/u.test(c.tokens[end + 1]?.text ?? '') && end - c.last < 4) end++;
	const text = c.tokens
		.slice(c.last + 1, end + 1)
		.map((t) => t.text)
		.join(' ');
	const sort = lookupPlace(text)?.sort;
	return sort === 'country' || sort === 'region';
}
