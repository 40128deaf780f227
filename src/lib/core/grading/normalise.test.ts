import { expect, test } from 'vitest';
import { compactKey, digitRuns, foldText, normaliseAnswer } from './normalise.ts';

test.each([
	['Baghdad', 'baghdad'],
	['  BAGHDAD  ', 'baghdad'],
	['Nouri al-Mālikī', 'nouri al maliki'],
	['Café', 'cafe'],
	['Cafe\u0301', 'cafe'],
	["Shi'ite", 'shiite'],
	['Shi’ite', 'shiite'],
	['Shi‘ite', 'shiite'],
	['Shiʼite', 'shiite'],
	['Shi`ite', 'shiite'],
	['Paul O’Neill', 'paul oneill'],
	['al-Sadr', 'al sadr'],
	['al–Sadr', 'al sadr'],
	['al—Sadr', 'al sadr'],
	['the Green Zone', 'green zone'],
	['The Green Zone', 'green zone'],
	['A Green Zone', 'green zone'],
	['an Order', 'order'],
	['The', 'the'],
	['A.P.', 'a p'],
	['A Q Khan', 'a q khan'],
	['Theresa May', 'theresa may'],
	['Another', 'another'],
	['“Legal” basis', 'legal basis'],
	['Green\tZone\n', 'green zone'],
	['Green\u00a0Zone', 'green zone'],
	['Gre\u200ben\u00adZone', 'greenzone'],
	['Ｂａｇｈｄａｄ', 'baghdad'],
	['Øresund', 'oresund'],
	['Straße', 'strasse'],
	['Łódź', 'lodz'],
	['ﬁnance', 'finance'],
	['Procter & Gamble', 'procter and gamble'],
	['Order No. 39', 'order no 39'],
	['1,500,000', '1500000'],
	['$1.5bn.', '$1.5bn'],
	['40%', '40%'],
	['U.S.', 'u s'],
	['Багдад', 'багдад'],
	['?!', ''],
	['', '']
])('normalises %j to %j', (text, expected) => {
	expect(normaliseAnswer(text)).toBe(expected);
});

test('folding keeps punctuation for the date and number readers', () => {
	expect(foldText('19/08/2010')).toBe('19/08/2010');
	expect(foldText('£4.5M')).toBe('£4.5m');
});

test('compact keys ignore spacing and hyphens', () => {
	expect(compactKey(normaliseAnswer('F-16'))).toBe(compactKey(normaliseAnswer('F16')));
	expect(compactKey(normaliseAnswer('Exxon Mobil'))).toBe(
		compactKey(normaliseAnswer('ExxonMobil'))
	);
});

test('digit runs tell numbered things apart', () => {
	expect(digitRuns(normaliseAnswer('Order 39'))).toBe('39');
	expect(digitRuns(normaliseAnswer('Order 3 9'))).toBe('3 9');
	expect(digitRuns(normaliseAnswer('$1.5bn'))).toBe('1.5');
	expect(digitRuns('green zone')).toBe('');
});

test('a huge text normalises quickly', () => {
	const text = 'Á-b '.repeat(50_000);
	const start = performance.now();
	expect(normaliseAnswer(text).length).toBeGreaterThan(100_000);
	expect(performance.now() - start).toBeLessThan(500);
});
