import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.svelte.ts';

test('missing or damaged settings fall back to the defaults', () => {
	expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
	expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
	expect(parseSettings('{"answerMode":"psychic"}').answerMode).toBe('auto');
});

test('values are kept within their ranges', () => {
	expect(parseSettings('{"desiredRetention":1.5}').desiredRetention).toBe(0.97);
	expect(parseSettings('{"desiredRetention":0.85}').desiredRetention).toBe(0.85);
	expect(parseSettings('{"newPerDay":-4}').newPerDay).toBe(0);
	expect(parseSettings('{"newPerDay":12.6}').newPerDay).toBe(13);
	expect(parseSettings('{"answerMode":"typed"}').answerMode).toBe('typed');
});
