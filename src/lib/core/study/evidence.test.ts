import { expect, test } from 'vitest';
import { splitCloze, splitEvidence } from './evidence.ts';

test('splits a paragraph around its evidence', () => {
	expect(splitEvidence('One. Two three. Four.', 5, 15)).toEqual({
		before: 'One. ',
		evidence: 'Two three.',
		after: ' Four.'
	});
});

test('clamps spans that run past the text', () => {
	expect(splitEvidence('abc', 2, 99)).toEqual({ before: 'ab', evidence: 'c', after: '' });
	expect(splitEvidence('abc', 9, 12)).toEqual({ before: 'abc', evidence: '', after: '' });
	expect(splitEvidence('abc', -4, 1)).toEqual({ before: '', evidence: 'a', after: 'bc' });
});

test('finds the blank of a cloze prompt', () => {
	expect(splitCloze('The canal opened in _____ after ten years.')).toEqual([
		'The canal opened in ',
		' after ten years.'
	]);
	expect(splitCloze('When did the canal open?')).toBeUndefined();
});
