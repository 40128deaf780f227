import { expect, test } from 'vitest';
import { countOf } from './format.ts';

test('counts with the right noun form', () => {
	expect(countOf(0, 'question')).toBe('0 questions');
	expect(countOf(1, 'question')).toBe('1 question');
	expect(countOf(2, 'query', 'queries')).toBe('2 queries');
});
