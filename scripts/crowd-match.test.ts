import { describe, expect, test } from 'vitest';
import {
	answersMatch,
	classifyCrowdQuestion,
	mapParagraphs,
	readCount,
	readDate,
	stripFiller
} from './crowd-match.ts';

describe('classifyCrowdQuestion', () => {
	test.each([
		['When did the war end?', 'when'],
		['What year was the treaty signed?', 'when'],
		['What date did the siege begin?', 'when'],
		['What century saw the first steam engines?', 'when'],
		['In what decade did the railway reach the town?', 'when'],
		['In which year did the king die?', 'when'],
		['In what month and year did the mission launch?', 'when'],
		['On what date did the reformer die?', 'when'],
		['The council first met in what year?', 'when'],
		['Who led the rebellion?', 'who'],
		['Whom did the king marry?', 'who'],
		['Whose army won the battle?', 'who'],
		['To whom did he send the letter?', 'who'],
		['The directors reported to who?', 'who'],
		['In 1517 who was the bishop of the city?', 'who'],
		['How many people lived in the city in 1900?', 'how many'],
		['How much did the bridge cost?', 'how many'],
		['By how much did the party win the seat?', 'how many'],
		['Where was the treaty signed?', 'where'],
		['In what city was the parliament founded?', 'where'],
		['In which country is the lake?', 'where'],
		['What country borders the kingdom to the south?', 'where'],
		['On what river does the city stand?', 'where'],
		['In 2004 the revolution occurred in what country?', 'where'],
		['What is the capital of the colony?', undefined],
		['What did the church do when he refused to recant?', undefined],
		['How old was he when he moved to the capital?', undefined],
		['Why did the strike fail?', undefined],
		['Civil disobedience can occur when people speak about what?', undefined],
		['The protest can happen when people refuse to pay?', undefined],
		['What state of matter is the gas at room temperature?', undefined],
		['What type of architecture is the palace?', undefined],
		['In the steam cycle, what does water turn into when heated?', undefined],
		['In the steam cycle, where does the water go?', 'where'],
		['As of what year were such engines available?', 'when'],
		['After what year was compounding common?', 'when']
	])('%s -> %s', (question, expected) => {
		expect(classifyCrowdQuestion(question)).toBe(expected);
	});
});

describe('stripFiller', () => {
	test.each([
		['in Africa', 'Africa'],
		['approximately 45 million', '45 million'],
		[', Albert of Mainz', 'Albert of Mainz'],
		['(15,100', '15,100'],
		['the East African Community.', 'East African Community'],
		['in the year 1945', '1945']
	])('%s -> %s', (text, expected) => {
		expect(stripFiller(text)).toBe(expected);
	});
});

describe('readDate', () => {
	test.each([
		['1945', { year: 1945, bc: false }],
		['in 1945', { year: 1945, bc: false }],
		['January 1945', { year: 1945, month: 1, bc: false }],
		['18 February 1546', { year: 1546, month: 2, day: 18, bc: false }],
		['February 18, 1546', { year: 1546, month: 2, day: 18, bc: false }],
		['July 4', { month: 7, day: 4, bc: false }],
		['the 1940s', { decade: 1940, bc: false }],
		['16th century', { century: 16, bc: false }],
		['the sixteenth century', { century: 16, bc: false }],
		['300 BC', { year: 300, bc: true }],
		['AD 60', { year: 60, bc: false }],
		['1724 to 1725', undefined],
		['Apollo 11', undefined],
		['45 million', undefined],
		['Christmas Eve', undefined]
	])('%s', (text, expected) => {
		expect(readDate(text)).toEqual(expected);
	});
});

describe('readCount', () => {
	test.each([
		['1.5 million', 1.5e6],
		['1,500,000', 1.5e6],
		['about 45 million people', 45e6],
		['twelve', 12],
		['twenty-one', 21],
		['two thousand', 2000],
		['96%', 96],
		['$2.5 billion', 2.5e9],
		['Apollo 11', undefined],
		['3 to 4', undefined],
		['4 people died in the fire that night', undefined]
	])('%s -> %s', (text, expected) => {
		expect(readCount(text)?.value).toBe(expected);
	});
});

describe('answersMatch', () => {
	test.each([
		['1945', 'in 1945', true],
		['January 1945', '1945', true],
		['1945', 'January 1945', true],
		['5 May 1945', 'May 1945', true],
		['1945', '1946', false],
		['March 1945', 'January 1945', false],
		['1940s', '1945', false],
		['18 February 1546', 'February 18, 1546', true],
		['1.5 million', '1,500,000', true],
		['45 million', 'approximately 45 million', true],
		['45 million', '45 million people', true],
		['96%', '96 percent', true],
		['96%', '96', false],
		['12', 'twelve', true],
		['12', '13', false],
		['Africa', 'in Africa', true],
		['East African Community', 'the East African Community', true],
		['EAC', 'East African Community', true],
		['Luther', 'Martin Luther', true],
		['Shiite', "Shi'ite", true],
		['indulgences', 'the sale of indulgences to the poor of the town', false],
		['Nairobi', 'Mombasa', false],
		['Somalia', 'Somalia and Ethiopia', false],
		['Alexandria', 'Hero of Alexandria', false],
		['Lettow-Vorbeck', 'Paul von Lettow-Vorbeck', true],
		['Apollo 11', 'Apollo 12', false],
		['', 'anything', false]
	])('%s ~ %s -> %s', (generated, crowd, expected) => {
		expect(answersMatch(generated, crowd)).toBe(expected);
	});
});

describe('mapParagraphs', () => {
	const bank = [
		{ id: 'p-a', text: 'Kenya is a country in Africa and a founding member of the community.' },
		{ id: 'p-b', text: 'The climate is warm on the coast and cooler inland near the mountains.' },
		{ id: 'p-c', text: 'Wildlife reserves draw visitors from around the world every year.' }
	];
	test.each([
		[
			'Kenya (/ˈkɛnjə/; listen), is a country in Africa and a founding member of the community.[1]',
			['p-a']
		],
		[
			'The climate is warm on the coast and cooler inland near the mountains. Wildlife reserves draw visitors from around the world every year.',
			['p-b', 'p-c']
		],
		['A paragraph the cleaning dropped entirely, about something else.', []]
	])('%s', (source, expected) => {
		expect(mapParagraphs([source], bank)).toEqual([expected]);
	});
});
