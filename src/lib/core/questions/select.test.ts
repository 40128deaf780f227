import { describe, expect, test } from 'vitest';
import { allCandidates, analyseDocument, generateBank } from './generate-bank.ts';
import { isPieceOfName } from './generators/entity-prompts.ts';
import { notWorthAsking } from './select.ts';
import { isDocumentSubject, titleGivesAway } from './subject.ts';

describe('isDocumentSubject', () => {
	test.each([
		['Warsaw', 'Warsaw', true],
		['Normandy', 'The Norman conquest of England', false],
		['England', 'The Norman conquest of England', true],
		['Kingdom of Scotland', 'Scotland', true],
		['Edinburgh', 'Scotland', false],
		['the Reformation', 'Luther and the Reformation', true],
		['Islamists', 'Islamism', true],
		['Islam', 'Islamism', true],
		['Germans', 'The German Peasants’ War', true],
		['Rome', 'Islamism', false]
	])('%s in "%s"', (answer, title, expected) => {
		expect(isDocumentSubject(answer, title)).toBe(expected);
	});
});

describe('titleGivesAway', () => {
	test.each([
		['Ada Norby', 'Norbyville, Ostmark', true],
		['Ada Norby', 'Norby', false],
		['Ada Norby', 'Velden', false],
		['50', 'Velden Cup 50', true],
		['500', 'Velden Cup 50', false],
		['Jan Ek', 'Ekholm', false]
	])('%s in "%s"', (answer, title, expected) => {
		expect(titleGivesAway(answer, title)).toBe(expected);
	});
});

describe('isPieceOfName', () => {
	test.each([
		['In the 19th century the Krasiński Palace was remodelled.', 'Krasi', true],
		['He was Archbishop of Velden and Ostmark from 1514.', 'Ostmark', true],
		['The envoy met Lord Norby in London.', 'Norby', true],
		["Other attractions include St. John's Cathedral and the square.", 'Cathedral', true],
		['It is one of the largest in Central and Eastern Europe.', 'Central', true],
		['The army reached Paris in June.', 'Paris', false],
		['Paris fell in June.', 'Paris', false],
		['King Harold was killed at Hastings.', 'Hastings', false],
		['The treaty was signed by King Henry in 1101.', 'Henry', false],
		['The treaty was signed by Henry Beauclerc in 1101.', 'Beauclerc', true],
		['It ended the Brettish and Moravan War in 1720.', 'Moravan War', true],
		['Trade grew in Ostmark, Velden and Norby.', 'Norby', false],
		['Buses in Velden upon Avon are run by the council.', 'Buses in Velden', true],
		['Freemen include Ada Norby and King Olaf V of Ostmark.', 'Ostmark', true],
		['The fleet of Duke Karl of Velden sailed in 1520.', 'Velden', true],
		['The fleet of the duke sailed from the port of Velden in 1520.', 'Velden', false]
	])('%s: %s', (text, answer, expected) => {
		const start = text.indexOf(answer);
		expect(isPieceOfName(text, start, start + answer.length, 0)).toBe(expected);
	});
});

test('one event is asked once, not again at another precision', () => {
	const text = [
		'Ruritania obtained independence in December 1963 after a long campaign by its farmers and its teachers.',
		'The colony of Ruritania came to an end on 12 December 1963, with independence conferred on the whole country by treaty.',
		'The first parliament of Ruritania met in Velden in March 1964 and chose Ada Norby as its speaker.'
	].join('\n\n');
	const bank = generateBank({ text, title: 'Ruritania', source: 'test.txt' });
	const dates = bank.questions.filter((q) => q.kind === 'date').map((q) => q.answer);
	expect(dates.filter((d) => /December 1963/.test(d))).toHaveLength(1);
});

test('a place in front of a noun is a modifier, not a place to ask', () => {
	const text = [
		'Political Islam',
		'',
		'Political Islam grew in Egypt, Iraq, Kuwait, Lebanon and Saudi Arabia after 1970, and its parties won seats in Kuwait and Lebanon.',
		'',
		'During the Gulf War the movement accused the Saudi regime of being a puppet of the west, and Iraq of aggression against Kuwait.'
	].join('\n');
	const { context } = analyseDocument({ text, title: 'Political Islam', source: 'test.txt' });
	const modifiers = allCandidates(context).filter((c) => /_____ regime/.test(c.prompt));
	expect(modifiers.length).toBeGreaterThan(0);
	for (const c of modifiers) expect(notWorthAsking(c, context)).toBe('modifier');
});

test('the name that opens a document is its subject, under any name', () => {
	const text = [
		'Augusta Ada Norby, Countess of Velden, was an Ostish engineer known for her work on the Velden mill.',
		'',
		'In 1835 she married Karl Olden, who later became Earl of Velden.'
	].join('\n');
	const { context } = analyseDocument({ text, title: 'Ada Velden', source: 'test.txt' });
	const opening = allCandidates(context).filter((c) => c.prompt.startsWith('_____, Countess'));
	expect(opening.length).toBeGreaterThan(0);
	for (const c of opening) expect(notWorthAsking(c, context)).toBe('document-subject');
});

test('the year of the day a document opens with is not asked again as a bare year', () => {
	const text = [
		'The Velden flood was a disaster that struck the Ostish lowlands on 14 March 1927.',
		'',
		'By 1927 the Ostish government had built four new dams on the Velde.',
		'',
		'New dikes were begun in 1931 and finished in 1938.'
	].join('\n');
	const { context } = analyseDocument({ text, title: 'Velden flood', source: 'test.txt' });
	const dates = allCandidates(context).filter((c) => c.kind === 'date');
	const year = dates.find((c) => c.answer === '1927');
	expect(year && notWorthAsking(year, context)).toBe('subject-year');
	const day = dates.find((c) => c.answer === '14 March 1927');
	expect(day && notWorthAsking(day, context)).toBeUndefined();
	const later = dates.find((c) => c.answer === '1931');
	expect(later && notWorthAsking(later, context)).toBeUndefined();
});
