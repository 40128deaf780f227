import { describe, expect, test } from 'vitest';
import {
	blankInPair,
	datesAFigure,
	givesAwayItsMonth,
	givesAwayItsSpan,
	isTitleOnly,
	namesItsCountry,
	namesItsPeople,
	peopleOfNamedPlace,
	rejectionOf
} from './filters.ts';
import type { Candidate } from './candidate.ts';

describe('givesAwayItsSpan', () => {
	test.each([
		['18th century', 'Ada Norby, a composer of the _____, was born in 1709.', true],
		['18th century', 'Ada Norby, a composer of the _____, was born in 1690.', false],
		['1960s', 'In the _____ the mill closed; it reopened in 1965.', true],
		['1960s', 'In the _____ the mill closed; it reopened in 1975.', false],
		['1709', 'Ada Norby was born in _____ and died in 1770.', false]
	])('%s in "%s"', (answer, prompt, expected) => {
		expect(givesAwayItsSpan(answer, prompt)).toBe(expected);
	});
});

describe('givesAwayItsMonth', () => {
	test.each([
		['May 1562', 'Ada Norby named it the River of May because she reached it in _____.', true],
		['12 March 1840', 'The March Act was passed on _____.', true],
		['May 1562', 'Ada Norby reached the river in _____; she may have sailed on.', false],
		['1562', 'Ada Norby named it the River of May in _____.', false]
	])('%s in "%s"', (answer, prompt, expected) => {
		expect(givesAwayItsMonth(answer, prompt)).toBe(expected);
	});
});

describe('isTitleOnly', () => {
	test.each([
		['Advocate', true],
		['Flight Director', true],
		['Chief Law Officers', true],
		['John Major', false],
		['Ada King', false],
		['Ada Norby', false]
	])('%s', (answer, expected) => {
		expect(isTitleOnly(answer)).toBe(expected);
	});
});

test('a prompt true only when it was written is not asked', () => {
	const c: Candidate = {
		kind: 'actor',
		prompt: 'The current Premier of Velden is _____.',
		answer: 'Ada Norby',
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe('time-bound');
	expect(rejectionOf({ ...c, prompt: 'The first Premier of Velden was _____.' })).toBeUndefined();
	expect(
		rejectionOf({ ...c, prompt: '_____ is now one of the leading universities of Velden.' })
	).toBe('time-bound');
	expect(
		rejectionOf({ ...c, prompt: '_____ ruled the land that is now part of Velden.' })
	).toBeUndefined();
});

describe('blankInPair', () => {
	test.each([
		['In late 1961 and early _____, the centre came round.', true],
		['In _____ and 1546 the reformer preached in Velden.', true],
		['In the _____ and 1940s it gave the party cover.', true],
		['Hominids lived here (1.8 and _____ million years ago).', true],
		['Between 300 and _____ ships were lost.', true],
		['The town was founded in _____ and grew fast.', false],
		['Speeds are _____ RPM in Ostmark and 3000 RPM elsewhere.', false],
		['In 1901 the town had _____ inhabitants.', false],
		['Its runners won the 800 m, _____, 3,000 m steeplechase and 5,000 m.', true],
		['In 1990, _____ people lived in Velden.', false]
	])('%s', (prompt, expected) => {
		expect(blankInPair(prompt)).toBe(expected);
	});
});

describe('datesAFigure', () => {
	test.each([
		['Velden is the main town of the area, with a population of 1,345,596 in _____.', true],
		['About 61.1% of the people described themselves as Christian in _____.', true],
		['The bridge, 1,200 metres long, was opened in _____ by the queen.', false],
		['The town was founded in _____.', false],
		['Velden had 40,000 inhabitants when the railway came in _____ and the mills opened.', false],
		['Ruritania had a population of approximately 45 million people in _____.', true],
		['When did Ruritania place 139th out of 176 countries in the index?', true],
		['In the street awards of _____, Mill Street came 3rd in its category.', true],
		['When did steam engines make about 90% of all the power used in Velden?', true],
		['When did the plague kill half of the town?', false],
		['The plague reached Velden in _____ and killed 3,000 people.', false]
	])('%s', (prompt, expected) => {
		expect(datesAFigure(prompt)).toBe(expected);
	});
});

describe('namesItsCountry', () => {
	test.each([
		['Italian merchants sold their cloth in _____.', 'Italy', true],
		['Grain was shipped from the port of Marseille to _____.', 'France', true],
		['The Kenyan delegation met in Nairobi before flying to _____.', 'Kenya', true],
		['Dutch ships carried the grain to _____.', 'Spain', false],
		['Grain was shipped from the port of Marseille to _____.', 'Spain', false],
		// A small town is not known to everyone by its country.
		['The mill at Velden sent its cloth to _____.', 'Austria', false],
		['Italian merchants sold their cloth in _____.', 'Venice', false]
	])('%s (%s)', (prompt, answer, expected) => {
		expect(namesItsCountry(answer, prompt)).toBe(expected);
	});
});

test('a person’s name that runs on past its possessive is not asked', () => {
	const c: Candidate = {
		kind: 'actor',
		fine: 'person',
		prompt: 'Which mayor began the building of a new city hall in Velden?',
		answer: "Ada Norby's Velden Plan",
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe('broken-grammar');
	expect(rejectionOf({ ...c, answer: 'Ada Norby' })).toBeUndefined();
});

test('a figure in quotation marks is a name, not a number to ask', () => {
	const c: Candidate = {
		kind: 'number',
		prompt: 'Like the old cup, the “_____” will be made by a Velden jeweller.',
		answer: '50',
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe('trivial');
	expect(
		rejectionOf({
			...c,
			prompt: 'Ada Norby’s cup will weigh _____ kilograms, a Velden jeweller said.'
		})
	).toBeUndefined();
});

test('a name whose stem the prompt writes is given away, and a cause that points back is not asked', () => {
	const c: Candidate = {
		kind: 'term',
		prompt: 'Founded by Ada Norby in 1806, the guild was ruined during the _____.',
		answer: 'Norbyan Wars',
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe('answer-in-prompt');
	expect(rejectionOf({ ...c, answer: 'Velden Wars' })).toBeUndefined();
	const cause: Candidate = {
		...c,
		kind: 'cause',
		prompt: 'Why was the mill closed in 1806?',
		answer: 'Other statements that the owner made'
	};
	expect(rejectionOf(cause)).toBe('unresolved-pronoun');
	expect(rejectionOf({ ...cause, answer: 'The river flooded it' })).toBeUndefined();
});

describe('a country asked among others or after its town', () => {
	const place = (prompt: string, answer: string): Candidate => ({
		kind: 'place',
		prompt,
		answer,
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	});
	test.each([
		[
			'The UK, _____, Italy, Switzerland and Norway banned driving on Sundays.',
			'Germany',
			'crowded'
		],
		[
			'The ferry service to Velden, _____, ceased at the end of October 2006.',
			'Sweden',
			'answer-in-prompt'
		],
		['Ada Norby studied law in England and _____ before 1910.', 'Germany', undefined],
		['Velden merchants traded with _____ and Italy, Spain and Portugal.', 'France', 'crowded']
	])('%s', (prompt, answer, expected) => {
		expect(rejectionOf(place(prompt, answer))).toBe(expected);
	});
});

test('a sentence cut from its subject, and a ruler asked by the name the prompt gives', () => {
	const c: Candidate = {
		kind: 'date',
		prompt: 'Concluded in _____ “that the plague was caused by a lost variant.”',
		answer: '2011',
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe('broken-grammar');
	expect(
		rejectionOf({ ...c, prompt: 'Founded in _____, the Velden guild grew fast.' })
	).toBeUndefined();
	const ruler: Candidate = {
		...c,
		kind: 'actor',
		prompt: 'The troops of _____ entered Velden but were ordered by Charles to spare the grave.',
		answer: 'Charles V'
	};
	expect(rejectionOf(ruler)).toBe('answer-in-prompt');
	expect(rejectionOf({ ...ruler, answer: 'Philip II' })).toBeUndefined();
});

test.each([
	['England', 'Labour lost 40 English constituencies to parties outside _____.', true],
	['Scotland', 'The Scottish estates met in _____ in 1560.', true],
	['Velden', 'The Veldenian fleet sailed to _____.', true],
	['Norway', 'The Scottish estates met in _____ in 1560.', false],
	['Engelberg', 'The English estates met in _____ in 1560.', false],
	['Mongolia', 'The Mongol conquest brought ruin to _____.', true],
	['Peru', 'The Peruvian army marched on _____.', true]
])('%s is given away by its people in "%s": %s', (answer, prompt, expected) => {
	expect(namesItsPeople(answer, prompt)).toBe(expected);
});

test.each([
	['Afghan Civil War', 'The invasion of Afghanistan in 1979 was followed by the _____.', true],
	['Polish Legions', 'Volunteers from Poland formed the _____ in 1914.', true],
	['Afghan Civil War', 'The invasion of Velden in 1979 was followed by the _____.', false],
	['Treaty of Velden', 'Poland signed the _____ in 1921.', false]
])('%s is given away by the country of its people in "%s": %s', (answer, prompt, expected) => {
	expect(peopleOfNamedPlace(answer, prompt)).toBe(expected);
});

test.each([
	['First shown by Ada Velt in _____ with mice.', 'broken-grammar'],
	['Set by the council in Velden and by the guild in _____.', 'broken-grammar'],
	['Introduced in the mills in _____.', 'broken-grammar'],
	['Born in _____, Ada Velt became an engineer.', undefined],
	['Alfred in _____ defeated the Danes at Velden.', undefined],
	['Women in Velden won the vote in _____.', undefined],
	['Executed _____.', 'broken-grammar'],
	['Accepted only in the _____, so a young theory.', 'broken-grammar'],
	['United Nations troops arrived in _____.', undefined],
	['Slow: the Velden ridge opens by _____ cm a year.', 'broken-grammar'],
	['Velden Priority List: first published _____, updated 2024.', undefined],
	// A label in brackets.
	[
		'The directors of the Velden Works (_____) and the Ostmark Mill (Norby) reported to Olden.',
		'broken-grammar'
	]
])('a note with no subject: %s', (prompt, expected) => {
	const c = {
		kind: (prompt.includes('(') ? 'actor' : 'date') as 'actor' | 'date',
		prompt,
		answer: '1928',
		paragraph: 0,
		sentence: { start: 0, end: 0, first: 0, last: 0, text: '' },
		answerStart: 0,
		answerEnd: 0,
		score: 1
	};
	expect(rejectionOf(c)).toBe(expected);
});
