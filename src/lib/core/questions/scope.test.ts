import { describe, expect, test } from 'vitest';
import { hasAnchor, placeOfTitle, scopePrompt, type DocumentScope } from './scope.ts';

const words = (text: string) => new Set(text.toLowerCase().split(/\s+/));

describe('placeOfTitle', () => {
	test.each([
		['Kenya', 'Kenya'],
		['Jacksonville, Florida', 'Jacksonville'],
		['Victoria (Australia)', 'Victoria'],
		['Steam engine', undefined],
		['Photosynthesis', undefined]
	])('%s', (title, expected) => {
		expect(placeOfTitle(title)).toBe(expected);
	});
});

describe('hasAnchor', () => {
	const scope: DocumentScope = {
		titleStems: ['steam', 'engin'],
		lowerCaseWords: words(
			'the nurses treat of retention rates were for public school students in a'
		)
	};
	test.each([
		['Retention rates were _____ for public school students.', false],
		['Nurses treat _____ of the population.', false],
		['In 1883, rates were _____.', true],
		['The Velden works made _____ engines a year.', true],
		['The steam engine used _____ tons of coal.', true],
		['In May, rates were _____.', false],
		['According to the article, the rates were _____.', false]
	])('%s', (prompt, expected) => {
		expect(hasAnchor(prompt, scope)).toBe(expected);
	});
});

describe('scopePrompt', () => {
	const lowerCaseWords = words('the retention rates were for students who led');
	test.each([
		['Retention rates were _____.', 'Ruritania', 'In Ruritania, retention rates were _____.'],
		['_____ led the strike.', 'Ruritania', 'In Ruritania, _____ led the strike.'],
		[
			'According to the article, the rates were _____.',
			'Ruritania',
			'According to the article, in Ruritania, the rates were _____.'
		],
		['Retention rates were _____.', undefined, undefined],
		['Velden had _____ students.', undefined, 'Velden had _____ students.']
	])('%s in %s', (prompt, place, expected) => {
		const scope: DocumentScope = { titleStems: [], lowerCaseWords, ...(place ? { place } : {}) };
		expect(scopePrompt(prompt, scope)).toBe(expected);
	});
});
