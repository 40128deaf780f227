import { expect, test } from 'vitest';
import type { Mention } from '../entities.ts';
import { acceptFor } from './entity-prompts.ts';

const person = (canonical: string, text = canonical) =>
	({ canonical, text, type: 'person' }) as Mention;

test.each([
	['Queen Victoria', ['Victoria']],
	['Napoleon III', ['Napoleon']],
	['Augusta Velden', ['Velden']],
	// A particle belongs to the surname: "Morgan" alone is somebody else.
	['Augustus De Morgan', ['De Morgan']],
	['Charles de Gaulle', ['de Gaulle']],
	['Vincent van Gogh', ['van Gogh']],
	// An epithet is no name: "Great" alone is nobody.
	['Alfred the Great', ['Alfred']],
	['William the Lion', ['William']]
])('a learner may type %s as %j', (canonical, expected) => {
	expect(acceptFor(person(canonical))).toEqual(expected);
});
