import type { Candidate, GenerationContext } from './candidate.ts';
import { dateOptions } from './date-options.ts';
import { areEquivalent, isAcronymOf } from './equivalence.ts';
import { fineTypeOf } from './fine-type-of.ts';
import type { FineType } from './fine-types.ts';
import { organisationSort, ROLE_NOUNS } from './gazetteer.ts';
import { nearbyNumbers, readNumber, scaledValue, type NumberValue } from './numbers.ts';
import { isDocumentSubject } from './subject.ts';
import { timelineOf } from './date-mentions.ts';
import { yearSpan } from './dates.ts';
import { namesItsPeople } from './filters.ts';
import { isGivenName, isMemberState, kilometresBetween, lookupPlace, peerPlaces } from './world.ts';

const COUNT = 3;
/** Below this many wrong options of the right sort a question is asked typed, never padded. */
const MIN_GOOD = 2;
/**
 * How sure the type of a document's name must be before it is offered as a wrong option: a
 * person or an organisation of doubtful type ("Royal Mile" as a person) is a giveaway.
 */
function minConfidence(fine: FineType): number {
	return fine === 'person' || fine === 'organisation' || fine === 'people' ? 0.7 : 0.6;
}

/** How often each wrong option has been offered so far in a document, to vary them. */
export type DistractorUsage = Map<string, number>;

/**
 * Three wrong options of the same sort as the answer: a battle for a battle, a river for a
 * river, a union leader for a union leader, a nearby year of the same era for a year. Never the
 * answer under another spelling, never a name the evidence sentence itself mentions (it could be
 * another true answer). Fewer than two good ones give none: the question is then typed.
 * Causes and other self-graded answers get none.
 */
export function chooseDistractors(
	c: Candidate,
	context: GenerationContext,
	usage?: DistractorUsage
): string[] {
	if (c.kind === 'cause' || c.selfGraded) return [];
	const sentenceText =
		context.paragraphs[c.paragraph]?.paragraph.text.slice(c.sentence.start, c.sentence.end) ?? '';
	const fitting: string[] = [];
	for (const option of rankedOptions(c, context)) {
		if (!option || areEquivalent(option, c.answer)) continue;
		if ((c.accept ?? []).some((a) => areEquivalent(option, a))) continue;
		if (fitting.some((d) => areEquivalent(d, option) || samePlace(d, option))) continue;
		if (samePlace(option, c.answer)) continue;
		if (c.kind !== 'date' && c.kind !== 'number' && sharesDistinctiveWord(option, c.answer)) {
			continue;
		}
		if (c.kind !== 'date' && c.kind !== 'number' && sentenceText.includes(option)) continue;
		if (c.prompt.includes(option)) continue;
		// "Tehran" against a prompt that says "Teheran": the same name under another spelling.
		if ((c.prompt.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).some((w) => areEquivalent(w, option))) {
			continue;
		}
		// "the Ruritan conquest ... in _____" -> no "Ruritania": a place whose people the prompt names is no wrong option.
		if ((c.kind === 'place' || c.fine === 'country') && namesItsPeople(option, c.prompt)) continue;
		// "neither _____ nor the UN": an option the prompt already names by its acronym.
		if ((c.prompt.match(/\b[A-Z]{2,6}\b/g) ?? []).some((ac) => isAcronymOf(ac, option))) continue;
		fitting.push(option);
		if (fitting.length >= COUNT * 2) break;
	}
	if (fitting.length < MIN_GOOD) return [];
	// Among the best few, the ones offered least often so far come first.
	const pool = fitting.slice(0, COUNT + 2);
	// Dates and figures keep their own order: it balances both sides of the answer.
	const named = c.kind === 'actor' || c.kind === 'place' || c.kind === 'term';
	const chosen =
		usage && named
			? pool
					.map((option, order) => ({ option, order, used: usage.get(option) ?? 0 }))
					.sort((a, b) => a.used - b.used || a.order - b.order)
					.slice(0, COUNT)
					.sort((a, b) => a.order - b.order)
					.map((x) => x.option)
			: pool.slice(0, COUNT);
	for (const option of chosen) usage?.set(option, (usage.get(option) ?? 0) + 1);
	return chosen;
}

/**
 * "Wilanów Parks" for "Wilanów Palace Park": a place or thing named by the same proper word is
 * likely the same one, or a part of it. People are exempt: "Henry II" and "Henry VIII" differ.
 */
function sharesDistinctiveWord(option: string, answer: string): boolean {
	const words = (name: string) =>
		name
			.split(/\s+/)
			.map((w) => w.replace(/[’']s$/, '').toLowerCase())
			.filter((w) => w.length >= 4 && !GENERIC.has(w));
	const a = new Set(words(answer));
	return a.size > 0 && words(option).some((w) => a.has(w)) && !/\b[IVX]+$/.test(answer);
}

/** Words that say what sort a name is, shared by names of different things. */
const GENERIC = new Set(
	'the park parks palace church cathedral river lake mount mountains island islands street road bridge square castle house hall museum university college school battle war treaty act of and north south east west new great saint city county state province district national royal united first second third'.split(
		' '
	)
);

/** "U.S.A." and "United States": two names the world data knows as one place. */
function samePlace(a: string, b: string): boolean {
	const x = lookupPlace(a);
	return !!x && x.name === lookupPlace(b)?.name;
}

function rankedOptions(c: Candidate, context: GenerationContext): string[] {
	switch (c.kind) {
		case 'date':
			return c.date ? dateOptions(c, context) : [];
		case 'number':
			return c.number ? numberOptions(c.number, c.prompt) : [];
		case 'actor':
		case 'place':
		case 'term':
			return namedOptions(c, context);
		default:
			return [];
	}
}

/** A named thing as distractors see it: once per name, with its roles and paragraphs. */
interface NamedThing {
	canonical: string;
	fine: FineType;
	/** A narrower sort where one is known: a union leader, a newspaper, a capital. */
	sorts: Set<string>;
	paragraphs: number[];
	count: number;
	/** The surest typing of any of its mentions. */
	confidence: number;
	/** The words of every title or role it is given: "president", "general". */
	roles: Set<string>;
	/** Role words it is given as a capitalised title ("President Ada Norby"), lower-cased. */
	titles: Set<string>;
}

interface Pools {
	named: NamedThing[];
	/** Words the document writes in lower case: "Old Town" made of them describes, not names. */
	lowerCase: Set<string>;
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
		const { fine, confidence } = fineTypeOf(m);
		if (fine === 'other' || confidence < minConfidence(fine)) continue;
		const key = `${fine}|${m.canonical}`;
		let thing = byName.get(key);
		if (!thing) {
			thing = {
				canonical: m.canonical,
				fine,
				sorts: new Set(),
				paragraphs: [],
				count: 0,
				confidence,
				roles: new Set(),
				titles: new Set()
			};
			byName.set(key, thing);
		}
		thing.confidence = Math.max(thing.confidence, confidence);
		for (const w of (m.role ?? '').split(/[^\p{L}]+/u)) {
			if (!w) continue;
			thing.roles.add(w.toLowerCase());
			if (/^\p{Lu}/u.test(w)) thing.titles.add(w.toLowerCase());
		}
		const sort = narrowSort(fine, m.canonical, m.role);
		if (sort) thing.sorts.add(sort);
		if (thing.paragraphs[thing.paragraphs.length - 1] !== m.paragraph) {
			thing.paragraphs.push(m.paragraph);
		}
		thing.count++;
	}
	const lowerCase = new Set<string>();
	for (const p of context.paragraphs) {
		for (const w of p.paragraph.text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []) lowerCase.add(w);
	}
	const pools = { named: [...byName.values()], lowerCase };
	poolCache.set(context, pools);
	return pools;
}

/** A name that starts with a known given name or an initial, or is typed as a person surely. */
function looksLikePersonName(name: string, confidence: number): boolean {
	const words = name.split(/\s+/);
	if (words.some((w) => /^(of|the|and)$/i.test(w) || /['’]$/.test(w))) return false;
	const first = (words[0] ?? '').replace(/\.$/, '');
	// "Administrator Hugh L. Dryden": a title kept in the name reads as a clue.
	if (ROLE_NOUNS.has(first.toLowerCase())) return false;
	return confidence >= 0.85 || /^\p{Lu}$/u.test(first) || isGivenName(first);
}

/** The narrower sort within a fine type, so that a newspaper is offered for a newspaper. */
function narrowSort(fine: FineType, name: string, role: string | undefined): string | undefined {
	if (fine === 'person') return personSort(role);
	if (fine === 'organisation') return organisationSort(name);
	if (fine === 'settlement') return lookupPlace(name)?.capital ? 'capital' : undefined;
	if (HEADED.has(fine)) return headNoun(name);
	// A continent for a continent, a county for a county: what the data says, else its head.
	if (fine === 'region') return lookupPlace(name)?.sort ?? headNoun(name);
	return undefined;
}

/** Sorts of place, whose options must be names of places. */
const PLACE_SORTS = new Set<FineType>(['settlement', 'region', 'landform', 'water', 'structure']);

/** Sorts whose names carry their sort in a head noun: a river for a river, a road for a road. */
const HEADED = new Set<FineType>([
	'structure',
	'landform',
	'water',
	'war',
	'battle',
	'document',
	'event',
	'work',
	'movement'
]);

/**
 * The head noun of a name, which says what sort of thing it is: "Treaty of Paris" -> "treaty",
 * "St. Johns River" -> "river", "Great North Road" -> "road"; a plural counts as its singular.
 */
export function headNoun(name: string): string {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	const ofAt = words.findIndex((w, k) => k > 0 && /^(of|on|at|in|for)$/i.test(w));
	const head = (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]) ?? '';
	return head
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/(?<=[a-z]{3})s$/, '');
}

/** The options above `ref`, or below it. */
function onSide(options: readonly string[], ref: number, above: boolean): string[] {
	return options.filter((o) => {
		const read = readNumber(o, 0);
		if (!read) return false;
		const v = scaledValue(read.number);
		return above ? v > ref : v < ref;
	});
}

/**
 * Figures of the same unit and about the same size. The document's other figures are not used:
 * a share of the population offered as a share of GDP, or millimetres of rain as metres of
 * height, reads as absurd.
 */
function numberOptions(answer: NumberValue, prompt: string): string[] {
	const options = nearbyNumbers(answer, 12);
	// "killed over _____ miners": a smaller figure would be true as well.
	const atLeast = /\b(over|more than|at least|upwards of|in excess of|exceeding)\s+_____/i.test(
		prompt
	);
	const atMost = /\b(under|less than|fewer than|at most|up to|below)\s+_____/i.test(prompt);
	// "_____ of the 43 players": a part is never more than the whole it is counted from.
	// "_____ new churches to replace the 87 that burned": what was rebuilt of what was lost.
	const whole =
		/_____\s+(?:[\p{L}-]+\s+){0,2}?(?:out of|of the|of|among the)\s+(\d[\d,]*)\b/u.exec(prompt) ??
		/_____\s+(?:[\p{L}-]+\s+){0,3}?(?:to replace|replacing|in place of)\s+(?:the\s+)?(\d[\d,]*)\b/u.exec(
			prompt
		);
	const total = whole ? Number((whole[1] as string).replace(/,/g, '')) : 0;
	if (whole && !answer.scale && scaledValue(answer) < total) {
		return options
			.filter((o) => {
				const read = readNumber(o, 0);
				return read !== undefined && scaledValue(read.number) < total;
			})
			.slice(0, 6);
	}
	// "between _____ and $30 million", "between 12 and _____": inside the frame the other end sets.
	const upper = /between\s+_____\s+and\s+([^\s,;.]+(?:\s+(?:million|billion))?)/i.exec(prompt);
	const lower = /between\s+([^\s,;.]+(?:\s+(?:million|billion))?)\s+and\s+_____/i.exec(prompt);
	const end = upper ?? lower;
	const bound = end ? readNumber(end[1] as string, 0) : undefined;
	if (bound && bound.number.scale === answer.scale) {
		return onSide(options, scaledValue(bound.number), !upper);
	}
	// "by _____ votes to 88", "by 163 votes to _____": a vote is told winner first.
	const votesTo = /\b_____\s+votes?\s+to\s+(\d[\d,]*)/i.exec(prompt);
	const votesFrom = /\b(\d[\d,]*)\s+votes?\s+to\s+_____/i.exec(prompt);
	const vote = votesTo ?? votesFrom;
	if (vote && !answer.scale) {
		return onSide(options, Number((vote[1] as string).replace(/,/g, '')), !!votesTo);
	}
	// "declined from _____ to 55.1%", "rose from 12 to _____": the change the sentence tells of
	// holds for every option, which stays on the answer's side of the other figure.
	const toOther =
		/\bfrom\s+_____\s+(?:[\p{L}\d]+\s+){0,3}?to\s+([^\s,;]+(?:\s+(?:million|billion))?)/iu.exec(
			prompt
		);
	const fromOther =
		/\bfrom\s+([^\s,;]+(?:\s+(?:million|billion))?)\s+(?:[\p{L}\d]+\s+){0,3}?to\s+_____/iu.exec(
			prompt
		);
	const other = toOther ?? fromOther;
	const pair = other ? readNumber((other[1] as string).replace(/[.]$/, ''), 0) : undefined;
	if (pair && pair.number.scale === answer.scale && pair.number.currency === answer.currency) {
		const ref = scaledValue(pair.number);
		return onSide(options, ref, scaledValue(answer) > ref);
	}
	// "killed over _____ miners" is true of every smaller figure, "a pressure of more than _____
	// kPa can lead to fibrosis" of every larger one: which way a bound holds cannot be told, so a
	// figure with one is typed.
	if (atLeast || atMost) return [];
	return options.slice(0, 6);
}

/**
 * Names of the same fine type: the document's own first (same narrower sort, then nearest in
 * the text), then, for countries, cities, regions and languages, peers from the world data.
 * A name of another sort is never offered, however few there are.
 */
function namedOptions(c: Candidate, context: GenerationContext): string[] {
	const fine = c.fine;
	if (!fine || fine === 'other') return [];
	const wantedSort = narrowSort(fine, c.answer, c.role);
	// An organisation of no known sort (a church? a tram network?) has no peers to be sure of.
	if (fine === 'organisation' && (!wantedSort || wantedSort === 'other')) return [];
	const strict = fine === 'organisation' || fine === 'region' || HEADED.has(fine);
	// "President _____": the title before the blank is what every option must have been.
	const titleWord = /(\p{Lu}?\p{Ll}+)\s+_____/u.exec(c.prompt)?.[1];
	const title = titleWord?.toLowerCase();
	// "President _____" is a head of state: a company's president is no option for it.
	const capitalTitle = !!titleWord && /^\p{Lu}/u.test(titleWord);
	// "Which U.S. Defense Secretary ...?": a role the prompt shows every option must have held.
	const shownRole =
		c.role && c.prompt.includes(c.role)
			? (/([a-z]+)\W*$/i.exec(c.role)?.[1] ?? '').toLowerCase()
			: '';
	const titleBefore = title && ROLE_NOUNS.has(title) ? title : undefined;
	const titled =
		fine === 'person'
			? (titleBefore ?? (ROLE_NOUNS.has(shownRole) ? shownRole : undefined))
			: undefined;
	const acronym = /^[A-Z]{2,6}$/.test(c.answer);
	const pools = poolsOf(context);
	// "Old Town", "Heroic City", "Column": a place whose every word the document also writes in
	// lower case is a description or a piece of a longer name, no village to offer.
	const descriptive = (name: string) =>
		PLACE_SORTS.has(fine) && name.split(/\s+/).every((w) => pools.lowerCase.has(w.toLowerCase()));
	const own = pools.named
		.filter((m) => m.fine === fine && m.canonical !== c.answer)
		.filter((m) => !descriptive(m.canonical))
		// A narrow sort is kept to: a union leader never against a general, a church never
		// against a parliament.
		.filter((m) => !wantedSort || m.sorts.has(wantedSort) || (m.sorts.size === 0 && !strict))
		.filter(
			(m) => !titled || (titled === titleBefore && capitalTitle ? m.titles : m.roles).has(titled)
		)
		// Same shape: an acronym for an acronym, a full name for a full name.
		.filter((m) => /^[A-Z]{2,6}$/.test(m.canonical) === acronym)
		// A person is offered by full name only: a bare surname reads as a clue; and only a name
		// that looks like one ("Maria Fold" of "the Maria Fold and Thrust Belt" does not).
		.filter((m) => fine !== 'person' || m.canonical.includes(' ') === c.answer.includes(' '))
		.filter((m) => fine !== 'person' || looksLikePersonName(m.canonical, m.confidence))
		.map((m) => {
			const sameSort = wantedSort && m.sorts.has(wantedSort) ? 2 : 0;
			const distance = Math.min(...m.paragraphs.map((i) => Math.abs(i - c.paragraph)));
			const near = distance < 6 ? 1 - distance / 6 : 0;
			return { name: m.canonical, score: sameSort + near };
		})
		.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	// A king for a king: people are offered only against others of the same known sort (a
	// rally driver is no option for a marathon winner); without one, the question is typed.
	const sameSort = own.filter((x) => x.score >= 2);
	if (fine === 'person' && sameSort.length < 2) return [];
	let names = (sameSort.length >= 2 ? sameSort : own).map((x) => x.name);
	// "in _____, Egypt": a town of that country for a town, never one of another country; a
	// district the world data does not know ("Grainger Town") only against others it does not
	// know, never against foreign capitals.
	// "Lebanon, New Hampshire": a town named like a country is known to no list of towns.
	if (PLACE_SORTS.has(fine) && fine !== 'country' && lookupPlace(c.answer)?.sort === 'country') {
		return [];
	}
	const country = fine === 'settlement' || fine === 'region' ? countryOf(c, context) : undefined;
	if (country) names = names.filter((n) => lookupPlace(n)?.country === country);
	// A town for a town nearby: the fort at a wall's end is not in a city across the country.
	if (fine === 'settlement' && lookupPlace(c.answer)?.at) {
		names = names.filter((n) => (kilometresBetween(c.answer, n) ?? Infinity) <= NEAR_KM);
	} else if (fine === 'settlement' || fine === 'region') {
		const known = !!lookupPlace(c.answer);
		names = names.filter((n) => !!lookupPlace(n) === known);
	}
	// A region of the first rank (one the data counts people for: a country of a union, a state
	// of a federation) against others of that rank, never against a borough of a city; a county
	// never against the first-rank region that holds it ("Shropshire" or "England").
	const answerPlace = lookupPlace(c.answer);
	if (fine === 'region' && answerPlace) {
		const firstRank = !!answerPlace.population;
		names = names.filter((n) => !!lookupPlace(n)?.population === firstRank);
	}
	// The document's own subject is no option: Ruritania does not border Ruritania.
	names = names.filter((n) => !isDocumentSubject(n, context.title));
	if (fine === 'country') {
		// Countries of the answer's own part of the world, the document's first, then the world
		// data's: electricity is not imported into an East African country from Australia,
		// "England and _____" is no place for Egypt, nor Syria for a Central Asian country.
		const sub = lookupPlace(c.answer)?.subregion;
		// A member state against member states: a dependency is no peer of a sovereign country.
		const member = isMemberState(c.answer);
		const near = names
			.filter((n) => !sub || lookupPlace(n)?.subregion === sub)
			.filter((n) => !member || isMemberState(n) !== false);
		// Today's states are no options for an older time: a state founded in 1960 was no rival of a
		// seventeenth-century empire. Only the document's own are offered there.
		// "Velden (now in _____)": a sentence that asks for today's state is of today.
		const today = /\b(now|today|modern-day|present-day|what is now)\W+(?:in\s+)?_____/i.test(
			c.prompt
		);
		const peers =
			today || yearOfParagraph(c, context) >= MODERN_STATES ? peerPlaces(c.answer, 6) : [];
		return [...near, ...peers].filter((n) => !isDocumentSubject(n, context.title));
	}
	// Towns, regions and languages: the document's own only. Peers from the world data are of
	// another age or scale too often (a modern German state for a sixteenth-century margraviate, a state capital
	// for a suburb), so without two of its own the question is typed.
	return names;
}

/** From about this year the world's states are today's, near enough to offer as peers. */
const MODERN_STATES = 1950;

/**
 * The year a question's paragraph speaks of: the latest date it names, else the middle of the
 * document's dates; today's when the document names none.
 */
function yearOfParagraph(c: Candidate, context: GenerationContext): number {
	const { dates } = timelineOf(context);
	const years = (list: typeof dates) => list.map((d) => yearSpan(d.date)[1]);
	const own = years(dates.filter((d) => d.paragraph === c.paragraph));
	if (own.length) return Math.max(...own);
	const all = years(dates).sort((a, b) => a - b);
	return all.length ? (all[Math.floor(all.length / 2)] as number) : Number.POSITIVE_INFINITY;
}

/** How far a town offered for another may lie from it. */
const NEAR_KM = 150;

/** The country a settlement answer lies in: named after the blank (", Egypt") or in the data. */
function countryOf(c: Candidate, context: GenerationContext): string | undefined {
	const text = context.paragraphs[c.paragraph]?.paragraph.text ?? '';
	const named = /^,\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3})/u.exec(
		text.slice(c.answerEnd, c.answerEnd + 40)
	);
	const place = named ? lookupPlace(named[1]!.trim()) : undefined;
	if (place?.sort === 'country') return place.name;
	return lookupPlace(c.answer)?.country;
}

const NARROW_SORTS = new Set(['union', 'religious', 'civilian', 'media', 'business', 'relative']);
export { NARROW_SORTS };

/** The sort of person a role says: a union leader, an officer, a politician, a cleric, ... */
export function personSort(role: string | undefined): string | undefined {
	const r = (role ?? '').toLowerCase();
	if (!r) return undefined;
	if (/\b(unions?|federation|workers|organiser|organizer|unionists?|strikers?)\b/.test(r)) {
		return 'union';
	}
	if (
		/\b(cleric|clerics|imam|sheikh|sheik|ayatollah|scholars|ulama|pope|bishop|archbishop|priest|monk|abbot|theologian|reformer|preacher)\b/.test(
			r
		)
	) {
		return 'religious';
	}
	if (/\b(wife|husband|widow|son|daughter|mother|father|brother|sister)\b/.test(r)) {
		return 'relative';
	}
	if (/\b(driver|resident|residents|parent|student|shopkeeper|farmer|villager)\b/.test(r)) {
		return 'civilian';
	}
	if (
		/\b(king|queen|emperor|empress|prince|princess|tsar|khedive|pasha|sultan|shah|duke|count|earl|caliph|pharaoh)\b/.test(
			r
		)
	) {
		return 'royalty';
	}
	if (/\b(journalist|reporter|correspondent|editor|writer|author|poet|novelist)\b/.test(r)) {
		return 'media';
	}
	if (/\b(company|corporation|owners?|banker|businessman|executive|ceo|merchant)\b/.test(r)) {
		return 'business';
	}
	if (
		/\b(scientist|physicist|chemist|engineer|inventor|astronomer|mathematician|geologist|biologist)\b/.test(
			r
		)
	) {
		return 'science';
	}
	if (
		/\b(general|gen|lt|sergeant|commander|colonel|lieutenant|admiral|brigadier|captain|major|officer|soldier|marshal|military)\b/.test(
			r.replace(/\b(general secretary|secretary general|general-secretary)\b/g, '')
		)
	) {
		return 'military';
	}
	if (
		/\b(president|minister|secretary|senator|governor|ambassador|chancellor|dictator|premier|mayor|envoy|viceroy|spokesman|spokesperson|spokeswoman|adviser|advisor|leader|ruler|diplomat|politician|legislator)\b/.test(
			r
		)
	) {
		return 'politics';
	}
	return undefined;
}
