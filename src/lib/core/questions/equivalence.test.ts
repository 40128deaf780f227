import { expect, test } from 'vitest';
import { areEquivalent } from './equivalence.ts';

test('the same answer under another spelling is equivalent', () => {
	expect(areEquivalent('Qasem Soleimani', 'Qasem Suleimani')).toBe(true);
	expect(areEquivalent('Shi’ite', 'Shiite')).toBe(true);
	expect(areEquivalent('Paul Bremer', 'Bremer')).toBe(true);
	expect(areEquivalent('Moqtada al-Sadr', 'Sadr')).toBe(true);
	expect(areEquivalent('$12bn', '$12 billion')).toBe(true);
});

test('different answers are not equivalent', () => {
	expect(areEquivalent('Order 39', 'Order 49')).toBe(false);
	expect(areEquivalent('Mark T Esper', 'Mike Pompeo')).toBe(false);
	expect(areEquivalent('$12bn', '$18bn')).toBe(false);
	expect(areEquivalent('2003', '2004')).toBe(false);
});

test('ordinal and number words tell answers apart', () => {
	expect(areEquivalent('fifth century', 'sixth century')).toBe(false);
	expect(areEquivalent('ninth century', 'tenth century')).toBe(false);
	expect(areEquivalent('Henry the Fifth', 'Henry the Fifth')).toBe(true);
});
