import { expect, test } from 'vitest';
import { chooseDistractors } from './distractors.ts';
import { allCandidates, analyseDocument } from './generate-bank.ts';

/** The wrong options offered for one answer of an invented document. */
function optionsFor(text: string, answer: string): string[] {
	const { context } = analyseDocument({ text, title: 'A history', source: 'test.txt' });
	const c = allCandidates(context).find((x) => x.answer === answer);
	if (!c) throw new Error(`no question answers ${answer}`);
	return chooseDistractors(c, context);
}

test('a region is offered against regions of its own country only', () => {
	const text = [
		'The company began in Queensland in 1901.',
		'It opened offices in England and Scotland in 1920.',
		'The company bought wool in South Australia, timber in Tasmania and tin in Western Australia.',
		'By 1950 the company also traded in Victoria and in the Northern Territory.'
	].join('\n\n');
	const options = optionsFor(text, 'Queensland');
	expect(options.length).toBeGreaterThanOrEqual(2);
	expect(options).not.toContain('England');
	expect(options).not.toContain('Scotland');
});

test('a person asked by the role the prompt shows is offered against holders of that role', () => {
	const text = [
		'In 1990 President Ada Norby met President Karl Olden in Velden.',
		'In 1991 Prime Minister Mary Brandt signed a treaty with Ostmark.',
		'Defense Secretary Jan Velt called for a new information agency in 1992.',
		'In 1993 Defense Secretary Tom Sander resigned.'
	].join('\n\n');
	const options = optionsFor(text, 'Jan Velt');
	expect(options.filter((o) => ['Ada Norby', 'Karl Olden', 'Mary Brandt'].includes(o))).toEqual([]);
});

test('a head of state by title is offered against holders of the title, not of an office of the same name', () => {
	const text = [
		'In 1958 the failures of President Ada Norby worried the senators of Velden.',
		'The mill company president Tom Sander and the bank president Lise Ahl spoke in 1959.',
		'President Karl Olden and President Mary Brandt both visited the mills in 1961.',
		'In 1962 President Jan Velt signed the treaty of Ostmark.'
	].join('\n\n');
	const options = optionsFor(text, 'Ada Norby');
	expect(options.length).toBeGreaterThanOrEqual(2);
	expect(options).not.toContain('Tom Sander');
	expect(options).not.toContain('Lise Ahl');
});

test('a part is never offered as more than the whole it is counted from', () => {
	const text = 'In her long career Ada Norby won 38 of the 43 races she ran in Velden.';
	const options = optionsFor(text, '38');
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const option of options) expect(Number(option)).toBeLessThan(43);
});

test('what was rebuilt is never offered as more than what it replaced', () => {
	const text =
		"After the great fire of 1702, Karl Olden's office designed 51 new churches to replace the 87 that had burned.";
	const options = optionsFor(text, '51');
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const option of options) expect(Number(option)).toBeLessThan(87);
});

test('a town is offered against towns near it, not across the country', () => {
	const text = [
		'In 1850 the Norby shipyard moved its works to South Shields, a port on the coast.',
		'Its owners came from London, Aberdeen, Sunderland, Middlesbrough and Durham.',
		'Sunderland, Middlesbrough and Durham grew as mining towns, while London and Aberdeen were ports.'
	].join('\n\n');
	const options = optionsFor(text, 'South Shields');
	expect(options).toContain('Sunderland');
	expect(options).not.toContain('London');
	expect(options).not.toContain('Aberdeen');
});

test('a country is offered against the document’s countries of its own continent, else its neighbours', () => {
	const text = [
		'Ada Norby studied law in England and Germany before she returned to Velden in 1990.',
		'Her movement spread to Egypt, Iran and Afghanistan in the 1990s.',
		'Later it reached Pakistan and Syria, and Egypt banned it twice.'
	].join('\n\n');
	const options = optionsFor(text, 'Germany');
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const o of ['Egypt', 'Iran', 'Afghanistan', 'Pakistan', 'Syria']) {
		expect(options).not.toContain(o);
	}
});

test('in a paragraph of an older time, only the document’s own countries are offered', () => {
	const text = [
		'In 1830 Ada Norby sailed from Uruguay to Paraguay with her regiment.',
		'She had served in Argentina and Chile since 1822.'
	].join('\n\n');
	const options = optionsFor(text, 'Uruguay');
	for (const o of options) expect(['Argentina', 'Chile']).toContain(o);
});

test('a state asked as today’s is offered against today’s states, whatever the time', () => {
	const text = [
		'In 1878 Ada Norby went to Lviv (now in Ukraine), where she worked as a draftsman.',
		'She had studied in Krakow since 1875.'
	].join('\n\n');
	expect(optionsFor(text, 'Ukraine').length).toBeGreaterThanOrEqual(2);
});

test('a region of the first rank is not offered against boroughs', () => {
	const text = [
		'In 2001 Ada Norby studied law in England and in Wales before she moved to Lambeth.',
		'Her firm opened offices in Southwark, Hackney and Scotland in 2005.'
	].join('\n\n');
	const options = optionsFor(text, 'Scotland');
	for (const o of ['Lambeth', 'Southwark', 'Hackney']) expect(options).not.toContain(o);
});

test('a county is not offered against the first-rank region that holds it', () => {
	const text = [
		'In 2001 Ada Norby studied law in England and in Wales before she moved to Norfolk.',
		'Her firm opened offices in Cornwall, Northern Ireland and Devon in 2005.'
	].join('\n\n');
	const options = optionsFor(text, 'Norfolk');
	for (const o of ['England', 'Wales', 'Northern Ireland']) expect(options).not.toContain(o);
});

test('a town named like a country is not offered against countries', () => {
	const text = [
		'In 2010 Ada Norby wrote to the councillors of Lebanon, New Hampshire, and to Boston.',
		'She had lived in Iraq, Georgia and Israel before she moved to Concord in 1990.'
	].join('\n\n');
	const { context } = analyseDocument({ text, title: 'A history', source: 'test.txt' });
	const c = allCandidates(context).find((x) => x.answer === 'Lebanon');
	expect(c ? chooseDistractors(c, context) : []).toEqual([]);
});

test('a figure between two ends is offered inside them', () => {
	const text =
		'In 1984 the Velden company bought up to 15% (or between $25 million and $30 million) of the shares of a mill.';
	const options = optionsFor(text, '$25 million');
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const o of options) expect(Number(o.replace(/[^\d.]/g, ''))).toBeLessThan(30);
});

test.each([
	[
		'The share of farm workers in Velmora declined from 75.8% in 1970 to 55.1% by 2010.',
		'75.8%',
		55.1,
		'above'
	],
	[
		'The share of farm workers in Velmora declined from 75.8% in 1970 to 55.1% by 2010.',
		'55.1%',
		75.8,
		'below'
	],
	[
		'Exports of wool from Velmora rose from 1,200 tonnes to 9,400 tonnes between 1820 and 1850.',
		'1,200',
		9400,
		'below'
	]
])(
	'a change from one figure to another holds for every option: %s (%s)',
	(text, answer, ref, side) => {
		const options = optionsFor(text, answer);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const o of options) {
			const v = Number(o.replace(/[^\d.]/g, ''));
			if (side === 'above') expect(v).toBeGreaterThan(ref);
			else expect(v).toBeLessThan(ref);
		}
	}
);

test('a country is offered against member states, never a place whose people the prompt names', () => {
	const text = [
		'The Mongol conquest of the 13th century caused farming to decline in China for a hundred years.',
		'Traders from Hong Kong, Mongolia, Japan and Vietnam came to the port. Later Japan and Vietnam sent envoys, and Japan sent monks to Laos.'
	].join('\n\n');
	const options = optionsFor(text, 'China');
	expect(options).not.toContain('Hong Kong');
	expect(options).not.toContain('Mongolia');
});

test('a figure with a bound in front of it is typed: which way the bound holds is not told', () => {
	const text =
		'Breathing air at a pressure of more than 60 kPa for weeks can lead to lasting harm in divers at Velden.';
	expect(optionsFor(text, '60')).toEqual([]);
});

test('a vote is told winner first: options for the winning count stay above the losing one', () => {
	const text =
		'In 1791 the Velden assembly defeated the motion by 163 votes to 88 after a long debate.';
	const options = optionsFor(text, '163');
	expect(options.length).toBeGreaterThanOrEqual(2);
	for (const o of options) expect(Number(o.replace(/,/g, ''))).toBeGreaterThan(88);
});
