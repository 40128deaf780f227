/**
 * Word lists the entity layer needs because the language model has no person, organisation or
 * place types. Lower-case keys. The lists of particular places, nationalities and given names are
 * read from the world data (world.ts); the rest are general words: titles, role nouns, the head
 * words of organisations and terms.
 *
 * Every list built from the world data is marked pure, so that a module importing only MONTHS
 * (dates.ts, which the app's pages use) does not pull the data into the pages.
 */
import { broadPlaceNames, countryNames, demonymWords, givenNames, placeNames } from './world.ts';

/** General words joined with lists from the world data. */
function withWorld(words: string[], ...lists: (() => Set<string>)[]): Set<string> {
	const set = new Set(words);
	for (const list of lists) for (const w of list()) set.add(w);
	return set;
}

/** Every place the world data knows: countries, settlements, regions, continents, seas. */
export const PLACES: Set<string> = /* @__PURE__ */ placeNames();

/** The last word of a place name that says it is a place. */
export const PLACE_HEADS = new Set(
	'city province region strip gulf sea river valley mountains island islands border airport airbase base camp square zone district town port village building'.split(
		' '
	)
);

/** Words that make a proper-noun group an organisation. */
export const ORGANISATION_WORDS = new Set(
	(
		'army council councils party union federation company authority agency congress brigade brigades ' +
		'forces force group association times post independent department organisation organization ' +
		'corp corporation committee guard guards commission bank front mobilisation mobilization movement ' +
		'network institute office ministry government administration services coalition league alliance ' +
		'tendency international nations council journal news website church society trust foundation ' +
		'university college police militia militias board bureau scholars revolutionaries ' +
		'project programme'
	).split(' ')
);

/**
 * Single names of organisations. No particular organisation is listed: an acronym, a head word
 * ("Company", "Party") or the context says a name is an organisation.
 */
export const KNOWN_ORGANISATIONS = new Set<string>();

/** The first or last word of a named law, order, operation or programme. */
export const TERM_WORDS = new Set(
	'law order decree act operation agreement convention programme program plan resolution treaty accord doctrine initiative directive bill constitution charter'.split(
		' '
	)
);

/** Nouns that name a role a person holds: the head of a title or an appositive. */
export const ROLE_NOUNS = new Set(
	(
		'president secretary minister general sergeant commander spokesman spokesperson spokeswoman ' +
		'dictator leader chairman chairwoman chair adviser advisor sheikh sheik director chief head ' +
		'governor ambassador king queen prince officer driver captain colonel major lieutenant lt gen ' +
		'brigadier admiral senator mayor premier chancellor envoy cleric imam founder editor correspondent ' +
		'reporter professor dr mr mrs ms judge general-secretary deputy vice-president diplomat ' +
		'emperor empress khedive pasha viceroy sultan shah tsar princess organiser organizer owner ' +
		'owners banker engineer activist inventor goldsmith merchant archbishop bishop cardinal abbot ' +
		'abbess monk priest friar pastor vicar chaplain theologian philosopher poet writer author ' +
		'scientist physicist chemist geologist astronomer astronaut architect explorer missionary ' +
		'reformer preacher composer painter sculptor playwright novelist historian duke duchess earl ' +
		'countess baron margrave elector kaiser czar tsarina pharaoh caliph emir chieftain consul ' +
		'vizier regent heir sir dame lord lady pilot advocate'
	).split(' ')
);

/** Titles that are part of a ruler's name: "Queen Victoria", "Khedive Ismail Pasha". */
export const ROYAL_TITLES = new Set(
	'king queen emperor empress khedive sultan shah tsar prince princess pope'.split(' ')
);

/** Words that can sit in front of a role noun inside a title ("Tory defence secretary"). */
export const ROLE_MODIFIERS = /* @__PURE__ */ withWorld(
	(
		'defence defense foreign home state national security prime vice deputy former ex ex-treasury ' +
		'treasury interior oil electricity finance health education labour tory republican ' +
		'democratic us u.s. senior top military brigade union chief general joint staff of the ' +
		'company refineries south north elite taxi lieutenant brigadier lt'
	).split(' '),
	// "the French foreign minister": any nationality.
	demonymWords
);

import { MONTHS } from '../months.ts';

export { MONTHS };

/** Words that are capitalised but never part of a name. */
export const NOT_NAMES = new Set(
	(
		MONTHS.join(' ') +
		' monday tuesday wednesday thursday friday saturday sunday i the a an in on at by for of and but ' +
		'or if so as to from with this that these those it its he she they we you his her their our ' +
		'there here when where while after before since although though however meanwhile today ' +
		'yesterday now then yet still even also only indeed instead finally initially later gradually'
	).split(' ')
);

/**
 * Group words: nationalities, religions, sects and political leanings are not actors a quiz
 * should ask for by name. Nationalities come from the world data; the rest are general words.
 */
export const GROUP_WORDS = /* @__PURE__ */ withWorld(
	(
		"sunni sunnis shia shias shiite shiites shi’ite shi’ites shi’a shi'ite shi'ites shi'a arab " +
		'arabs european europeans western westerners eastern islamist islamists islamic muslim ' +
		'muslims moslem moslems christian christians jewish jew jews catholic catholics protestant ' +
		'protestants orthodox hindu hindus buddhist buddhists sikh sikhs pagan pagans baathist ' +
		'baathists ba’athist ba’athists republican republicans democrat democrats tory tories ' +
		'marxist marxists socialist socialists communist communists fascist fascists nationalist ' +
		'nationalists liberal liberals conservative conservatives jihadist jihadists salafist ' +
		'salafists african africans asian asians latino latinos hispanic hispanics'
	).split(' '),
	demonymWords
);

/** Common given names, from the world data. A two-word name that starts with one is a person. */
export const GIVEN_NAMES: Set<string> = /* @__PURE__ */ givenNames();

/** Countries and larger regions, so a country is offered against countries, a city against cities. */
export const COUNTRIES = /* @__PURE__ */ withWorld([], countryNames, broadPlaceNames);

/**
 * The sort of organisation a name is, from its head words, so distractors match: a newspaper for
 * a newspaper, a party for a party.
 */
export function organisationSort(name: string): string {
	const n = name.toLowerCase();
	// A broadcaster for a broadcaster, a newspaper for a newspaper.
	if (/\b(broadcasting|radio|television|tv|network|channel)\b/.test(n)) return 'media:broadcast';
	if (
		/\b(times|post|independent|news|journal|gazette|herald|tribune|chronicle|observer|guardian|telegraph|mail|express|standard|website|monitor|press|magazine|review)\b/.test(
			n
		)
	) {
		return 'media';
	}
	if (
		/\b(company|companies|corp|corporation|ltd|limited|plc|holdings|enterprises|industries|electric|petroleum|oil|airlines?|railways?|motors|bank|services|berhad)\b/.test(
			n
		) ||
		/\b(Inc|LLC|AG|SA|GmbH)\b/.test(name)
	) {
		return 'company';
	}
	if (
		/\b(brigades|militia|militias|insurgents|rebels|guerrillas|mobilisation|mobilization|revolutionaries)\b/.test(
			n
		)
	) {
		return 'armed-group';
	}
	if (
		/\b(army|brigade|forces|force|guard|team|command|marines|navy|regiment|division|corps|fleet|legion)\b/.test(
			n
		)
	) {
		return 'military';
	}
	if (
		/\b(church|churches|diocese|archdiocese|order|abbey|monastery|mosque|synod|brotherhood|caliphate)\b/.test(
			n
		)
	) {
		return 'religious';
	}
	// A university for a university, never a secondary school; a parliament for a parliament.
	const education = /\b(university|college|school|academy|institute|conservatory|seminary)\b/.exec(
		n
	);
	if (education) return `education:${education[1]}`;
	if (
		/\b(club|fc|united|athletic|rovers|wanderers)\b/.test(n) ||
		/\b(super|premier|golden|football|baseball|basketball|hockey|rugby|cricket|soccer|major|minor|champions)\s+league\b/.test(
			n
		)
	) {
		return 'sport';
	}
	const legislature =
		/\b(house of|parliament|senate|assembly|diet|sejm|duma|legislature|chamber)\b/.exec(n);
	if (legislature) return `legislature:${legislature[1]}`;
	if (/\b(party|congress|front|movement|league|tendency)\b/.test(n)) return 'party';
	if (/\b(union|federation|workers|employees|association|scholars|guild)\b/.test(n)) return 'union';
	if (
		/\b(department|council|ministry|government|administration|authority|agency|commission|nations|fund|office|court|alliance|cabinet|treasury|bureau|service)\b/.test(
			n
		)
	) {
		// A council for a council, a commission for a commission: their head noun.
		return `government:${(/\b(department|council|ministry|government|administration|authority|agency|commission|nations|fund|office|court|alliance|cabinet|treasury|bureau|service)\b/.exec(n) ?? [])[1]}`;
	}
	// Campaigns, charities, activist groups: offered only against their own kind.
	return 'other';
}

/** Continents, seas and macro-regions: offered neither for a city nor for a country. */
export const REGIONS: Set<string> = /* @__PURE__ */ broadPlaceNames();
