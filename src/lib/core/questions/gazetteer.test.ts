import { expect, test } from 'vitest';
import { organisationSort } from './gazetteer.ts';

// Options are offered only against names of the same sort, so the sort must be narrow enough
// that no option can be ruled out by its kind alone.
test.each([
	['Velden University', 'education:university'],
	['Ostmark High School', 'education:school'],
	['Norby Assembly', 'legislature:assembly'],
	['Parliament of Velden', 'legislature:parliament'],
	['Velden City Council', 'government:council'],
	['Ostmark Railway Company', 'company'],
	['Friends of the Velden Moor', 'other'],
	['Party of Velden Unity', 'party'],
	['Velden Broadcasting Company', 'media:broadcast'],
	['Velden Times', 'media'],
	['Velden Super League', 'sport'],
	['Ostmark Football League', 'sport'],
	// A group of towns is no business.
	['Core Towns Group', 'other']
])('%s is of sort %s', (name, sort) => {
	expect(organisationSort(name)).toBe(sort);
});
