import type { Candidate, GenerationContext } from './candidate.ts';
import { compareDates, formatDate, type PartialDate } from './dates.ts';
import { areEquivalent, isAcronymOf } from './equivalence.ts';
import {
	COUNTRIES,
	GROUP_WORDS,
	organisationSort,
	PLACES,
	REGIONS,
	TERM_WORDS
} from './gazetteer.ts';
import { readNumber, nearbyNumbers, scaledValue, type NumberValue } from './numbers.ts';
import { ORGANISATION_POOL, PLACE_POOL, PERSON_POOL } from './distractor-pool.ts';

const COUNT = 3;

/**
 * Three wrong options of the same kind and sort as the answer: another union leader for a union
 * leader, a nearby month for a month, a sum in the same currency and scale for a sum. Never the
 * answer under another spelling, never a name the evidence sentence itself mentions (it could
 * be another true answer). Causes are self-graded and get none.
 */
export function chooseDistractors(c: Candidate, context: GenerationContext): string[] {
	if (c.kind === 'cause' || c.selfGraded) return [];
	const sentenceText =
		context.paragraphs[c.paragraph]?.paragraph.text.slice(c.sentence.start, c.sentence.end) ?? '';
	const options = rankedOptions(c, context);
	const chosen: string[] = [];
	for (const option of options) {
		if (chosen.length >= COUNT) break;
		if (!option || areEquivalent(option, c.answer)) continue;
		if ((c.accept ?? []).some((a) => areEquivalent(option, a))) continue;
		if (chosen.some((d) => areEquivalent(d, option))) continue;
		if (c.kind !== 'date' && c.kind !== 'number' && sentenceText.includes(option)) continue;
		if (c.prompt.includes(option)) continue;
		// "Tehran" against a prompt that says "Teheran": the same name under another spelling.
		// "Now Assad and ... _____": "Bashar al-Assad" is named in the prompt by his surname.
		if ((c.prompt.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).some((w) => areEquivalent(w, option))) {
			continue;
		}
		// "neither _____ nor the UN": an option the prompt already names by its acronym.
		if ((c.prompt.match(/\b[A-Z]{2,6}\b/g) ?? []).some((ac) => isAcronymOf(ac, option))) continue;
		chosen.push(option);
	}
	return chosen;
}

function rankedOptions(c: Candidate, context: GenerationContext): string[] {
	switch (c.kind) {
		case 'date':
			return c.date ? dateOptions(c.date, context) : [];
		case 'number':
			return c.number ? numberOptions(c.number, context) : [];
		case 'actor':
			return personOptions(c, context);
		case 'place':
			return placeOptions(c, context);
		case 'term':
			return termOptions(c, context);
		default:
			return [];
	}
}

/** A named thing as distractors see it: once per name, with all its roles and paragraphs. */
interface NamedThing {
	canonical: string;
	type: string;
	roles: Set<string>;
	/** What sort of person (union, military, politics, ...) or place (city, field, ...) it is. */
	sorts: Set<string>;
	paragraphs: number[];
	count: number;
}

interface Pools {
	named: NamedThing[];
	/** The fallback lists are about Iraq and its region: used only for documents on that topic. */
	regional: boolean;
	dates: PartialDate[];
	numbers: NumberValue[];
}

// Pools are built once per document, so choosing distractors stays linear in its size.
const poolCache = new WeakMap<GenerationContext, Pools>();

function poolsOf(context: GenerationContext): Pools {
	const cached = poolCache.get(context);
	if (cached) return cached;
	const byName = new Map<string, NamedThing>();
	for (const m of context.mentions) {
		// Names in source citations ("by Mark Mazzetti") are authors, not actors of the story.
		const paragraph = context.paragraphs[m.paragraph];
		if (paragraph?.citations.some((c) => m.start >= c.start && m.end <= c.end)) continue;
		const key = `${m.type}|${m.canonical}`;
		let thing = byName.get(key);
		if (!thing) {
			thing = {
				canonical: m.canonical,
				type: m.type,
				roles: new Set(),
				sorts: new Set(),
				paragraphs: [],
				count: 0
			};
			byName.set(key, thing);
		}
		for (const w of roleWords(m.role)) thing.roles.add(w);
		const sort =
			m.type === 'place'
				? placeSort(m.canonical, paragraph?.paragraph.text.slice(m.end, m.end + 16) ?? '')
				: personSort(m.role);
		if (sort) thing.sorts.add(sort);
		if (thing.paragraphs[thing.paragraphs.length - 1] !== m.paragraph) {
			thing.paragraphs.push(m.paragraph);
		}
		thing.count++;
	}
	const dates: PartialDate[] = [];
	const numbers = new Map<string, NumberValue>();
	for (const p of context.paragraphs) {
		for (const e of p.entities) {
			if (e.type === 'DATE' && /^(1[5-9]\d\d|20\d\d)$/.test(e.text.trim())) {
				dates.push({ year: Number(e.text.trim()) });
			}
		}
		for (const t of p.tokens) {
			if (t.type !== 'number' && t.type !== 'currency') continue;
			const read = readNumber(p.paragraph.text, t.start);
			if (read && !numbers.has(read.number.text)) numbers.set(read.number.text, read.number);
		}
	}
	const named = [...byName.values()];
	const regional = named.some((n) => n.canonical === 'Iraq' || PLACE_POOL.includes(n.canonical));
	const pools = { named, regional, dates, numbers: [...numbers.values()] };
	poolCache.set(context, pools);
	return pools;
}

function granularity(d: PartialDate): number {
	if (d.day) return 3;
	return d.month ? 2 : 1;
}

/** Nearby dates of the same granularity: years around a year, months around a month. */
function dateOptions(answer: PartialDate, context: GenerationContext): string[] {
	const g = granularity(answer);
	const months = (d: PartialDate) => d.year * 12 + (d.month ?? 1);
	const synthetic: PartialDate[] = [];
	for (const step of [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]) {
		if (g === 1) synthetic.push({ year: answer.year + step });
		else if (g === 2) {
			const total = months(answer) - 1 + step * 2;
			synthetic.push({ year: Math.floor(total / 12), month: (total % 12) + 1 });
		} else {
			const day = (answer.day ?? 1) + step * 3;
			if (day >= 1 && day <= 28) synthetic.push({ year: answer.year, month: answer.month, day });
		}
	}
	// Dates the document itself names, if close enough to be confused, come first.
	const fromDocument = documentDates(context).filter(
		(d) =>
			granularity(d) === g && Math.abs(d.year - answer.year) <= 4 && compareDates(d, answer) !== 0
	);
	fromDocument.sort(
		(a, b) =>
			Math.abs(months(a) - months(answer)) - Math.abs(months(b) - months(answer)) ||
			compareDates(a, b)
	);
	return [...fromDocument.slice(0, 1), ...synthetic].map(formatDate);
}

function documentDates(context: GenerationContext): PartialDate[] {
	return poolsOf(context).dates;
}

/** Figures of the same unit and size: the document's own first, then scaled variants. */
function numberOptions(answer: NumberValue, context: GenerationContext): string[] {
	const own: string[] = [];
	const percent = /%|per ?cent/i.test(answer.scale);
	for (const n of poolsOf(context).numbers) {
		{
			if (n.currency !== answer.currency || n.scale !== answer.scale) continue;
			if (/%|per ?cent/i.test(n.scale) !== percent) continue;
			const ratio = scaledValue(n) / scaledValue(answer);
			if (!(ratio > 0.2 && ratio < 5) || n.text === answer.text) continue;
			if (!answer.currency && !percent && /^(1[5-9]\d\d|20\d\d)$/.test(n.text)) continue;
			if (!own.includes(n.text)) own.push(n.text);
		}
	}
	return [...own.slice(0, 1), ...nearbyNumbers(answer, 6)];
}

function roleWords(role: string | undefined): Set<string> {
	return new Set(
		(role ?? '')
			.toLowerCase()
			.split(/[^a-z]+/)
			.filter((w) => w.length > 3 && !['former', 'with', 'from'].includes(w))
	);
}

/** People of the same sort: sharing a role word first, then other people in the document. */
function personOptions(c: Candidate, context: GenerationContext): string[] {
	const wanted = roleWords(c.role);
	// The role in this sentence, else what other mentions or the fallback list say of the person.
	const wantedSort =
		personSort(c.role) ??
		[
			...(poolsOf(context).named.find((m) => m.type === 'person' && m.canonical === c.answer)
				?.sorts ?? [])
		][0] ??
		personSort(PERSON_POOL.find((e) => e.name === c.answer)?.roles.join(' '));
	const people = new Map<string, number>();
	// Two others of a narrow sort (union leaders) are enough; with fewer, people of no known sort fill in.
	const sameSortCount = poolsOf(context).named.filter(
		(m) => m.type === 'person' && wantedSort && m.sorts.has(wantedSort) && m.canonical !== c.answer
	).length;
	for (const m of poolsOf(context).named) {
		if (m.type !== 'person' || m.canonical.split(/\s+/).length < 2) continue;
		// What the document says of the person, else what the fallback list knows.
		const poolSort = personSort(PERSON_POOL.find((e) => e.name === m.canonical)?.roles.join(' '));
		const sorts = m.sorts.size > 0 || !poolSort ? m.sorts : new Set([poolSort]);
		// A union leader for a union leader: a person known to be of another sort is never offered.
		if (wantedSort && sorts.size > 0 && !sorts.has(wantedSort)) continue;
		// Without a known sort, the answer is most often a public figure: no union leader or cleric.
		if (!wantedSort && [...sorts].some((s) => NARROW_SORTS.has(s))) continue;
		// A union leader or a cleric only against another of the same sort.
		if (
			wantedSort &&
			NARROW_SORTS.has(wantedSort) &&
			!sorts.has(wantedSort) &&
			sameSortCount >= 2
		) {
			continue;
		}
		const shared = [...m.roles].filter((w) => wanted.has(w)).length;
		const near = m.paragraphs.some((i) => Math.abs(i - c.paragraph) < 8) ? 0.5 : 0;
		const sameSort = wantedSort && sorts.has(wantedSort) ? 3 : 0;
		people.set(m.canonical, Math.max(people.get(m.canonical) ?? 0, shared * 2 + near + sameSort));
	}
	for (const entry of poolsOf(context).regional ? PERSON_POOL : []) {
		if (people.has(entry.name)) continue;
		const sort = personSort(entry.roles.join(' '));
		if (wantedSort && sort !== wantedSort) continue;
		const shared = entry.roles.filter((r) => wanted.has(r)).length;
		// Someone of the same sort from the list ranks above a stranger of no known sort.
		const sameSort = wantedSort ? 2.5 : 0;
		people.set(entry.name, (shared > 0 ? shared * 2 - 0.5 : -1) + sameSort);
	}
	return [...people].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

const NARROW_SORTS = new Set(['union', 'religious', 'civilian', 'media', 'business', 'relative']);

/** The sort of person a role says: a union leader, an officer, a politician, a cleric, ... */
export function personSort(role: string | undefined): string | undefined {
	const r = (role ?? '').toLowerCase();
	if (!r) return undefined;
	if (/\b(unions?|federation|workers|organiser|organizer|unionists?|strikers?)\b/.test(r)) {
		return 'union';
	}
	if (
		/\b(cleric|clerics|imam|sheikh|sheik|ayatollah|scholars|ulama|pope|bishop|priest)\b/.test(r)
	) {
		return 'religious';
	}
	if (/\b(wife|husband|widow|son|daughter|mother|father|brother|sister)\b/.test(r)) {
		return 'relative';
	}
	if (/\b(driver|resident|residents|parent|student|shopkeeper|farmer|villager)\b/.test(r)) {
		return 'civilian';
	}
	if (/\b(king|queen|emperor|empress|prince|princess|tsar|khedive|pasha|sultan|shah)\b/.test(r)) {
		return 'royalty';
	}
	if (/\b(journalist|reporter|correspondent|editor|writer|author)\b/.test(r)) return 'media';
	if (/\b(company|corporation|owners?|banker|businessman|executive|ceo|merchant)\b/.test(r)) {
		return 'business';
	}
	if (
		/\b(general|gen|lt|sergeant|commander|colonel|lieutenant|admiral|brigadier|captain|major|officer|soldier|marshal|military)\b/.test(
			r.replace(/\b(general secretary|secretary general|general-secretary)\b/g, '')
		)
	) {
		return 'military';
	}
	if (
		/\b(president|minister|secretary|senator|governor|ambassador|chancellor|dictator|king|queen|emperor|empress|premier|mayor|envoy|viceroy|spokesman|spokesperson|spokeswoman|adviser|advisor|leader|ruler|khedive|pasha|diplomat|politician|legislator)\b/.test(
			r
		)
	) {
		return 'politics';
	}
	return undefined;
}

/**
 * What sort of place a name is, from the gazetteer and the word after it: an oilfield for
 * "Rumeila fields", an airport for "Tempelhof airport", a capital, a country, a region, a city.
 */
export function placeSort(name: string, after: string): string {
	const key = name.toLowerCase();
	if (/^\s*(oil)?fields?\b/i.test(after)) return 'field';
	// "Baghdad airport" is still a city; an unknown name before "airport" or "base" is the base.
	const known = PLACES.has(key) || COUNTRIES.has(key) || CAPITALS.has(key);
	if (
		!known &&
		(/^\s*(airport|airbase|air base|base)\b/i.test(after) || /\b(base|airport|camp)$/.test(key))
	) {
		return 'base';
	}
	if (/\b(sea|ocean|gulf|bay|strait)$/.test(key) || key === 'mediterranean') return 'sea';
	if (/\b(zone|strip|province|region|district|valley)$/.test(key)) return 'area';
	if (REGIONS.has(key)) return 'region';
	if (COUNTRIES.has(key)) return 'country';
	if (CAPITALS.has(key)) return 'capital';
	return 'city';
}

const CAPITALS = new Set(
	(
		'washington london paris moscow berlin rome madrid lisbon vienna brussels amsterdam athens ' +
		'ankara tehran teheran damascus beirut amman cairo riyadh baghdad kabul islamabad delhi ' +
		'beijing tokyo jerusalem kuwait doha tripoli tunis algiers khartoum nairobi'
	).split(' ')
);

/** Countries for a country, cities and regions for a city; the document's own places first. */
function placeOptions(c: Candidate, context: GenerationContext): string[] {
	const text = context.paragraphs[c.paragraph]?.paragraph.text ?? '';
	const wanted = placeSort(c.answer, text.slice(c.answerEnd, c.answerEnd + 16));
	// A city may be offered against a capital's city, but fields, bases and capitals keep to their sort.
	const accepts = (sorts: Set<string>) =>
		sorts.has(wanted) || (wanted === 'city' && sorts.has('capital'));
	const places = new Map<string, number>();
	for (const m of poolsOf(context).named) {
		if (m.type !== 'place' || m.canonical.length < 3 || !accepts(m.sorts)) continue;
		places.set(m.canonical, (places.get(m.canonical) ?? 0) + m.count);
	}
	const own = [...places]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([name]) => name);
	const regional = poolsOf(context).regional;
	switch (wanted) {
		case 'region':
			return regional ? [...own, 'Europe', 'Central Asia', 'North Africa', 'the Balkans'] : own;
		case 'country':
			return [...own, ...(regional ? COUNTRY_POOL : WORLD_COUNTRY_POOL)];
		case 'capital':
			return [...own, ...(regional ? REGIONAL_CAPITAL_POOL : WORLD_CAPITAL_POOL)];
		case 'city':
			return regional ? [...own, ...PLACE_POOL] : own;
		case 'sea':
			return [...own, ...SEA_POOL];
		case 'field':
			return regional ? [...own, 'West Qurna', 'Majnoon', 'Nahr Umr'] : own;
		default:
			return own;
	}
}

/** Well-known operation names: the same sort of thing as any "Operation ..." in a document. */
const OPERATION_POOL = [
	'Operation Overlord',
	'Operation Torch',
	'Operation Market Garden',
	'Operation Desert Storm',
	'Operation Barbarossa'
];
const SEA_POOL = ['Black Sea', 'Caspian Sea', 'Arabian Sea', 'North Sea', 'Baltic Sea'];
/** Treaties and conventions for a treaty or convention. */
const TREATY_POOL = [
	'Treaty of Paris',
	'Treaty of Berlin',
	'Congress of Vienna',
	'Treaty of London'
];
const COUNTRY_POOL = ['Syria', 'Jordan', 'Lebanon', 'Kuwait', 'Turkey', 'Saudi Arabia', 'Egypt'];
const REGIONAL_CAPITAL_POOL = ['Damascus', 'Tehran', 'Amman', 'Beirut', 'Riyadh', 'Ankara'];
/** Fallbacks for documents on any topic: countries and capitals a reader could confuse. */
const WORLD_COUNTRY_POOL = ['France', 'Germany', 'Italy', 'Spain', 'Russia', 'Canada', 'Japan'];
const WORLD_CAPITAL_POOL = ['Paris', 'Berlin', 'Rome', 'Madrid', 'Vienna', 'Moscow'];

/**
 * "Order 39" -> "Order 49", "Law 150" or a neighbouring number; an organisation -> one of the
 * same sort (a newspaper for a newspaper, a company for a company).
 */
function termOptions(c: Candidate, context: GenerationContext): string[] {
	const words = c.answer.split(/\s+/);
	const head = words.find((w) => TERM_WORDS.has(w.toLowerCase()))?.toLowerCase();
	const sameType = poolsOf(context).named.filter(
		(m) => m.type === c.entityType && m.canonical !== c.answer
	);
	const out: string[] = [];
	if (c.entityType === 'organisation') {
		const sort = organisationSort(c.answer);
		// Same shape too: an acronym for an acronym, a full name for a full name.
		const acronym = /^[A-Z]{2,6}$/.test(c.answer);
		// Newspapers and broadcasters mix shapes freely ("the BBC", "the Guardian").
		const sameShape = (name: string) =>
			sort === 'media' ||
			sort === 'company' ||
			(/^[A-Z]{2,6}$/.test(name) === acronym &&
				(acronym || name.includes(' ') || !c.answer.includes(' ')));
		out.push(
			...sameType
				.filter((m) => organisationSort(m.canonical) === sort && sameShape(m.canonical))
				.filter((m) => !/^(US|UK|UN|USA|U\.S\.)$/.test(m.canonical))
				// "Iraq International", "Jihadist ISIS": fragments, not names to offer.
				.filter(
					(m) =>
						m.canonical.split(/\s+/).length > 2 ||
						!m.canonical
							.split(/\s+/)
							.some((w) => PLACES.has(w.toLowerCase()) || GROUP_WORDS.has(w.toLowerCase()))
				)
				.map((m) => m.canonical),
			...(poolsOf(context).regional || sort === 'media'
				? (ORGANISATION_POOL[sort] ?? [])
				: []
			).filter(sameShape)
		);
	} else {
		out.push(
			...sameType
				.filter((m) => head && m.canonical.toLowerCase().includes(head))
				.map((m) => m.canonical)
		);
		const numbered = /^(.*\D)(\d+)$/.exec(c.answer);
		if (numbered) {
			const n = Number(numbered[2]);
			for (const step of [10, -10, 20, 7, -7, 30]) {
				if (n + step > 0) out.push(`${numbered[1]}${n + step}`);
			}
		}
		// A named operation for an operation; without a head word, any other named term.
		if (head === 'operation') out.push(...OPERATION_POOL);
		if (head && /^(convention|treaty|congress|accord)$/.test(head)) out.push(...TREATY_POOL);
		if (!head) out.push(...sameType.map((m) => m.canonical));
	}
	return [...new Set(out)];
}
