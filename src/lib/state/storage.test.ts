import { expect, test } from 'vitest';
import { formatBytes } from './storage.ts';

test('formats storage figures', () => {
	expect(formatBytes(512)).toBe('512 B');
	expect(formatBytes(1536)).toBe('1.5 KB');
	expect(formatBytes(340 * 1024)).toBe('340 KB');
	expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.3 GB');
});
