import { expect, test } from 'vitest';
import { findStaleWorldData } from './build-world-data.ts';

test('the committed world data is what the data packages give (npm run world-data)', async () => {
	expect(await findStaleWorldData()).toEqual([]);
}, 30_000);
