import { expect, test } from 'vitest';
import { formatDate, parsePublished, resolveDateExpression } from './dates.ts';

const resolve = (text: string, anchor: number | undefined, published: string) => {
	const found = resolveDateExpression(text, anchor, parsePublished(published));
	return found && formatDate(found.date);
};

test('"last October" in a July 2017 article is October 2016', () => {
	expect(resolve('last October', undefined, '2017-07')).toBe('October 2016');
});

test('a partial date takes an explicit year given earlier in the paragraph', () => {
	expect(resolve('On June 4', 2007, '2010-08')).toBe('4 June 2007');
	expect(resolve('In January', 2010, '2010-08')).toBe('January 2010');
});

test('a partial date falls back to the publication year, never after publication', () => {
	expect(resolve('In January', undefined, '2010-08')).toBe('January 2010');
	expect(resolve('In October', undefined, '2010-08')).toBe('October 2009');
	expect(resolve('August 19th', undefined, '2010-08')).toBe('19 August 2010');
});

test('complete dates and bare years keep their own year; decades and ranges are skipped', () => {
	expect(resolve('September 2003', 2010, '2010-08')).toBe('September 2003');
	expect(resolve('23 April 2003', undefined, '2010-08')).toBe('23 April 2003');
	expect(resolve('1987', undefined, '2010-08')).toBe('1987');
	expect(resolve('the mid 1990s', undefined, '2010-08')).toBeUndefined();
	expect(resolve('2006-07', undefined, '2010-08')).toBeUndefined();
	expect(resolve('last week', undefined, '2010-08')).toBeUndefined();
});
