import { expect, test } from 'vitest';
import { validateBank } from './validate-bank.ts';
import fixture from '../../../../tests/fixtures/banks/sample.json';

// The tests spoil the fixture in ways its type forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const clone = (): Loose => structuredClone(fixture);

test('accepts a bank in the contract format', () => {
	expect(validateBank(fixture).ok).toBe(true);
});

test('allows extra fields, so the contract can be extended', () => {
	const bank = clone();
	bank.document.language = 'en';
	expect(validateBank(bank).ok).toBe(true);
});

test.each([
	['a wrong schema version', (b: Loose) => (b.schema = 2), 'schema'],
	['an unknown kind', (b: Loose) => (b.questions[0].kind = 'colour'), 'questions.0.kind'],
	['a bad slug', (b: Loose) => (b.document.id = 'Not a slug'), 'document.id'],
	['a bad date', (b: Loose) => (b.document.published = '2020-13'), 'published'],
	['a missing paragraph', (b: Loose) => (b.questions[0].source.paragraph = 'p-x'), 'no paragraph'],
	['a span past the text', (b: Loose) => (b.questions[0].source.end = 10_000), 'span'],
	['a duplicate id', (b: Loose) => (b.questions[1].id = b.questions[0].id), 'duplicate'],
	[
		'a wrong option given twice',
		(b: Loose) => (b.questions[0].distractors[1] = b.questions[0].distractors[0]),
		'questions.0'
	],
	[
		'a wrong option that is the answer',
		(b: Loose) => (b.questions[0].distractors[2] = ` ${b.questions[0].answer.toUpperCase()}`),
		'questions.0'
	],
	['a blank wrong option', (b: Loose) => (b.questions[0].distractors[0] = ' '), 'questions.0']
])('rejects %s and says where', (_what, spoil, expected) => {
	const bank = clone();
	spoil(bank);
	const result = validateBank(bank);
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.issues.join('\n')).toContain(expected);
});

test('rejects what is not a bank at all', () => {
	for (const data of [null, 42, 'bank', [], {}]) expect(validateBank(data).ok).toBe(false);
});
