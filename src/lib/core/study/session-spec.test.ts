import { expect, test } from 'vitest';
import { parseSessionSpec, sessionSearch, type SessionSpec } from './session-spec.ts';

const parse = (search: string) => parseSessionSpec(new URLSearchParams(search));

test('no parameters is a review of everything, counted', () => {
	expect(parse('')).toEqual({ type: 'review', kinds: [], counted: true });
});

test('a document alone studies that document', () => {
	expect(parse('document=doc-a')).toEqual({
		type: 'document',
		documentId: 'doc-a',
		kinds: [],
		counted: true
	});
});

test('a paragraph quiz is practice that does not count unless asked', () => {
	expect(parse('document=d&paragraph=p-1')).toMatchObject({
		type: 'practice',
		paragraph: 'p-1',
		counted: false
	});
	expect(parse('document=d&paragraph=p-1&counted=1').counted).toBe(true);
});

test('unknown kinds, bad counts and modes are ignored', () => {
	const spec = parse('practice=1&kinds=date,colour,actor&count=-3&mode=psychic');
	expect(spec).toEqual({ type: 'practice', kinds: ['date', 'actor'], counted: false });
	expect(parse('practice=1&count=100000').count).toBe(100);
	expect(parse('paragraph=p-1').type).toBe('review');
});

test('specs survive a round trip through the URL', () => {
	const specs: SessionSpec[] = [
		{ type: 'review', kinds: [], counted: true },
		{ type: 'document', documentId: 'd', kinds: [], counted: true },
		{
			type: 'practice',
			documentId: 'd',
			kinds: ['date', 'number'],
			count: 10,
			counted: true,
			mode: 'typed'
		},
		{ type: 'practice', documentId: 'd', paragraph: 'p-2', kinds: [], counted: false }
	];
	for (const spec of specs) expect(parse(sessionSearch(spec))).toEqual(spec);
});
