import { editDistance, typoAllowance } from './edit-distance.ts';
import { foldText, compactKey, normaliseAnswer } from './normalise.ts';
import { closestTypo, rivalNear, typoDistance } from './tolerance.ts';
import { right, wrong, type GradeResult } from './types.ts';

// Words that say what someone is, not who: 'President Obama', 'Mr Bremer', 'Gen. Petraeus'.
const TITLES = new Set(
	(
		'mr mrs ms miss mx dr doctor sir dame lord lady president minister premier chancellor ' +
		'secretary general gen lieutenant lt colonel col major maj captain capt cpt admiral adm ' +
		'commander cmdr brigadier sergeant sgt marshal senator sen rep representative congressman ' +
		'congresswoman governor gov ambassador envoy king queen prince princess emperor sultan emir ' +
		'sheikh shaikh sheik ayatollah imam mullah sayyid sayed pope rev reverend professor prof ' +
		'judge justice chairman chairwoman'
	).split(' ')
);
// Words that only form a title with the title after them: 'US President', 'Prime Minister',
// 'Home Secretary'; alone they begin names of things ('State Department', 'Home Office').
const TITLE_MODIFIERS = new Set(
	'us uk former late acting vice prime deputy grand field home foreign defence defense interior state'.split(
		' '
	)
);
// Name particles: 'al-Sadr' is also 'Sadr', 'de Lesseps' also 'Lesseps'. 'Ben' and 'Abu' are left
// out: they begin given names as often as not.
const PARTICLES = new Set(
	'al el ad ar as ash at az ud de da das do dos du del della der den di la le van von ter ten bin ibn bint'.split(
		' '
	)
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Words that make a name a thing rather than a person, where 'the last word' is no surname:
// 'Department of Defense' is not 'Defense'.
const NOT_PERSONAL = new Set(
	(
		'of the and for in on at to department ministry party army council company corp ' +
		'corporation inc ltd llc plc group union federation organisation organization ' +
		'organisations organizations committee coalition force forces brigade brigades house ' +
		'office agency bank institute university college watch news times post guard war ' +
		'empire state states kingdom republic camp base count centre center east west north ' +
		'south northern southern eastern western middle united national international government ' +
		'authority commission movement front league association network'
	).split(' ')
);

/** A name read into parts. Every string is normalised (lower case, no accents, single spaces). */
export interface NameParts {
	full: string;
	/** Without titles, particles and suffixes: 'moqtada sadr'. */
	bare: string;
	given: string[];
	surname: string;
	/** The surname with its particles: 'al sadr', 'de lesseps'. */
	particleSurname: string;
	/** Looks like a person's name, so a surname alone stands for it. */
	person: boolean;
	/** Began with a title ('General', 'Prime Minister') that `bare` leaves out. */
	titled: boolean;
	/** 'jr', 'sr', 'iii': left out of `bare`, but it tells father from son. */
	suffix: string;
}

export function readName(text: string): NameParts {
	const full = normaliseAnswer(text);
	// Words split on spaces; a hyphen joins segments of one word ('Lloyd-George', 'al-Sadr').
	let list = foldText(text)
		.replace(/&/g, ' and ')
		.split(/[\s.,;:/()"“”«»]+/u)
		.map((w) =>
			w
				.split(/[-‐‑‒–—―−]+/)
				.map((s) => s.replace(/[^\p{L}\p{N}]+/gu, ''))
				.filter((s) => s !== '')
		)
		.filter((w) => w.length > 0);
	// An article, unless it is an initial: 'A. Q. Khan'.
	const second = list[1]?.join('') ?? '';
	if (second.length > 1 && ['the', 'a', 'an'].includes(list[0]?.join(' ') ?? '')) {
		list = list.slice(1);
	}
	const titled = list.length;
	list = withoutTitles(list);
	const hadTitle = list.length < titled;
	let suffix = '';
	if (list.length > 1 && isOneOf(list[list.length - 1], SUFFIXES)) {
		suffix = (list[list.length - 1] as string[]).join('');
		list = list.slice(0, -1);
	}
	const particles: string[] = [];
	const kept: string[][] = [];
	list.forEach((segments, i) => {
		const last = i === list.length - 1;
		if (!last && isOneOf(segments, PARTICLES)) {
			particles.push(segments[0] as string);
			return;
		}
		let s = segments;
		while (s.length > 1 && PARTICLES.has(s[0] as string)) {
			if (last) particles.push(s[0] as string);
			s = s.slice(1);
		}
		if (!last) particles.length = 0;
		kept.push(s);
	});
	const joined = kept.map((s) => s.join(' '));
	const surname = joined[joined.length - 1] ?? '';
	const given = joined.slice(0, -1);
	const all = kept.flat();
	const person =
		joined.length >= 2 &&
		joined.length <= 4 &&
		all.every((w) => !NOT_PERSONAL.has(w) && !/\d/.test(w));
	return {
		full,
		bare: joined.join(' '),
		given,
		surname,
		particleSurname: [...particles, surname].join(' '),
		person,
		titled: hadTitle,
		suffix
	};
}

function withoutTitles(list: string[][]): string[][] {
	let rest = list;
	let stripped = false;
	while (rest.length > 1) {
		const head = rest[0];
		if (isOneOf(head, TITLES)) {
			rest = rest.slice(1);
			stripped = true;
		} else if (
			isOneOf(head, TITLE_MODIFIERS) &&
			isOneOf(
				rest.find((w) => !isOneOf(w, TITLE_MODIFIERS)),
				TITLES
			)
		) {
			rest = rest.slice(1);
		} else if (stripped && rest[0]?.join(' ') === 'of' && isOneOf(rest[1], TITLE_MODIFIERS)) {
			// 'Secretary of State', 'Minister of Defence': the words after 'of' belong to the title.
			rest = rest.slice(2);
		} else {
			break;
		}
	}
	return rest.length > 0 ? rest : list;
}

function isOneOf(segments: string[] | undefined, set: ReadonlySet<string>): boolean {
	return segments !== undefined && segments.length === 1 && set.has(segments[0] as string);
}

/**
 * Whether the given names of a reply fit the answer's, in order, allowing initials either way
 * ('G.W. Bush', 'GW Bush', 'George Bush' for 'George W Bush') and, with `typos`, a typo in a
 * full given name. Returns the typo distance spent, or undefined when they do not fit.
 */
export function givenNamesFit(
	reply: readonly string[],
	answer: readonly string[],
	typos = false
): number | undefined {
	const fit = (ri: number, ai: number): number | undefined => {
		if (ri === reply.length) return 0;
		const word = reply[ri] as string;
		let best: number | undefined;
		const consider = (cost: number | undefined, next: () => number | undefined) => {
			if (cost === undefined) return;
			const rest = next();
			if (rest !== undefined && (best === undefined || cost + rest < best)) best = cost + rest;
		};
		for (let j = ai; j < answer.length; j++) {
			const target = answer[j] as string;
			consider(wordFit(word, target, typos), () => fit(ri + 1, j + 1));
			// Run-together initials: 'gw' for 'george w'.
			if (word.length >= 2 && word.length <= 3 && /^\p{L}+$/u.test(word)) {
				const letters = Array.from(word);
				if (letters.every((c, k) => answer[j + k]?.startsWith(c))) {
					consider(0, () => fit(ri + 1, j + letters.length));
				}
			}
		}
		return best;
	};
	return fit(0, 0);
}

function wordFit(word: string, target: string, typos: boolean): number | undefined {
	if (word === target) return 0;
	if (word.length === 1 && target.startsWith(word)) return 0;
	if (target.length === 1 && word.startsWith(target)) return 0;
	// A short form of the given name: 'Stan' for 'Stanley', 'Rob' for 'Robert'.
	if (word.length >= 3 && target.startsWith(word)) return 0;
	// A given name's typos are paid from the whole name's allowance, checked by the caller.
	if (!typos || word.length === 1 || target.length === 1 || word[0] !== target[0]) return undefined;
	const d = editDistance(word, target, 2);
	return d <= 2 ? d : undefined;
}

/** Grades a typed name: full name, surname alone, titles and initials, aliases, typos. */
export function gradeName(
	answer: string,
	accept: readonly string[],
	distractors: readonly string[],
	reply: string,
	known: readonly string[]
): GradeResult {
	const result = gradeNameAs(answer, accept, distractors, reply, known);
	// 'Bremer, Paul': the surname first, as in an index.
	const inverted = /^([^,]+),([^,]+)$/.exec(reply);
	if (result.correct || !inverted) return result;
	const swapped = gradeNameAs(answer, accept, distractors, `${inverted[2]} ${inverted[1]}`, known);
	return swapped.correct ? swapped : result;
}

function gradeNameAs(
	answer: string,
	accept: readonly string[],
	distractors: readonly string[],
	reply: string,
	known: readonly string[]
): GradeResult {
	const a = readName(answer);
	const aliases = accept.map(readName);
	const r = readName(reply);
	// A suffix the answer does not have names someone else: 'George Bush Sr'.
	if (r.suffix !== '' && [a, ...aliases].every((n) => n.suffix !== r.suffix)) return wrong();
	// A title is left out of an answer only when a person's name remains: 'General Petraeus'
	// may be 'Petraeus', but 'State Department' is never 'Department'.
	const forms = (n: NameParts) => (n.titled && !n.person ? [n.full] : [n.full, n.bare]);
	const explicit = new Set([a, ...aliases].flatMap(forms).map(compactKey));
	const persons = [a, ...aliases].filter((n) => n.person);
	const surnames = new Set(persons.flatMap((n) => [n.surname, n.particleSurname]).map(compactKey));
	const replyKeys = [r.full, r.bare].map(compactKey);
	if (replyKeys.some((k) => explicit.has(k))) return right();

	// The surname alone, however it is spaced: 'Lloyd George', 'O Neill', 'alSadr'.
	if (r.given.length > 0 && replyKeys.some((k) => surnames.has(k))) {
		return sharesSurname(r.full, distractors)
			? wrong('More than one name fits: give the full name')
			: right();
	}
	const fits = persons.filter(
		(n) => compactKey(r.surname) === compactKey(n.surname) && givenNamesFit(r.given, n.given) === 0
	);
	if (fits.length > 0) {
		if (r.given.length === 0 && sharesSurname(r.surname, distractors)) {
			return wrong('More than one name fits: give the full name');
		}
		return right();
	}
	if (r.given.length === 0 && persons.some((n) => n.given.includes(r.surname))) {
		return wrong('A first name alone is not enough');
	}

	// Typos: in a person's name the surname keeps its own allowance ('Paul Brenner' is not
	// 'Paul Bremer') and the whole name's allowance caps the total ('Pual Bremer' passes); any
	// other name is taken as a whole.
	let distance: number | undefined;
	const keep = (d: number | undefined) => {
		if (d !== undefined && (distance === undefined || d < distance)) distance = d;
	};
	for (const n of persons) {
		const given = givenNamesFit(r.given, n.given, true);
		const surname =
			compactKey(r.surname) === compactKey(n.surname) ? 0 : typoDistance(r.surname, n.surname);
		if (given === undefined || surname === undefined) continue;
		if (given + surname <= typoAllowance(compactKey(n.bare).length)) keep(given + surname);
	}
	const wholes = [a, ...aliases].filter((n) => !n.person || r.given.length === 0);
	keep(closestTypo([r.full, r.bare], wholes.flatMap(forms)));
	if (distance === undefined) return wrong();
	if (distance === 0) return right();
	// A known person with the answer's own surname is taken for the answer spelt another way
	// ('Nouri al-Maliki' for 'Nuri al-Maliki'), not for a rival: the given names decide.
	const rivals = [...known, ...distractors]
		.map(readName)
		.filter((n) => !(n.person && surnames.has(compactKey(n.surname))))
		.flatMap((n) => (n.person ? [n.full, n.bare, n.surname, n.particleSurname] : [n.full, n.bare]))
		.filter((k) => !explicit.has(compactKey(k)) && !surnames.has(compactKey(k)));
	const replies = r.given.length > 0 ? [r.full, r.bare, r.surname] : [r.full, r.bare];
	if (rivalNear(replies, distance, rivals)) {
		return wrong('Too close to another name to count as a typo');
	}
	return right(true);
}

function sharesSurname(surname: string, others: readonly string[]): boolean {
	const key = compactKey(surname);
	return others.map(readName).some((n) => n.person && compactKey(n.surname) === key);
}
