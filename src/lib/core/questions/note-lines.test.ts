import { describe, expect, test } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { isInstruction, isNoteFragment, isNoteStyle } from './note-lines.ts';

const BLANK = '_____';

/** The line with its [bracketed] answer blanked, as a generator would ask it. */
function fragment(line: string): boolean {
	const start = line.indexOf('[');
	const end = line.indexOf(']') - 1;
	const text = line.replace(/[[\]]/g, '');
	const p = analyseParagraph({ id: 'p', text }, 0);
	const prompt = text.slice(0, start) + BLANK + text.slice(end);
	return isNoteFragment(prompt, p.tokens, { start, end });
}

describe('isNoteFragment', () => {
	test.each([
		// Sentences of their own.
		['Velt died in [1840], days after the flood.', false],
		['From [1912] the Velden Fund backed Labour candidates.', false],
		['In [June 1866], Olden presented a petition of 1,500 names.', false],
		['[Karl Olden] founded the Ostmark League in 1903.', false],
		['The league was founded on [10 October 1903] in Velden.', false],
		['Olden published a pamphlet on taxes in [1869].', false],
		// Lines of notes.
		['The Velden March, [February 1907], about 3,000 women.', true],
		['Key moment, [20 May 1867]: Olden moved an amendment.', true],
		['[June 1866]: petition of about 1,500 signatures.', true],
		['Ostmark League founded [10 October 1903] at the Olden home.', true],
		['Velt replaced as chancellor by Olden, [December 1916].', true],
		['About [5 million] more voters added.', true],
		['First presented the idea in a lecture in Velden, [6 January 1912].', true],
		['Funeral through Velden, [14 June 1913], thousands lining the streets.', true],
		['Ada Velt, elected at Velden in [1919], first woman to take her seat.', true],
		['Olden recalled [August 1788]; the council meets.', true],
		['Prisoners (Temporary Release) Act, [April 1913].', true]
	])('%s', (line, expected) => {
		expect(fragment(line)).toBe(expected);
	});
});

describe('isInstruction', () => {
	test.each([
		['Trace the campaign from the 18th century to 1928.', true],
		['Compare the two revolutions in a short essay.', true],
		['Traced back to 1820, the firm grew quickly.', false],
		['The campaign began in 1866.', false],
		['Velden lies on the river.', false]
	])('%s', (text, expected) => {
		const p = analyseParagraph({ id: 'p', text }, 0);
		expect(isInstruction(p.tokens)).toBe(expected);
	});
});

describe('isNoteStyle', () => {
	const analysed = (texts: string[]) =>
		texts.map((text, i) => analyseParagraph({ id: `p${i}`, text }, i));

	test('prose, whose sentences have verbs, is not notes', () => {
		const prose = analysed([
			'The league was founded in 1903. It grew quickly in the towns of the north.',
			'Olden led it until 1919, when he retired to Velden. His successor was Ada Velt.'
		]);
		expect(isNoteStyle(prose)).toBe(false);
	});

	test('lines without verbs make notes', () => {
		const notes = analysed([
			'The Velden March, February 1907, about 3,000 women. Olden moved an amendment.',
			'Membership over 50,000 by 1914, far larger than the league. Velt resigned in 1919.',
			'The Ostmark Act, April 1913. Second reading in May, a majority of 47 votes.',
			'Olden at the head of the league from 1919 to 1927. The council met in Velden.',
			'Great procession, summer 1913, from all over the country.'
		]);
		expect(isNoteStyle(notes)).toBe(true);
	});

	test('a caption or two without a verb do not', () => {
		const captions = analysed([
			'The Velden March, February 1907, about 3,000 women. Olden moved an amendment.',
			'The league was founded in 1903. It grew quickly in the towns of the north.'
		]);
		expect(isNoteStyle(captions)).toBe(false);
	});
});
