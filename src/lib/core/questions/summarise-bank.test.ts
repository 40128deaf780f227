import { expect, test } from 'vitest';
import { formatPublished, summariseBank } from './summarise-bank.ts';
import fixture from '../../../../tests/fixtures/banks/sample.json';
import { validateBank } from './validate-bank.ts';

test('counts questions per kind', () => {
	const result = validateBank(fixture);
	if (!result.ok) throw new Error(result.issues.join('; '));
	const summary = summariseBank(result.bank);
	expect(summary.questions).toBe(result.bank.questions.length);
	expect(Object.values(summary.byKind).reduce((a, b) => a + b, 0)).toBe(summary.questions);
	expect(summary.byKind.date).toBe(2);
});

test('formats partial publication dates', () => {
	expect(formatPublished('2010')).toBe('2010');
	expect(formatPublished('2010-08')).toBe('August 2010');
	expect(formatPublished('2020-04-04')).toBe('4 April 2020');
});
