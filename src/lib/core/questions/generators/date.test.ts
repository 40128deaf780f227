import { expect, test } from 'vitest';
import { contextOf } from './test-context.ts';
import { dateGenerator } from './date.ts';

/** Each date question of a text as "answer: prompt". */
function ask(text: string, published?: string): string[] {
	return dateGenerator
		.generate(contextOf(text, published))
		.map((c) => `${c.answer}${c.accept ? ` (${c.accept.join(', ')})` : ''}: ${c.prompt}`);
}

/** A sentence of a document that also says "in 1066", so that it deals with early times. */
const EARLY = 'The Normans conquered England in 1066.\n\n';

test.each<[string, string[]]>([
	// Years of every era, as questions when the sentence opens with them.
	[
		'In 1066, William of Normandy invaded England.',
		['1066: When did William of Normandy invade England?']
	],
	// A name keeps its capital though the document also writes it as a unit in lower case.
	[
		'The unit of flux, the velt, is named after Ada Velt.\n\nIn 1901, Velt built a tower in Ostmark.',
		['1901: When did Velt build a tower in Ostmark?']
	],
	// A people's adjective opening the subject keeps its capital; a common word does not.
	// Clauses joined by a semicolon: the one with the answer is asked alone.
	[
		'In June 1978 Karl Olden founded the Velden Post; after its first issue was mocked, the paper was revamped with Ada Norby as its editor and a new printing press bought from Ostmark.',
		['June 1978: In _____ Karl Olden founded the Velden Post.']
	],
	[
		'The old mill was sold to the guild; in 1817 Karl Olden built a new mill in stone.',
		['1817: In _____ Karl Olden built a new mill in stone.']
	],
	// "her" inside the sentence is the one person named before: as an owner, or as herself.
	[
		'Ada Norby was an Ostish engineer who built the Velden mill. The town named a street in her honour in 1901.',
		['1901: The town named a street in Ada Norby’s honour in _____.']
	],
	[
		'Ada Norby was an Ostish engineer who built the Velden mill. The guild elected her to its council in 1901.',
		['1901: The guild elected Ada Norby to its council in _____.']
	],
	// Not a clause that opens with no subject of its own, nor items of a list.
	['The guild sold the mill; transferring its trade to Velden in 1817.', []],
	['Children of Ada Olden: Hans – June 1526; Ada – 1529; Karl – 1531.', []],
	['She bore six children: Hans – 1526; Ada – 10 December 1527, who died within a year.', []],
	// A second verb of the same subject would keep its tense in a question: asked as a cloze.
	[
		'On 16 November 1532, Karl’s men ambushed the escort, killed thousands and took the king prisoner.',
		[
			'16 November 1532: On _____, Karl’s men ambushed the escort, killed thousands and took the king prisoner.'
		]
	],
	[
		'On 9 June 1534, Karl’s men attacked the town and the palace.',
		['9 June 1534: When did Karl’s men attack the town and the palace?']
	],
	[
		'On 12 April 1961, Soviet pilot Ada Norby became the first person to fly over Velden.',
		['12 April 1961: When did Soviet pilot Ada Norby become the first person to fly over Velden?']
	],
	[
		`${EARLY}In 911 the Vikings settled in Normandy.`,
		['911: In _____ the Vikings settled in Normandy.']
	],
	[
		`${EARLY}The last Western emperor was deposed in 476.`,
		['476: The last Western emperor was deposed in _____.']
	],
	[
		`${EARLY}By 800, Charlemagne ruled most of Western Europe.`,
		['800: By _____, Charlemagne ruled most of Western Europe.']
	],
	// Counts and measures are not years.
	[`${EARLY}In 911 ships sailed up the Seine to Paris.`, []],
	[`${EARLY}Her sentence was reduced from 40 to 60 days.`, []],
	// Centuries, decades and years with their era.
	[
		'In the 11th century, the Normans built stone castles across England.',
		['11th century: When did the Normans build stone castles across England?']
	],
	[
		'By the late 9th century the Danes ruled the east of England.',
		['9th century: By the late _____ the Danes ruled the east of England.']
	],
	[
		'Norway was converted to Christianity in the eleventh century.',
		['eleventh century (11th century): Norway was converted to Christianity in the _____.']
	],
	[
		'Rome fought Carthage during the 3rd century BC.',
		['3rd century BC: Rome fought Carthage during the _____.']
	],
	[
		'In the 1960s NASA flew the Mercury and Gemini programmes.',
		['1960s: In the _____ NASA flew the Mercury and Gemini programmes.']
	],
	[
		'Julius Caesar was assassinated by senators in 44 B.C. at Rome.',
		['44 BC (44 B.C.): Julius Caesar was assassinated by senators in _____ at Rome.']
	],
	['Vesuvius buried Pompeii in AD 79.', ['AD 79: Vesuvius buried Pompeii in _____.']],
	// A range is asked by its start, and never when written with a dash.
	[
		'The Hundred Years War lasted from 1337 to 1453.',
		['1337: The Hundred Years War lasted from _____ to 1453.']
	],
	['Charles I was imprisoned in Newcastle by the Scots in 1646–7.', []],
	['Warsaw was besieged three times between 1655–1658 by Swedish forces.', []],
	// Dates that are part of a name, or label a thing, are not asked.
	['The 1920 Revolution began in the south of the country.', []],
	[
		'Apollo 11 landed on the Moon on 20 July 1969.',
		['20 July 1969: Apollo 11 landed on the Moon on _____.']
	],
	['The parliament was convened by the Scotland Act 1998, which sets out its powers.', []],
	['Following the Congress of Vienna of 1815, Warsaw became the centre of Congress Poland.', []],
	['The house of the Baryczko family (1562) is a fine example of Renaissance building.', []],
	['The glazing transformed the 19th century public portico of the station.', []],
	[
		'A portion of the town was demolished in the 1960s to make way for a shopping centre.',
		['1960s: A portion of the town was demolished in the _____ to make way for a shopping centre.']
	],
	[
		'The Warsaw Uprising lasted between August and October 1944 and destroyed the city.',
		[
			'August 1944 (August): The Warsaw Uprising lasted between _____ and October 1944 and destroyed the city.'
		]
	],
	// A month takes the year the story has reached, not one it looks back to; a span of months
	// is asked by its start.
	[
		'Warsaw was occupied by Germany from 4 August 1915 until November 1918. The armistice required Germany to leave areas held by Russia in 1914. Piłsudski returned to Warsaw on 11 November and set up the Second Republic.',
		[
			'4 August 1915: Warsaw was occupied by Germany from _____ until November 1918.',
			'1914: The armistice required Germany to leave areas held by Russia in _____.',
			'11 November 1918 (11 November): Piłsudski returned to Warsaw on _____ and set up the Second Republic.'
		]
	]
])('%j asks %j', (text, expected) => {
	const early = text.startsWith(EARLY);
	const asked = ask(text).filter((q) => !early || !q.startsWith('1066: '));
	expect(asked).toEqual(expected);
});

test.each<[string, string[]]>([
	['The fair takes place on the Town Moor every June.', []],
	['The beer festival is held in April.', []],
	[
		'The council met in April to choose a mayor.',
		['April 2010 (April): The council met in _____ to choose a mayor.']
	]
])(
	'in an article of August 2010, %j asks %j: a month that recurs has no year',
	(text, expected) => {
		expect(ask(text, '2010-08')).toEqual(expected);
	}
);
