import { expect, test } from 'vitest';
import { stem } from './causes.ts';
import { gradeTypedAnswer } from './grade-answer.ts';

type Outcome = 'right' | 'slip' | 'wrong';

function outcome(answer: string, reply: string): Outcome {
	const result = gradeTypedAnswer({ kind: 'cause', answer, distractors: [] }, reply);
	if (!result.correct) return 'wrong';
	return result.slip ? 'slip' : 'right';
}

test.each([
	['restrictions', 'restricted'],
	['restricting', 'restriction'],
	['facilities', 'facility'],
	['based', 'base'],
	['forces', 'force'],
	['Shiites'.toLowerCase(), 'shiite'],
	['volunteers', 'volunteer'],
	['captured', 'capture'],
	['towns', 'town']
])('%j and %j share a stem', (a, b) => {
	expect(stem(a)).toBe(stem(b));
});

test('short words and numbers keep their form', () => {
	expect(stem('gas')).toBe('gas');
	expect(stem('95')).toBe('95');
	expect(stem('isis')).toBe('isi');
});

const TARTUS =
	'It gives it access to strategic assets such as the port of Tartus in the Mediterranean';
const RELIGION =
	'Religious differences, where although more than 95% of the population is classed as Muslim, these are divided into Shi’ites (around 62%) and Sunni (around 35%) and a small Christian population';
const ISIS = 'To build up a force of volunteers who are lining up “to fight ISIS”';

test.each<[string, string, Outcome]>([
	['Restrictions and poverty', 'Restrictions and poverty', 'right'],
	['Restrictions and poverty', 'poverty and restrictions', 'right'],
	['Restrictions and poverty', 'restriction, poverty', 'right'],
	['Restrictions and poverty', 'they were restricted and in poverty', 'right'],
	['Restrictions and poverty', 'restrictions and povrety', 'slip'],
	['Restrictions and poverty', 'poverty', 'wrong'],
	['Restrictions and poverty', 'restrictions', 'wrong'],
	['Restrictions and poverty', 'wealth and freedom', 'wrong'],
	['Restrictions and poverty', 'no restrictions and no poverty', 'wrong'],
	['They are Sunni based', 'Sunni based', 'right'],
	['They are Sunni based', 'they are based on Sunnis', 'right'],
	['They are Sunni based', 'Shia based', 'wrong'],
	['They are Sunni based', 'they are not Sunni based', 'wrong'],
	['They are Sunni based', "they aren't Sunni based", 'wrong'],
	['They are Sunni based', 'Sunni', 'wrong'],
	['Increasing fire on their facilities', 'increasing fire on facilities', 'right'],
	['Increasing fire on their facilities', 'increased fire at their facility', 'right'],
	['Increasing fire on their facilities', 'increasing fire on their facilites', 'slip'],
	['Increasing fire on their facilities', 'decreasing fire on their facilities', 'wrong'],
	['Increasing fire on their facilities', 'more fire on their facilities', 'wrong'],
	['Increasing fire on their facilities', 'fire', 'wrong'],
	[TARTUS, 'access to strategic assets like the port of Tartus', 'right'],
	[TARTUS, 'It gives access to strategic assets, e.g. the Mediterranean port of Tartus', 'right'],
	[TARTUS, 'the port of Tartus', 'wrong'],
	[TARTUS, 'it gives access to the Mediterranean', 'wrong'],
	[TARTUS, 'it denies access to strategic assets such as the port of Latakia', 'wrong'],
	[
		RELIGION,
		'Religious differences: 95% Muslim, divided into Shiites (62%) and Sunni (35%)',
		'right'
	],
	[RELIGION, 'Religious differences between Shiites and Sunni', 'wrong'],
	[
		RELIGION,
		'Religious differences: 90% Muslim, divided into Shiites (62%) and Sunni (35%)',
		'wrong'
	],
	[ISIS, 'to build a force of volunteers to fight ISIS', 'right'],
	[ISIS, 'volunteers lining up to fight Isis', 'right'],
	[ISIS, 'to fight ISIS', 'wrong'],
	[ISIS, 'to build a force of volunteers', 'wrong'],
	['Poverty', 'poverty', 'right'],
	['Poverty', 'povrety', 'slip'],
	['Poverty', 'wealth', 'wrong'],
	['Poverty', 'it is the', 'wrong'],
	['Poverty', '', 'wrong']
])('cause %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome(answer, reply)).toBe(expected);
});

test('a reply that lists everything is no answer', () => {
	const reply =
		'restrictions poverty war famine drought corruption occupation sanctions unemployment debt floods fires disease';
	expect(
		gradeTypedAnswer({ kind: 'cause', answer: 'Restrictions and poverty', distractors: [] }, reply)
	).toEqual({ correct: false, slip: false, note: 'Answer in a few words' });
});

test('a reply of stop words only says nothing', () => {
	const result = gradeTypedAnswer(
		{ kind: 'cause', answer: 'Restrictions and poverty', distractors: [] },
		'it is what it is'
	);
	expect(result).toEqual({ correct: false, slip: false, note: 'No answer given' });
});
