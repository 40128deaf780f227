import { expect, test } from 'vitest';
import { findCitations, findQuotes } from './quotes.ts';

const quoted = (text: string) => findQuotes(text).map((s) => text.slice(s.start, s.end));

test('finds curly and straight quotes and leaves apostrophes alone', () => {
	expect(quoted('Franks said "we don\'t do body counts." Then he left.')).toEqual([
		'"we don\'t do body counts."'
	]);
	expect(quoted('Hord said: “We’re the winners in Iraq.” It was Sadr’s army.')).toEqual([
		'“We’re the winners in Iraq.”'
	]);
});

test('keeps nested quotes inside the outer quote', () => {
	expect(
		quoted('Fisk wrote “the departure of the last "combat" troops from Iraq” in August.')
	).toEqual(['“the departure of the last "combat" troops from Iraq”']);
});

test('copes with mismatched marks from pasted text', () => {
	expect(quoted('replaced by 7,000 more “contractors “, bringing the total')).toEqual([
		'“contractors “'
	]);
	expect(
		quoted('The test of such “liberal’ credentials would be that they opened up.')
	).toHaveLength(1);
});

test('single quotes open after a space and close before punctuation', () => {
	expect(quoted('which in turn ‘invited’ the troops to stay on. The workers’ union')).toEqual([
		'‘invited’'
	]);
});

test('recognises parenthetical citations but not acronyms or asides', () => {
	const text =
		'He said it. (Downsizing, but no departure, RT, 4 April 2020) The PMF (Popular Mobilisation Forces) fought.';
	expect(findCitations(text).map((s) => text.slice(s.start, s.end))).toEqual([
		'(Downsizing, but no departure, RT, 4 April 2020)'
	]);
});
