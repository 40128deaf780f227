import type { Generator } from '../candidate.ts';
import { actorGenerator } from './actor.ts';
import { causeGenerator } from './cause.ts';
import { dateGenerator } from './date.ts';
import { definitionGenerator } from './definition.ts';
import { enumerationGenerator } from './enumeration.ts';
import { lifeDatesGenerator } from './life-dates.ts';
import { numberGenerator } from './number.ts';
import { placeGenerator } from './place.ts';
import { principleGenerator } from './principle.ts';
import { termGenerator } from './term.ts';

/** The generators, in the order the bank lists their questions. */
export const generators: Generator[] = [
	dateGenerator,
	lifeDatesGenerator,
	actorGenerator,
	causeGenerator,
	numberGenerator,
	placeGenerator,
	termGenerator,
	definitionGenerator,
	principleGenerator,
	enumerationGenerator
];
