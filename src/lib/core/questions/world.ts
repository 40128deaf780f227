/**
 * General knowledge of the world, read from the data distilled at build time from npm data
 * packages (scripts/build-world-data.ts): countries, settlements, first-level regions, continents,
 * oceans and seas, demonyms, given names and languages. Lookups ignore case, accents and dots
 * ("Kraków" = "krakow", "U.S." = "US"), and a leading "the". Everything is deterministic: ties
 * are broken by name. Only the pipeline imports this module, so the app's pages never load the data.
 */
import countryRows from './data/countries.json';
import settlementRows from './data/settlements.json';
import regionRows from './data/regions.json';
import languageRows from './data/languages.json';
import givenNameRows from './data/given-names.json';
import broad from './data/broad-places.json';

export type PlaceSort = 'country' | 'settlement' | 'region' | 'continent' | 'water';

export interface Place {
	sort: PlaceSort;
	/** The name the data gives ("United States" for "the U.S."). */
	name: string;
	/** For a settlement or a region: the country it is in (common name). */
	country?: string;
	/** The country's subregion ("Eastern Africa"), for a country, settlement or region. */
	subregion?: string;
	/** A country's continent-sized region ("Africa", "Europe"). */
	region?: string;
	/** People living there, to three significant figures; absent when the data has no figure. */
	population?: number;
	/** A settlement that is the capital of its country. */
	capital?: boolean;
	/** A settlement's longitude and latitude, in degrees. */
	at?: readonly [number, number];
}

interface Country {
	code: string;
	name: string;
	names: string[];
	demonyms: string[];
	region: string;
	subregion: string;
	capital: string[];
	area: number;
	member: boolean;
	borders: string[];
	languages: string[];
}

interface Entry extends Place {
	/** Size used to rank peers: population, or area for a country. */
	weight: number;
	/** The country's ISO code, for a country, settlement or region. */
	code?: string;
	/** The broad region ("Africa") of a country. */
	region?: string;
}

/** Case, accents, dots, commas and a leading "the" do not matter. */
export function placeKey(name: string): string {
	// Most names are plain ASCII: skip the costly decomposition for them.
	const folded = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
	return folded
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/[.,]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^the /, '');
}

/** "U.S.", "UK": a code counts only in capitals, so the pronoun "us" is never a country. */
function acronymKey(name: string): string | undefined {
	const bare = name.replace(/\./g, '').replace(/^the\s+/i, '');
	return /^[A-Z]{2,4}$/.test(bare) ? bare : undefined;
}

interface Index {
	places: Map<string, Entry>;
	acronyms: Map<string, Entry>;
	countries: Country[];
	countryByCode: Map<string, Country>;
	settlements: Entry[];
	regions: Entry[];
	demonyms: Map<string, string>;
	languages: Map<string, { name: string; areas: string[] }>;
	givenNames: Set<string>;
}

let index: Index | undefined;

/** Built on first use: a module that only imports a word list pays nothing. */
function getIndex(): Index {
	if (index) return index;
	const countries = countryRows as Country[];
	const countryByCode = new Map(countries.map((c) => [c.code, c]));
	const places = new Map<string, Entry>();
	const acronyms = new Map<string, Entry>();

	// Earlier sorts win a shared name: a country over a city of the same name ("Singapore",
	// "Georgia"), a continent or sea over a town named after it.
	const byArea = [...countries].sort((a, b) => b.area - a.area || cmp(a.name, b.name));
	for (const c of byArea) {
		const entry: Entry = {
			sort: 'country',
			name: c.name,
			subregion: c.subregion || undefined,
			weight: c.area,
			code: c.code,
			region: c.region
		};
		for (const n of [c.name, ...c.names]) {
			const acronym = acronymKey(n);
			if (acronym) {
				if (!acronyms.has(acronym)) acronyms.set(acronym, entry);
			} else if (!places.has(placeKey(n))) {
				places.set(placeKey(n), entry);
			}
		}
	}
	for (const name of broad.continents) add(places, { sort: 'continent', name, weight: 0 });
	for (const name of broad.waters) add(places, { sort: 'water', name, weight: 0 });
	const subregions = [...new Set(countries.map((c) => c.subregion).filter(Boolean))];
	for (const name of [...broad.regions, ...subregions]) {
		add(places, { sort: 'region', name, weight: 0 });
	}
	// "the Mediterranean", "the Atlantic": a sea or ocean is named without its head word too,
	// when what is left is no ordinary adjective ("Black", "North", "Indian").
	for (const name of broad.waters) {
		const bare = name.replace(/ (Sea|Ocean)$/, '');
		if (/^\p{Lu}\p{Ll}+(ic|ean)$/u.test(bare)) {
			add(places, { sort: 'water', name, weight: 0 }, bare);
		}
	}

	const settlements: Entry[] = (
		settlementRows as [string, string, number, number, number?, number?][]
	).map(([name, code, population, capital, lon, lat]) => ({
		sort: 'settlement',
		name,
		country: countryByCode.get(code)?.name,
		subregion: countryByCode.get(code)?.subregion || undefined,
		population: population || undefined,
		capital: capital === 1 || undefined,
		weight: population,
		code,
		...(lon !== undefined && lat !== undefined ? { at: [lon, lat] as const } : {})
	}));
	const regions: Entry[] = (regionRows as [string, string, number][]).map(
		([name, code, population]) => ({
			sort: 'region',
			// "Edinburgh, City of" is listed under its inverted official name.
			name: name.replace(/^(.*), (City|County|The) ?(of)?$/, '$1'),
			country: countryByCode.get(code)?.name,
			subregion: countryByCode.get(code)?.subregion || undefined,
			population: population || undefined,
			weight: population,
			code
		})
	);
	// Of several settlements of one name the largest is meant; a region and a settlement of one
	// name in one country are the city ("Manchester"); in two countries, the region unless the
	// settlement is a large city.
	const bestSettlement = new Map<string, Entry>();
	for (const s of settlements) {
		const key = placeKey(s.name);
		const old = bestSettlement.get(key);
		if (!old || s.weight > old.weight) bestSettlement.set(key, s);
	}
	const regionsByKey = new Map<string, Entry[]>();
	for (const r of regions) {
		const key = placeKey(r.name);
		regionsByKey.set(key, [...(regionsByKey.get(key) ?? []), r]);
	}
	const local = new Map<string, Entry>(bestSettlement);
	for (const [key, list] of regionsByKey) {
		const city = bestSettlement.get(key);
		if (city && (city.weight >= 500_000 || list.some((r) => r.code === city.code))) continue;
		const largest = [...list].sort(
			(a, b) => b.weight - a.weight || cmp(a.code ?? '', b.code ?? '')
		);
		local.set(key, largest[0] as Entry);
	}
	for (const [key, entry] of [...local].sort((a, b) => cmp(a[0], b[0]))) {
		if (!places.has(key)) places.set(key, entry);
	}

	const demonyms = new Map<string, string>();
	for (const c of byArea) {
		for (const d of c.demonyms) if (!demonyms.has(placeKey(d))) demonyms.set(placeKey(d), c.name);
	}

	const languages = new Map<string, { name: string; areas: string[] }>();
	for (const [name, areas] of languageRows as [string, string[]][]) {
		languages.set(placeKey(name), { name, areas });
	}

	index = {
		places,
		acronyms,
		countries,
		countryByCode,
		settlements,
		regions,
		demonyms,
		languages,
		givenNames: new Set(givenNameRows as string[])
	};
	return index;
}

function add(places: Map<string, Entry>, entry: Entry, name = entry.name): void {
	const key = placeKey(name);
	if (!places.has(key)) places.set(key, entry);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
const cmp = (a: string, b: string) => (a < b ? -1 : Number(a > b));

function toPlace(e: Entry): Place {
	const place: Place = { sort: e.sort, name: e.name };
	if (e.country) place.country = e.country;
	if (e.subregion) place.subregion = e.subregion;
	if (e.sort === 'country' && e.region) place.region = e.region;
	if (e.population) place.population = e.population;
	if (e.capital) place.capital = true;
	if (e.at) place.at = e.at;
	return place;
}

/**
 * How far apart two settlements are, in kilometres along the ground; undefined when the data
 * does not place both.
 */
export function kilometresBetween(a: string, b: string): number | undefined {
	const p = lookupPlace(a)?.at;
	const q = lookupPlace(b)?.at;
	if (!p || !q) return undefined;
	const rad = Math.PI / 180;
	const dLat = (q[1] - p[1]) * rad;
	const dLon = (q[0] - p[0]) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(p[1] * rad) * Math.cos(q[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function findEntry(name: string): Entry | undefined {
	const { places, acronyms } = getIndex();
	// A name in capitals is a code or an acronym, never a town's name in capitals ("ITO").
	const acronym = acronymKey(name.trim());
	if (acronym) return acronyms.get(acronym);
	return places.get(placeKey(name));
}

/**
 * The place a name names: "the United States", "U.S.", "Kraków", "New York City", "Victoria".
 * A name shared by a country and a city is the country; see getIndex for the other ties.
 */
export function lookupPlace(name: string): Place | undefined {
	if (placeCache.has(name)) return placeCache.get(name);
	const entry = findEntry(name);
	const place = entry && toPlace(entry);
	// A document asks for the same few hundred names again and again.
	if (placeCache.size > 20_000) placeCache.clear();
	placeCache.set(name, place);
	return place;
}

const placeCache = new Map<string, Place | undefined>();

/** The country whose people a word names: "French", "Frenchmen", "Polish", "Poles", "Kenyans". */
export function lookupDemonym(word: string): { country: string } | undefined {
	const country = getIndex().demonyms.get(placeKey(word));
	return country ? { country } : undefined;
}

/** A common given name in English-speaking countries ("Martin", "Elizabeth"). */
export function isGivenName(word: string): boolean {
	return getIndex().givenNames.has(placeKey(word));
}

/** A language's name ("Swahili", "Polish"; "the Polish language" is not a name, "Polish" is). */
export function isLanguage(name: string): boolean {
	return getIndex().languages.has(placeKey(name.replace(/\s+language$/i, '')));
}

/** Every place name the data holds, lower case, for word-list lookups. */
export function placeNames(): Set<string> {
	const { places } = getIndex();
	const names = new Set<string>();
	for (const [key, entry] of places) {
		names.add(key);
		names.add(entry.name.toLowerCase());
	}
	return names;
}

/** Every country's common and official names, lower case. */
export function countryNames(): Set<string> {
	const names = new Set<string>();
	for (const [key, entry] of getIndex().places) {
		if (entry.sort === 'country') names.add(key);
	}
	return names;
}

/** Every demonym, adjective or noun, lower case: "french", "frenchmen", "kenyans". */
export function demonymWords(): Set<string> {
	return new Set(getIndex().demonyms.keys());
}

/** Every given name, lower case. */
export function givenNames(): Set<string> {
	return new Set(getIndex().givenNames);
}

/** Capitals of countries, lower case. */
export function capitalNames(): Set<string> {
	return new Set(
		getIndex()
			.settlements.filter((s) => s.capital)
			.map((s) => placeKey(s.name))
	);
}

/** Continents, macro-regions and seas, lower case: offered neither for a city nor a country. */
export function broadPlaceNames(): Set<string> {
	const names = new Set<string>();
	for (const [key, entry] of getIndex().places) {
		if (
			entry.sort === 'continent' ||
			entry.sort === 'water' ||
			(entry.sort === 'region' && !entry.country)
		) {
			names.add(key);
		}
	}
	return names;
}

/** How far apart two sizes are, on a log scale; an unknown size is far from everything. */
function sizeDistance(a: number, b: number): number {
	if (!a || !b) return Infinity;
	return Math.abs(Math.log(a) - Math.log(b));
}

function ranked(entries: Entry[], weight: number): Entry[] {
	return [...entries].sort(
		(a, b) => sizeDistance(a.weight, weight) - sizeDistance(b.weight, weight) || cmp(a.name, b.name)
	);
}

/** Whether a country is a member state of the United Nations; undefined for no known country. */
export function isMemberState(name: string): boolean | undefined {
	const entry = findEntry(name);
	if (!entry || entry.sort !== 'country') return undefined;
	return getIndex().countryByCode.get(entry.code ?? '')?.member;
}

/** A country this many times smaller than the answer is too small to be offered for it. */
const MICROSTATE_RATIO = 100;

/**
 * Up to `count` places of the same sort a student could take for `name`, never `name` itself:
 * for a country, its neighbours and others of its subregion, then of its region; for a city,
 * cities of its country of similar size, then of its subregion; for a state or province, others of
 * its country; for a continent, the other continents; for a sea, other seas. Empty for an
 * unknown name.
 */
export function peerPlaces(name: string, count: number): string[] {
	const entry = findEntry(name);
	if (!entry || count <= 0) return [];
	const idx = getIndex();
	const out: string[] = [];
	const seen = new Set([placeKey(entry.name), placeKey(name)]);
	const take = (names: string[]) => {
		for (const n of names) {
			if (out.length >= count) return;
			const key = placeKey(n);
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(n);
		}
	};
	if (entry.sort === 'country') {
		const self = idx.countryByCode.get(entry.code ?? '');
		// A member state is offered against member states, not against dependencies.
		// Nor a microstate against a large country: a city-state beside a large country is no plausible guess.
		const pool = idx.countries.filter(
			(c) =>
				c.code !== self?.code &&
				(!self?.member || c.member) &&
				!(entry.weight > 0 && c.area > 0 && c.area * MICROSTATE_RATIO < entry.weight)
		);
		const bySize = (list: Country[]) =>
			[...list]
				.sort(
					(a, b) =>
						sizeDistance(a.area, entry.weight) - sizeDistance(b.area, entry.weight) ||
						cmp(a.name, b.name)
				)
				.map((c) => c.name);
		const sameSub = pool.filter((c) => c.subregion === entry.subregion);
		take(bySize(sameSub.filter((c) => self?.borders.includes(c.code))));
		take(bySize(sameSub));
		take(bySize(pool.filter((c) => c.region === entry.region)));
	} else if (entry.sort === 'settlement') {
		const others = idx.settlements.filter((s) => s.code === entry.code);
		take(ranked(others, entry.weight).map((s) => s.name));
		const near = idx.settlements.filter(
			(s) => s.code !== entry.code && s.subregion === entry.subregion && s.weight >= 100_000
		);
		take(ranked(near, entry.weight).map((s) => s.name));
	} else if (entry.sort === 'region' && entry.country) {
		const others = idx.regions.filter((r) => r.code === entry.code);
		take(ranked(others, entry.weight).map((r) => r.name));
	} else {
		// Continents with continents, seas with seas, macro-regions with macro-regions: the data's
		// own order, oceans before seas.
		const same = [...new Set(idx.places.values())].filter(
			(e) =>
				e.sort === entry.sort && !e.country && e.name !== 'America' && e.name !== 'the Americas'
		);
		const head = entry.name.split(' ').pop();
		take(same.filter((e) => e.name.split(' ').pop() === head).map((e) => e.name));
		take(same.map((e) => e.name));
	}
	return out;
}

/**
 * Up to `count` other languages: those official in the same parts of the world first, then
 * the languages official in the most parts of the world.
 */
export function peerLanguages(name: string, count: number): string[] {
	const { languages } = getIndex();
	const self = languages.get(placeKey(name.replace(/\s+language$/i, '')));
	// "Swiss German", "Fiji Hindi": a variety of another language is no peer.
	const isVariety = (l: { name: string }) => {
		const words = l.name.split(/[\s-]+/);
		return words.length > 1 && languages.has(placeKey(words[words.length - 1] ?? ''));
	};
	const all = [...languages.values()].filter((l) => l !== self && !isVariety(l));
	const shared = (l: { areas: string[] }) =>
		self ? l.areas.filter((a) => self.areas.includes(a)).length : 0;
	const near = all
		.filter((l) => shared(l) > 0)
		.sort(
			(a, b) => shared(b) - shared(a) || b.areas.length - a.areas.length || cmp(a.name, b.name)
		);
	const known = all
		.filter((l) => l.areas.length > 0)
		.sort((a, b) => b.areas.length - a.areas.length || cmp(a.name, b.name));
	const out: string[] = [];
	for (const l of [...near, ...known]) {
		if (out.length >= count) break;
		if (!out.includes(l.name)) out.push(l.name);
	}
	return out;
}
