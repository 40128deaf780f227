import { describe, expect, test } from 'vitest';
import type { Bank, Question } from '../src/lib/core/questions/types.ts';
import { drawSample, renderSheet } from './judging-sheet.ts';

function bank(id: string, count: number): Bank {
	const text = 'The treaty was signed in 1648. It ended the war.';
	const questions: Question[] = Array.from({ length: count }, (_, i) => ({
		id: `q-${id}-${i}`,
		kind: 'date',
		prompt: `In what year was treaty ${i} signed?`,
		answer: '1648',
		distractors: ['1618', '1659', '1713'],
		source: { paragraph: 'p-1', start: 0, end: 30 }
	}));
	return {
		schema: 1,
		document: { id, title: `Title ${id}`, source: 'x.txt', paragraphs: [{ id: 'p-1', text }] },
		generator: { version: '0' },
		questions
	};
}

describe('drawSample', () => {
	test.each([
		[[10, 10, 10], 9, [3, 3, 3]],
		[[10, 10, 10], 10, [4, 3, 3]],
		[[2, 10, 10], 12, [5, 5, 2]],
		[[1, 1], 5, [1, 1]]
	])('banks of %j, %i drawn', (sizes, size, expected) => {
		const banks = sizes.map((n, i) => bank(`b${i}`, n));
		const drawn = drawSample(banks, size, 'seed');
		const perBank = banks.map((b) => drawn.filter((d) => d.bank === b).length);
		expect(perBank.slice().sort((a, b) => b - a)).toEqual(expected);
		expect(drawSample(banks, size, 'seed').map((d) => d.question.id)).toEqual(
			drawn.map((d) => d.question.id)
		);
	});
});

test('the sheet gives the seed, commit and version, every question in full, and a verdict row each', () => {
	const sheet = renderSheet(drawSample([bank('a', 3)], 2, 's'), {
		seed: 's',
		commit: 'abc1234',
		generatorVersion: '1.2.3'
	});
	expect(sheet).toMatch(
		/^# Judging sheet\n\n- Seed: s\n- Commit: abc1234\n- Generator version: 1\.2\.3/
	);
	expect(sheet).toContain('- Wrong options: 1618; 1659; 1713');
	expect(sheet).toContain('> The treaty was signed in 1648.\n');
	expect(sheet).toContain('> The treaty was signed in 1648. It ended the war.');
	expect(sheet.match(/^\| \d \| q-a-\d \|/gm)).toHaveLength(2);
});
