import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { withDistinctOptions } from './options.ts';
import { validateBank } from './validate-bank.ts';
import type { Bank } from './types.ts';

test('a stored bank with repeated wrong options is mended, not refused', () => {
	const bank = JSON.parse(
		readFileSync(new URL('../../../../tests/fixtures/imported-bank.json', import.meta.url), 'utf8')
	) as Bank;
	const first = bank.questions.find((q) => q.distractors.length >= 2);
	if (!first) throw new Error('no question with options');
	const [a, b] = first.distractors as [string, string];
	const broken: Bank = {
		...bank,
		questions: bank.questions.map((q) =>
			q === first ? { ...q, distractors: [a, ` ${a.toUpperCase()} `, first.answer, b, ''] } : q
		)
	};
	expect(validateBank(broken).ok).toBe(false);
	const mended = withDistinctOptions(broken);
	expect(validateBank(mended).ok).toBe(true);
	expect(mended.questions.find((q) => q.id === first.id)?.distractors).toEqual([a, b]);
});
