/**
 * Small word lists the entity layer needs because the language model has no person,
 * organisation or place types. Lower-case keys; kept short and general on purpose.
 */

export const PLACES = new Set(
	(
		'afghanistan albania algeria anbar argentina armenia australia austria azerbaijan baghdad bahrain ' +
		'baiji balkans baluchistan baquba basra beirut belgium bosnia brazil britain cairo canada chile ' +
		'china crimea croatia cuba cyprus damascus dhuluiyah diyala egypt england europe fallujah france ' +
		'gaza georgia germany greece haditha hiroshima india indonesia iran iraq ireland israel italy ' +
		'jalawla japan jerusalem jordan kabul kandahar karbala kirkuk korea kosovo kurdistan kuwait ' +
		'lebanon libya london malaysia mediterranean mexico moscow mosul nagasaki najaf nasiriyah ' +
		'netherlands nigeria ninevah nineveh norway oman oxford pakistan palestine paris poland ' +
		'portugal qaim qatar qayyarah ramadi raqqa riyadh russia saigon samarra scotland seattle ' +
		'serbia somalia spain sudan sweden syria taji tartus tehran teheran tel-aviv tikrit tunisia ' +
		'turkey ukraine vietnam wales washington yemen zubair zurbatiya africa asia america ' +
		'umqasr rumeila halabja sinjar erbil sulaymaniyah aleppo homs idlib deir amman sinai suez ' +
		'berlin rome madrid vienna lisbon dublin edinburgh manchester liverpool bombay mumbai delhi ' +
		'calcutta tokyo beijing shanghai istanbul constantinople athens warsaw prague budapest ' +
		'amsterdam brussels geneva munich hamburg chicago boston philadelphia sydney toronto ' +
		'montreal alexandria ismailia'
	).split(' ')
);
for (const multi of [
	'middle east',
	'saudi arabia',
	'gaza strip',
	'north of ireland',
	'northern ireland',
	'united states',
	'united kingdom',
	'soviet union',
	'persian gulf',
	'port said',
	'new york',
	'los angeles',
	'san francisco',
	'hong kong',
	'buenos aires',
	'cape town',
	'st petersburg'
]) {
	PLACES.add(multi);
}

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
		'university college police militia militias board bureau scholars revolutionaries pentagon ' +
		'project programme'
	).split(' ')
);

/** Single names the model tags PROPN that are organisations. */
export const KNOWN_ORGANISATIONS = new Set(
	(
		'pentagon nato isis isil hamas hezbollah pkk cia fbi nsc un bbc ap halliburton kbr blackwater ' +
		'al-qaeda alqaeda al-qaida alqaida exxonmobil total maersk lancet economist telegraph rt ' +
		'kataib al-dawa pnac cpa inc imt sdf pmf aqi'
	).split(' ')
);

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
		'owners banker engineer activist inventor goldsmith merchant'
	).split(' ')
);

/** Titles that are part of a ruler's name: "Queen Victoria", "Khedive Ismail Pasha". */
export const ROYAL_TITLES = new Set(
	'king queen emperor empress khedive sultan shah tsar prince princess pope'.split(' ')
);

/** Words that can sit in front of a role noun inside a title ("Tory defence secretary"). */
export const ROLE_MODIFIERS = new Set(
	(
		'defence defense foreign home state national security prime vice deputy former ex ex-treasury ' +
		'treasury interior oil electricity finance health education labour tory labour republican ' +
		'democratic russian iranian iraqi american british us u.s. israeli syrian turkish kurdish ' +
		'saudi french senior top military brigade union chief general joint staff of the ' +
		'company refineries south north elite taxi lieutenant brigadier lt'
	).split(' ')
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

/** Group words: nationalities, religions and sects are not actors a quiz should ask for. */
export const GROUP_WORDS = new Set(
	(
		'iraqi iraqis american americans british iranian iranians syrian syrians kurdish kurds kurd ' +
		"sunni sunnis shia shias shiite shiites shi’ite shi’ites shi’a shi'ite shi'ites shi'a arab " +
		'arabs turkish turks turkmen turkomen turkoman israeli israelis palestinian palestinians ' +
		'russian russians french czech european europeans western islamist islamists islamic muslim ' +
		'muslims christian christians jewish saudi saudis baathist baathists ba’athist ba’athists ' +
		'republican republicans democrat democrats tory tories marxist socialist socialists communist ' +
		'western westerners jihadist jihadists salafist salafists egyptian egyptians afghan lebanese ' +
		'jordanian kuwaiti qatari yemeni pakistani indian chinese danish'
	).split(' ')
);

/**
 * Given names common in the documents the app is used with. A two-word name counts as a person
 * without a title only when it starts with one of these, or its surname recurs alone.
 */
export const GIVEN_NAMES = new Set(
	(
		'ahmed ali anthony avigdor barack bashar bill bob carl colin condoleezza david dick donald ' +
		'eric faleh farouk gamal george gordon harith hassan hussain hussein ibrahim jalal james jeffrey ' +
		'jill joe john jonathan josef joseph kofi mark masoud michael mike mohammad mohammed moqtada ' +
		'muhammad muqtada muzhir nazar nouri nuri osama paul qasem qassem richard robert ronald saddam ' +
		'sean simon tariq tommy tony vincent vladimir william winston yasser'
	).split(' ')
);

/** Countries and larger regions, so a country is offered against countries, a city against cities. */
export const COUNTRIES = new Set(
	(
		'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain belgium ' +
		'bosnia brazil britain canada chile china croatia cuba cyprus egypt england france georgia ' +
		'germany greece india indonesia iran iraq ireland israel italy japan jordan korea kosovo ' +
		'kuwait lebanon libya malaysia mexico netherlands nigeria norway oman pakistan palestine ' +
		'poland portugal qatar russia scotland serbia somalia spain sudan sweden syria tunisia turkey ' +
		'ukraine vietnam wales yemen america europe africa asia kurdistan lebanon'
	)
		.split(' ')
		.concat(['saudi arabia', 'united states', 'united kingdom', 'soviet union', 'middle east'])
);

/** The sort of organisation a name is, so distractors match: a newspaper for a newspaper. */
export function organisationSort(name: string): string {
	const n = name.toLowerCase();
	if (
		/\b(times|post|independent|economist|lancet|telegraph|bbc|rt|ap|news|journal|guardian|website|monitor|reuters|press)\b/.test(
			n
		)
	) {
		return 'media';
	}
	if (
		/\b(company|corp|corporation|halliburton|kbr|maersk|shell|exxon|exxonmobil|mobil|total|electric|petroleum|services|berhad|blackwater)\b/.test(
			n
		) ||
		/\bInc\b/.test(name)
	) {
		return 'company';
	}
	if (
		/\b(isis|isil|qaeda|qaida|aqi|hamas|hezbollah|pkk|mahdi|brigades|militia|islamic army|state in iraq|taliban|peshmerga|guard|mobilisation|pmf|sdf|democratic forces|revolutionaries)\b/.test(
			n
		)
	) {
		return 'armed-group';
	}
	if (/\b(army|brigade|forces|force|guard|team|command|marines|navy)\b/.test(n)) return 'military';
	if (/\b(party|congress|front|movement|league|tendency|communist|inc)\b/.test(n)) return 'party';
	if (/\b(union|federation|workers|employees|association|scholars)\b/.test(n)) return 'union';
	if (
		/\b(department|council|ministry|government|administration|authority|agency|commission|nations|bank|fund|office|senate|parliament|pentagon|cia|fbi|nsa|nsc|un|imf|usaid|assembly|court|legislature|nato|alliance|cpa|usaid)\b/.test(
			n
		)
	) {
		return 'government';
	}
	// Campaigns, charities, activist groups: offered only against their own kind.
	return 'other';
}

/** Seas and regions: offered neither for a city nor for a country. */
export const REGIONS = new Set([
	'mediterranean',
	'middle east',
	'gulf',
	'persian gulf',
	'europe',
	'asia',
	'africa',
	'america',
	'west',
	'east',
	'levant',
	'balkans'
]);
