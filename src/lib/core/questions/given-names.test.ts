import { describe, expect, test } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { findMentions } from './entities.ts';
import { fullNamesOf, nameGivenNamesInFull } from './given-names.ts';

const mentionsOf = (texts: string[]) =>
	findMentions(texts.map((text, i) => analyseParagraph({ id: `p${i}`, text }, i)));

describe('nameGivenNamesInFull', () => {
	const names = fullNamesOf(
		mentionsOf([
			'Tiberius Velt was elected in 133 BC. His brother Gaius Velt followed him.',
			'Gaius Olden, a rival, opposed the laws. Emma Olden wrote to Queen Emma of Ostmark.',
			'In the spring Gaius fled. Gaius had a slave kill him. Black Death came. Velt won the Olden Prize.'
		]),
		new Set(['the', 'spring', 'black']),
		[]
	);
	test.each([
		// The last full name before the sentence.
		['Gaius had a slave kill him in _____.', 2, 'Gaius Olden had a slave kill him in _____.'],
		['Gaius followed in _____.', 0.5, 'Gaius Velt followed in _____.'],
		[
			"When Emma's letter came in _____, Ostmark rejoiced.",
			2,
			"When Emma Olden's letter came in _____, Ostmark rejoiced."
		],
		['In _____ Tiberius was elected.', 1, 'In _____ Tiberius Velt was elected.'],
		// Already in full, or part of another name.
		['Gaius Velt was killed in _____.', 2, 'Gaius Velt was killed in _____.'],
		['Queen Emma ruled from _____.', 2, 'Queen Emma ruled from _____.'],
		['The letter reached Queen Emma in _____.', 2, 'The letter reached Queen Emma in _____.'],
		// Never written in full before.
		['Gaius fled in _____.', 0, 'Gaius fled in _____.'],
		['Marcus fled in _____.', 2, 'Marcus fled in _____.'],
		[
			'After the death of Gaius in _____, Velt ruled.',
			2,
			'After the death of Gaius in _____, Velt ruled.'
		],
		['Black rats came in _____.', 2, 'Black rats came in _____.'],
		[
			'In the sermon (Gaius 6.3) Velt spoke in _____.',
			2,
			'In the sermon (Gaius 6.3) Velt spoke in _____.'
		],
		['Gaius-ul-Olden ruled from _____.', 2, 'Gaius-ul-Olden ruled from _____.'],
		['Gaius fled, and Gaius died in _____.', 2, 'Gaius Olden fled, and Gaius died in _____.'],
		['Velt gave the Olden lecture in _____.', 2, 'Velt gave the Olden lecture in _____.'],
		['A ship named Gaius sailed in _____.', 2, 'A ship named Gaius sailed in _____.'],
		['Gaius Olden fled, and in _____ Gaius died.', 2, 'Gaius Olden fled, and in _____ Gaius died.']
	])('%s', (prompt, paragraph, expected) => {
		// 0.5: the end of the first paragraph, after it has named both brothers.
		const at = Number.isInteger(paragraph) ? 0 : 999;
		const verbs = new Set([
			'had',
			'followed',
			'was',
			'elected',
			'killed',
			'ruled',
			'fled',
			'spoke',
			'came',
			'sailed',
			'gave',
			'died'
		]);
		expect(nameGivenNamesInFull(prompt, names, Math.floor(paragraph), at, verbs)).toBe(expected);
	});
});
