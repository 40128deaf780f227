import type { FineType } from '../fine-types.ts';

/**
 * Head words that say what sort of thing a name is, in general English: "the X River", "Lake X",
 * "the Battle of X". Lower-case keys. Nothing here names a particular thing.
 */

/** The last word of a name: "Thirty Years' War", "Holy Roman Empire", "Hudson River". */
export const LAST_HEADS: Record<string, FineType> = {
	...words(
		'war wars revolution revolt rebellion uprising insurrection crusade crusades campaign invasion insurgency mutiny intifada conquest',
		'war'
	),
	...words('battle siege offensive raid', 'battle'),
	...words(
		'act treaty bill law charter constitution declaration agreement accord pact edict decree code statute amendment protocol resolution convention theses confession manifesto proclamation ordinance covenant',
		'document'
	),
	...words(
		'massacre colloquy disputation championship championships cup tournament marathon rally prix race conference summit election elections plague famine crisis disaster riot riots affair games olympics festival exhibition expo fair referendum coup landing landings mission assassination trial trials',
		'event'
	),
	...words(
		'reformation renaissance enlightenment movement revival awakening age era period',
		'movement'
	),
	...words(
		'empire dynasty caliphate kingdom colony bloc sultanate khanate republic confederation confederacy commonwealth principality duchy emirate shogunate reich electorate',
		'polity'
	),
	...words(
		'river lake sea ocean bay strait straits stream gulf canal creek channel sound lagoon estuary harbour harbor falls loch',
		'water'
	),
	...words(
		'mountain mountains canyon gorge alps beach beaches mount hill hills range island islands isles peninsula valley desert plateau plain plains forest coast heights volcano glacier basin delta highlands lowlands',
		'landform'
	),
	...words(
		'fort fortress castle palace cathedral church chapel monument memorial citadel ghetto garden gardens gallery plant cinema hotel cloister cemetery zoo mall quayside abbey monastery mosque temple synagogue basilica bridge tower building hall stadium arena park square airport station base gate wall house museum library theatre theater hospital prison market street road avenue tunnel dam lighthouse home',
		'structure'
	),
	...words(
		'party company corporation corp body brotherhood sisterhood conservatory philharmonic orchestra inc ltd plc bank army navy council parliament assembly senate court committee commission agency authority ministry department office bureau federation association society league front brigade brigades forces force guard guards police institute university college school academy foundation trust board service network airlines airways railway railways exchange center centre times post news journal herald gazette tribune chronicle union',
		'organisation'
	),
	...words('language', 'language'),
	...words('county province region district territory oblast prefecture canton', 'region'),
	...words('program programme plan initiative project', 'event'),
	...words('testament psalm psalms gospel bible catechism hymnal', 'work'),
	...words('doctrine', 'movement'),
	...words('city town village', 'settlement')
};

/**
 * The first word of a name followed by "of": "Battle of X", "Kingdom of X", "University of X".
 * These heads let "of" join the name.
 */
export const OF_HEADS: Record<string, FineType> = {
	...words('battle siege sack fall', 'battle'),
	...words(
		'treaty act peace edict charter declaration statute bill constitution convention concordat bull articles confession',
		'document'
	),
	...words('council diet synod congress conference', 'event'),
	...words(
		'kingdom empire republic duchy principality caliphate sultanate emirate electorate grand-duchy commonwealth',
		'polity'
	),
	...words('university bank church house party order', 'organisation'),
	...words('gulf bay sea strait lake', 'water'),
	...words('isle isles cape mount', 'landform'),
	...words('cathedral palace castle tower', 'structure'),
	...words('book gospel epistle', 'work'),
	...words('colony', 'polity'),
	...words('city town', 'settlement'),
	...words('province county state region district', 'region')
};

/** The first word of a name followed directly by the rest: "Fort X", "Lake X", "Mount X". */
export const FIRST_HEADS: Record<string, FineType> = {
	...words('fort castle', 'structure'),
	...words('lake loch river', 'water'),
	...words('mount mt mt.', 'landform'),
	...words('operation', 'war'),
	...words('project hurricane typhoon cyclone', 'event'),
	...words('hms uss ss rms hmas', 'work')
};

/** "Industrial Revolution": an adjective in -al or -ic before "Revolution" names a period. */
export const PERIOD_REVOLUTION =
	/^(industrial|scientific|agricultural|cultural|digital|green|quiet|sexual|commercial|neolithic)$/;

/** Words of direction that join a place name: "Inner Mongolia", "Northern Ireland". */
export const DIRECTION_WORDS = new Set(
	'north south east west northern southern eastern western central upper lower inner outer greater north-east north-west south-east south-west northeast northwest southeast southwest'.split(
		' '
	)
);

/** Capitalised number words that begin a name: "the Seven Years' War", "the Ninety-five Theses". */
export const NUMBER_WORDS = new Set(
	'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand first second third fourth fifth sixth seventh eighth ninth tenth'.split(
		' '
	)
);

/** A regnal or serial number after a name: "Henry VIII", "World War II". */
export const ROMAN_NUMERAL = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Heads after a possessive that belong to the name: "People's Republic", "St. Mary's Church". */
export const POSSESSIVE_HEADS = new Set(
	'republic party church university college cathedral hospital army liberation day park square bridge hall bay island palace chapel abbey school'.split(
		' '
	)
);

function words(list: string, fine: FineType): Record<string, FineType> {
	const out: Record<string, FineType> = {};
	for (const w of list.split(/\s+/)) out[w] = fine;
	return out;
}
