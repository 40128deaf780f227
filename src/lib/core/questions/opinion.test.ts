import { describe, expect, test } from 'vitest';
import type { AnalysedParagraph, Sentence } from './analyse.ts';
import { frameClaims, framedAsArticle, isClaim } from './opinion.ts';

const paragraph = (text: string, quotes: { start: number; end: number }[] = []) =>
	({
		paragraph: { id: 'p', text },
		index: 0,
		tokens: [],
		sentences: [],
		entities: [],
		quotes,
		citations: []
	}) as AnalysedParagraph;
const sentence = (text: string): Sentence => ({
	start: 0,
	end: text.length,
	first: 0,
	last: 0,
	text
});

describe('framedAsArticle', () => {
	test.each([
		[
			'The occupation failed in _____.',
			'According to the article, the occupation failed in _____.'
		],
		['_____ betrayed the strike.', 'According to the article, _____ betrayed the strike.'],
		['Washington armed _____.', 'According to the article, washington armed _____.'],
		['US forces left in _____.', 'According to the article, US forces left in _____.'],
		['Who led the revolt?', 'According to the article, who led the revolt?'],
		['According to the article, who led it?', 'According to the article, who led it?']
	])('%s', (prompt, expected) => {
		expect(framedAsArticle(prompt)).toBe(expected);
	});

	test('a name keeps its capital', () => {
		expect(framedAsArticle('Washington armed _____.', true)).toBe(
			'According to the article, Washington armed _____.'
		);
	});
});

describe('isClaim', () => {
	test.each([
		['We must build a movement to end the war in 2010.', false, true],
		['The so-called surge bought time for the generals.', false, true],
		['This was a brutal occupation from the start.', false, true],
		['The treaty was signed in Paris in 1763.', false, false],
		['The city has a population of 1.7 million.', false, false],
		['The workers fought against the regime.', true, true]
	])('%s', (text, argued, expected) => {
		expect(isClaim(paragraph(text), sentence(text), argued)).toBe(expected);
	});

	test('words inside a quotation are the speaker’s, not the writer’s', () => {
		const text = 'The general said “we must stay the course” in 2007.';
		const q = { start: text.indexOf('“'), end: text.indexOf('”') + 1 };
		expect(isClaim(paragraph(text, [q]), sentence(text), false)).toBe(false);
	});
});

test('a people’s word keeps its capital when a claim is framed', () => {
	const text = 'British, French and Czech troops left in March. The occupation was brutal.';
	const p = { ...paragraph(text), sentences: [sentence(text)] } as AnalysedParagraph;
	const framed = frameClaims(
		[
			{
				kind: 'date',
				prompt: 'British, French and Czech troops left in _____.',
				answer: 'March',
				paragraph: 0,
				sentence: sentence(text),
				answerStart: text.indexOf('March'),
				answerEnd: text.indexOf('March') + 5,
				score: 1
			}
		],
		{ title: 'T', paragraphs: [p], mentions: [], mentionsIn: [[]] }
	);
	expect(framed[0]?.prompt).toBe(
		'According to the article, British, French and Czech troops left in _____.'
	);
});

describe('the first word of a framed claim', () => {
	const framedPrompt = (text: string, prompt: string) => {
		const p = { ...paragraph(text), sentences: [sentence(text)] } as AnalysedParagraph;
		const at = text.indexOf('2009');
		const [c] = frameClaims(
			[
				{
					kind: 'date',
					prompt,
					answer: '2009',
					paragraph: 0,
					sentence: sentence(text),
					answerStart: at,
					answerEnd: at + 4,
					score: 1
				}
			],
			{ title: 'T', paragraphs: [p], mentions: [], mentionsIn: [[]] }
		);
		return c?.prompt.replace('According to the article, ', '');
	};
	test.each([
		// Ordinary words, however the model tags them at the start of a sentence.
		['Important ports must join, we said in 2009.', 'important ports must join, we said in _____.'],
		['Rates of pay clearly fell in 2009.', 'rates of pay clearly fell in _____.'],
		['Continental trade surely grew in 2009.', 'continental trade surely grew in _____.'],
		// Names: an initial, a given name, two capitalised words, a word capitalised mid-sentence.
		['J. Tuzo Wilson clearly argued it in 2009.', 'J. Tuzo Wilson clearly argued it in _____.'],
		['Martin surely knew it in 2009.', 'Martin surely knew it in _____.'],
		[
			'Velden Harbour must reopen, as the ships of Velden Harbour did in 2009.',
			'Velden Harbour must reopen, as the ships of Velden Harbour did in _____.'
		],
		[
			'Velden must grow. We saw it in Velden in 2009.',
			'Velden must grow. We saw it in Velden in _____.'
		],
		// "The" after a comma inside a sentence is still an ordinary word.
		[
			'The harbour, The Times said, must grow in the year 2009.',
			'the harbour, The Times said, must grow in the year _____.'
		]
	])('%s', (text, expected) => {
		expect(framedPrompt(text, text.replace('2009', '_____'))).toBe(expected);
	});
});
