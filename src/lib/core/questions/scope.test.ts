import { describe, expect, test } from 'vitest';
import {
	definedAcronyms,
	expandAcronyms,
	hasAnchor,
	nameTheSubjectByClass,
	placeOfTitle,
	scopePrompt,
	titleSubject,
	subjectClass,
	type DocumentScope
} from './scope.ts';

const words = (text: string) => new Set(text.toLowerCase().split(/\s+/));

describe('placeOfTitle', () => {
	test.each([
		['Kenya', 'Kenya'],
		['Jacksonville, Florida', 'Jacksonville'],
		['Victoria (Australia)', 'Victoria'],
		['Steam engine', undefined],
		['Photosynthesis', undefined]
	])('%s', (title, expected) => {
		expect(placeOfTitle(title)).toBe(expected);
	});
});

describe('hasAnchor', () => {
	const scope: DocumentScope = {
		titleStems: ['steam', 'engin'],
		lowerCaseWords: words(
			'the nurses treat of retention rates were for public school students in a'
		)
	};
	test.each([
		['Retention rates were _____ for public school students.', false],
		['Nurses treat _____ of the population.', false],
		['In 1883, rates were _____.', true],
		['The Velden works made _____ engines a year.', true],
		['The steam engine used _____ tons of coal.', true],
		['In May, rates were _____.', false],
		['According to the article, the rates were _____.', false],
		// A question word is capitalised only because it comes first.
		['What caused a decline in farming and trading?', false]
	])('%s', (prompt, expected) => {
		expect(hasAnchor(prompt, { ...scope, midCapitals: new Set(['Velden']) })).toBe(expected);
	});
});

describe('scopePrompt', () => {
	const lowerCaseWords = words('the retention rates were for students who led');
	test.each([
		['Retention rates were _____.', 'Ruritania', 'In Ruritania, retention rates were _____.'],
		['_____ led the strike.', 'Ruritania', 'In Ruritania, _____ led the strike.'],
		[
			'According to the article, the rates were _____.',
			'Ruritania',
			'According to the article, in Ruritania, the rates were _____.'
		],
		['Retention rates were _____.', undefined, undefined],
		['Velden had _____ students.', undefined, 'Velden had _____ students.'],
		// A person's birth or death is the person's, not the place's.
		['When was Ada Velt born?', 'Ruritania', 'When was Ada Velt born?'],
		['When did Ada Velt die?', 'Ruritania', 'When did Ada Velt die?'],
		[
			'When did Ada Velt build the mill?',
			'Ruritania',
			'In Ruritania, when did Ada Velt build the mill?'
		]
	])('%s in %s', (prompt, place, expected) => {
		const scope: DocumentScope = { titleStems: [], lowerCaseWords, ...(place ? { place } : {}) };
		expect(scopePrompt(prompt, scope, 'date')).toBe(expected);
	});
});

describe('subjectClass', () => {
	test.each([
		[
			'The Velden Company (VC) is an Ostish trading company that ran the salt trade.',
			'Velden Company',
			{ name: 'The Velden Company', noun: 'company' }
		],
		[
			'Ada Norby (1801 – 1870) was an Ostish engineer, inventor and writer.',
			'Ada Norby',
			{ name: 'Ada Norby', noun: 'engineer' }
		],
		[
			'The Velden programme, also known as Project V, was the second spaceflight programme carried out by Ostmark.',
			'Velden programme',
			{ name: 'The Velden programme', noun: 'programme' }
		],
		['Steam engines are machines that turn heat into work.', 'Steam engine', undefined],
		['The war began in 1720 when Ostmark invaded.', 'Ostish war', undefined]
	])('%s', (opening, title, expected) => {
		expect(subjectClass(opening, title)).toEqual(expected);
	});
});

describe('nameTheSubjectByClass', () => {
	const scope: DocumentScope = {
		titleStems: [],
		lowerCaseWords: new Set(),
		subject: { name: 'The Velden Company', noun: 'company' }
	};
	test.each([
		['The company was sold in _____.', 'The Velden Company was sold in _____.'],
		["In _____ the company's ships sailed.", "In _____ the Velden Company's ships sailed."],
		['The company of players left in _____.', 'The company of players left in _____.'],
		['The companies merged in _____.', 'The companies merged in _____.'],
		// "the company Olden & Sons": a title before a name is another's.
		['In 1911 the company _____ took its place.', 'In 1911 the company _____ took its place.'],
		['The company Olden Ltd bought it in _____.', 'The company Olden Ltd bought it in _____.']
	])('%s', (prompt, expected) => {
		expect(nameTheSubjectByClass(prompt, scope)).toBe(expected);
	});

	test.each([
		['The flood was over by _____.', 'The Velden flood was over by _____.'],
		['In _____ the disaster was studied again.', 'In _____ the Velden flood was studied again.'],
		['The flood of 1910 came in _____.', 'The flood of 1910 came in _____.'],
		[
			'Ostmark received about _____ of the fallout.',
			'Ostmark received about _____ of the fallout of the Velden flood.'
		],
		['The clean-up cost _____.', 'The clean-up of the Velden flood cost _____.'],
		['The clean-up after the storm cost _____.', 'The clean-up after the storm cost _____.'],
		[
			'The fallout of the Velden flood reached Ostmark in _____.',
			'The fallout of the Velden flood reached Ostmark in _____.'
		]
	])("the head of the subject's name: %s", (prompt, expected) => {
		const event: DocumentScope = {
			titleStems: [],
			lowerCaseWords: new Set(['flood']),
			subject: { name: 'The Velden flood', noun: 'disaster' }
		};
		expect(nameTheSubjectByClass(prompt, event)).toBe(expected);
	});

	test.each<[string, string, string[], string, string]>([
		[
			'the Velden Canal',
			'waterway',
			['canal'],
			'The canal opened in _____.',
			'The Velden Canal opened in _____.'
		],
		[
			'the Ostish League',
			'alliance',
			['league'],
			'In _____ the League declined.',
			'In _____ the Ostish League declined.'
		],
		// Named once already.
		[
			'the Velden Canal',
			'waterway',
			['canal'],
			'The Velden Canal and the canal’s locks date from _____.',
			'The Velden Canal and the canal’s locks date from _____.'
		],
		// A name that holds the noun: "the Canal 2050 Plan".
		[
			'the Velden Canal',
			'waterway',
			['canal'],
			'In _____ they adopted the Canal 2050 Plan.',
			'In _____ they adopted the Canal 2050 Plan.'
		],
		// A person's name and a place's are built on no noun.
		[
			'Ada Curie',
			'physicist',
			['curie'],
			'In _____ the curie became a unit.',
			'In _____ the curie became a unit.'
		],
		[
			'Velden upon Tyne',
			'city',
			[],
			'A bridge across the Tyne opened in _____.',
			'A bridge across the Tyne opened in _____.'
		]
	])('the noun %s is built on', (name, noun, lower, prompt, expected) => {
		const scope: DocumentScope = {
			titleStems: [],
			lowerCaseWords: new Set(lower),
			subject: { name, noun }
		};
		expect(nameTheSubjectByClass(prompt, scope)).toBe(expected);
	});

	test('a prompt that names the subject means someone else by the noun', () => {
		const person: DocumentScope = {
			titleStems: [],
			lowerCaseWords: new Set(),
			subject: { name: 'Ada Velt Norby', noun: 'mathematician' }
		};
		const prompt = 'In _____ Ada met the mathematician Karl Olden.';
		expect(nameTheSubjectByClass(prompt, person)).toBe(prompt);
		expect(nameTheSubjectByClass('In _____ the mathematician moved to Velden.', person)).toBe(
			'In _____ Ada Velt Norby moved to Velden.'
		);
	});
});

test('a city is also the town of its early history, but not the capital', () => {
	const city: DocumentScope = {
		titleStems: [],
		lowerCaseWords: new Set(),
		subject: { name: 'Velden', noun: 'city' }
	};
	expect(nameTheSubjectByClass('A wall was built around the town in the _____.', city)).toBe(
		'A wall was built around Velden in the _____.'
	);
	expect(nameTheSubjectByClass('The capital was moved in _____.', city)).toBe(
		'The capital was moved in _____.'
	);
});

describe('acronyms', () => {
	const acronyms = definedAcronyms([
		'The Velden Trading Company (VTC) ran the salt trade. Hizb al-Norby (HN) was banned.',
		'The United States (US) signed it.'
	]);
	test('are found with their expansion', () => {
		expect([...acronyms]).toEqual([
			['VTC', 'Velden Trading Company'],
			['HN', 'Hizb al-Norby']
		]);
	});
	test.each([
		['HN attempted a coup in _____.', 'Hizb al-Norby attempted a coup in _____.'],
		["In _____ VTC's ships sailed.", "In _____ the Velden Trading Company's ships sailed."],
		["In _____ the VTC's ships sailed.", "In _____ the Velden Trading Company's ships sailed."],
		['VTC ships sailed in _____.', 'Velden Trading Company ships sailed in _____.'],
		['VTC sold its ships in _____.', 'Velden Trading Company sold its ships in _____.'],
		['VTC launched its ships in _____.', 'The Velden Trading Company launched its ships in _____.'],
		['The ten VTC ships sailed in _____.', 'The ten Velden Trading Company ships sailed in _____.'],
		['The mill joined VTC in _____.', 'The mill joined the Velden Trading Company in _____.'],
		['Hizb al-Norby (HN) was banned in _____.', 'Hizb al-Norby (HN) was banned in _____.'],
		// A name of its own that starts with the acronym.
		['VTC Records was sold in _____.', 'VTC Records was sold in _____.'],
		// Joined to another word, it is part of a name or an address.
		['Norby Holdings/VTC was formed in _____.', 'Norby Holdings/VTC was formed in _____.'],
		['The shop opened at VTC.com in _____.', 'The shop opened at VTC.com in _____.'],
		['VTC-TV began in _____.', 'VTC-TV began in _____.']
	])('%s', (prompt, expected) => {
		const scope: DocumentScope = { titleStems: [], lowerCaseWords: new Set(), acronyms };
		expect(expandAcronyms(prompt, scope)).toBe(expected);
	});
});

describe('titleSubject', () => {
	const paragraphs = (text: string) => [{ paragraph: { text } }];
	test.each<[string, string, string[], string | undefined]>([
		['1921 salt crisis', 'The effects of the 1921 salt crisis were felt for years.', [], 'crisis'],
		['Velden program', 'Funding for the Velden program ended.', ['Velden'], 'program'],
		// A kind of thing, not one thing.
		['Steam engine', 'The steam engine changed industry.', [], undefined],
		// A text that never calls it so.
		['Velden program', 'Velden flew three crews.', ['Velden'], undefined],
		['Velden Canal', 'Work on the Velden Canal began; the canal was dug.', ['Velden'], 'canal'],
		[
			'Great Fire of Velden',
			'After the Great Fire of Velden the fire was over.',
			['Great'],
			'fire'
		],
		// A head the text never writes in lower case, or a noun as often anyone's.
		['Velden Tyne', 'The Velden Tyne is long.', ['Velden'], undefined],
		['Black Death', 'After the Black Death the death rate fell.', ['Black'], undefined]
	])('%s', (title, text, capitals, noun) => {
		expect(titleSubject(title, new Set(capitals), paragraphs(text))?.noun).toBe(noun);
	});
});
