import { expect, test } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import type { GenerationContext } from './candidate.ts';
import { findDateMentions, timelineOf, writesOfEarlyEra } from './date-mentions.ts';
import { formatDate } from './dates.ts';
import { findMentions } from './entities.ts';

function contextOf(text: string): GenerationContext {
	const paragraphs = text
		.split(/\n\n/)
		.map((t, i) => analyseParagraph({ id: `p${i}`, text: t }, i));
	const mentions = findMentions(paragraphs);
	return {
		title: 'T',
		paragraphs,
		mentions,
		mentionsIn: paragraphs.map((p) => mentions.filter((m) => m.paragraph === p.index))
	};
}

/** The dates a sentence names, as written, in a document of early times or not. */
function found(text: string, earlyEra: boolean): string[] {
	const p = analyseParagraph({ id: 'p', text }, 0);
	return findDateMentions(p, earlyEra).map((m) => m.text);
}

test.each<[string, string[]]>([
	// Years of every era after a date preposition, when nothing after them makes them a count.
	['In 1066, William of Normandy invaded England.', ['1066']],
	['In 911 the Vikings settled in Normandy.', ['911']],
	['In 911 ships sailed up the river.', []],
	['The Western Empire fell in 476.', ['476']],
	['Charlemagne was crowned emperor by 800.', ['800']],
	['The Romans left Britain until 410, when the legions went home.', ['410']],
	['In 476 Odoacer deposed the last emperor.', ['476']],
	['Athletes ran in 800 m races.', []],
	['Her sentence was reduced from 40 to 60 days.', []],
	['The population rose from 400 to 900.', []],
	['He preached after 8 a.m. on Sundays.', []],
	['The bill passed by 151 votes.', []],
	['Voters in 12 of the 15 seats agreed.', []],
	['The antichrist of 2 Thessalonians appears.', []],
	['He entered university at the age of 19.', []],
	// Centuries, decades and era years need no preposition.
	['In the 11th century, the Normans built castles.', ['11th century']],
	['by the late 9th century the Danes ruled', ['9th century']],
	['Caesar was killed in 44 BC by senators.', ['44 BC']],
	['Vesuvius erupted in AD 79.', ['AD 79']],
	['In the 1960s NASA flew to the Moon.', ['1960s']],
	// Four-digit years keep their old rules, and the model's month dates come whole.
	['When Edward died in January 1066, the council met.', ['January 1066']],
	['On 14 October 1066 Harold was killed.', ['14 October 1066']],
	['Luther was born in 1483 in Eisleben.', ['1483']],
	['The population was 1500 in 1900.', ['1900']],
	['The course was 1500 metres long in 1900.', ['1900']],
	['Under the Scotland Act 1998, elections are held.', []],
	['In democratic elections in 1992 and 1997, Moi won.', ['1992', '1997']]
])('in an early history, %j names %j', (text, expected) => {
	expect(found(text, true)).toEqual(expected);
});

test.each<[string, string[]]>([
	['The Western Empire fell in 476.', []],
	['In 911 the Vikings settled in Normandy.', []],
	['In 1066, William of Normandy invaded England.', ['1066']],
	['Caesar was killed in 44 BC by senators.', ['44 BC']]
])('in a modern document, %j names %j', (text, expected) => {
	expect(found(text, false)).toEqual(expected);
});

test.each<[string, [string, 'first' | 'second', number, number][]]>([
	[
		'The war lasted from 1337 to 1453.',
		[
			['1337', 'first', 1337, 1453],
			['1453', 'second', 1337, 1453]
		]
	],
	[
		'Between 1337 and 1453 England fought France.',
		[
			['1337', 'first', 1337, 1453],
			['1453', 'second', 1337, 1453]
		]
	],
	[
		'The Seven Years War (1756–1763) ended.',
		[
			['1756', 'first', 1756, 1763],
			['1763', 'second', 1756, 1763]
		]
	],
	[
		'Charles was held in Newcastle in 1646–7.',
		[
			['1646', 'first', 1646, 1647],
			['7', 'second', 1646, 1647]
		]
	],
	[
		'Alfred was king of Wessex from 871 to 899.',
		[
			['871', 'first', 871, 899],
			['899', 'second', 871, 899]
		]
	],
	[
		'The Han ruled from 206 BC to AD 220.',
		[
			['206 BC', 'first', -206, 220],
			['AD 220', 'second', -206, 220]
		]
	],
	[
		'Al-Biruni (973–1048 CE) wrote on India.',
		[
			['973', 'first', 973, 1048],
			['1048 CE', 'second', 973, 1048]
		]
	],
	[
		'It ran from the late 8th century to the middle of the 11th century.',
		[
			['8th century', 'first', 701, 1100],
			['11th century', 'second', 701, 1100]
		]
	]
])('%j gives the range %j', (text, expected) => {
	const p = analyseParagraph({ id: 'p', text }, 0);
	const ranges = findDateMentions(p, true)
		.filter((m) => m.range)
		.map((m) => [m.text, m.range?.half, m.range?.first, m.range?.last]);
	expect(ranges).toEqual(expected);
});

test.each<[string, boolean]>([
	['In 1066, William of Normandy invaded England.', true],
	['The town grew in the 14th century.', true],
	['Caesar was killed in 44 BC.', true],
	['In the 19th century the port grew.', false],
	['In 1999 the Parliament met.', false],
	['The river is 1200 m wide.', false]
])('%j deals with early times: %s', (text, expected) => {
	expect(writesOfEarlyEra(analyseParagraph({ id: 'p', text }, 0))).toBe(expected);
});

test("a document's timeline holds its complete dates and ranges, not its partial ones", () => {
	const timeline = timelineOf(
		contextOf(
			'Alfred was king of Wessex from 871 to 899. He won at Edington in 878.\n\nIn May the Danes came back. The Vikings settled in Normandy in 911.'
		)
	);
	expect(timeline.earlyEra).toBe(true);
	expect(timeline.dates.map((d) => formatDate(d.date))).toEqual(['871', '899', '878', '911']);
	expect(timeline.ranges.map((r) => [r.first, r.last])).toEqual([[871, 899]]);
	expect(timeline.latest).toBe(911);
});
