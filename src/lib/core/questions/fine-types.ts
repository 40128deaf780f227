import type { QuestionKind } from './types.ts';

/**
 * What sort of thing a name is, finer than a question's kind, so that a wrong option is of the
 * same sort as the answer: a battle for a battle, a river for a river, a king for a king.
 */
export type FineType =
	/** One human being. */
	| 'person'
	/** A people, nationality, tribe, religious or social group: "the Franks", "Lutherans". */
	| 'people'
	/** A state as an actor: empire, kingdom, dynasty, caliphate, republic, "the Ottomans". */
	| 'polity'
	/** A company, party, army unit, institution, university, church, newspaper's publisher. */
	| 'organisation'
	/** A country named as a place. */
	| 'country'
	/** A city, town or village. */
	| 'settlement'
	/** A province, state, county, district, continent or other area. */
	| 'region'
	/** A river, lake, sea, ocean, bay or strait. */
	| 'water'
	/** A mountain, island, valley, desert, peninsula. */
	| 'landform'
	/** A fort, castle, palace, church, bridge, building, park, square, airport or base. */
	| 'structure'
	/** A war, revolt, rebellion, crusade or campaign. */
	| 'war'
	/** A battle or siege. */
	| 'battle'
	/** A treaty, act, law, edict, charter, constitution, bill, order or decree. */
	| 'document'
	/** A named event: a council, congress, conference, election, massacre, plague. */
	| 'event'
	/** A movement, doctrine, reform or period: "the Reformation", "Lutheranism". */
	| 'movement'
	/** A language. */
	| 'language'
	/** A book, newspaper, journal, film, ship or other made and named thing. */
	| 'work'
	/** Known to be a name, of no known sort: never asked with wrong options. */
	| 'other';

/** The question kind each fine type is asked as; `undefined` for a sort that is not asked. */
export const KIND_OF_FINE_TYPE: Record<FineType, QuestionKind | undefined> = {
	person: 'actor',
	people: 'actor',
	polity: 'actor',
	organisation: 'actor',
	country: 'place',
	settlement: 'place',
	region: 'place',
	water: 'place',
	landform: 'place',
	structure: 'place',
	war: 'term',
	battle: 'term',
	document: 'term',
	event: 'term',
	movement: 'term',
	language: 'term',
	work: 'term',
	other: undefined
};
