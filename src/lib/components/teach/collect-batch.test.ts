import { describe, expect, it } from 'vitest';
import { describeBatch, splitIncoming, summariseBatch } from './collect-batch.ts';
import { receipts } from './teach-fixtures.ts';

describe('splitIncoming', () => {
	it('labels each piece of pasted text', () => {
		expect(splitIncoming(' a\n\nb ', 'Pasted')).toEqual([
			{ source: 'Pasted, item 1', text: 'a' },
			{ source: 'Pasted, item 2', text: 'b' }
		]);
		expect(splitIncoming('only', 'ana.txt')).toEqual([{ source: 'ana.txt', text: 'only' }]);
	});
});

describe('describeBatch', () => {
	it('gives every piece its outcome, in order', () => {
		const incoming = splitIncoming('x y z', 'Pasted');
		const outcomes = describeBatch(incoming, {
			added: [receipts[1]!],
			problems: [
				{ index: 0, error: 'truncated', message: 'This receipt is incomplete.' },
				{ index: 2, error: 'duplicate', message: 'Already collected.' }
			]
		});
		expect(outcomes).toEqual([
			{ source: 'Pasted, item 1', kind: 'problem', message: 'This receipt is incomplete.' },
			{ source: 'Pasted, item 2', kind: 'added', message: 'Added Ben, "the quick"\'s receipt.' },
			{ source: 'Pasted, item 3', kind: 'duplicate', message: 'Already collected.' }
		]);
		expect(summariseBatch(outcomes)).toBe('1 added, 1 already collected, 1 could not be read.');
	});
});
