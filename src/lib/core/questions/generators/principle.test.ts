import { expect, test } from 'vitest';
import { statementOf } from './principle.ts';

test.each<[string, string | undefined, string?]>([
	[
		'The principle of inclusions and components states that, with layered rocks, inclusions must be older than the layer that contains them.',
		'What does the principle of inclusions and components state?',
		'With layered rocks, inclusions must be older than the layer that contains them'
	],
	[
		"Velt's law holds that the pressure of a gas falls as its volume grows.",
		"What does Velt's law hold?",
		'The pressure of a gas falls as its volume grows'
	],
	[
		'The theory of comparative advantage says that countries gain by trading what they make most cheaply.',
		'What does the theory of comparative advantage say?'
	],
	[
		"Velt's laws state that every planet moves in an ellipse around the sun.",
		"What do Velt's laws state?"
	],
	// A subject that points back, or that is no idea.
	['This theory states that slow processes shaped the earth over long ages.', undefined],
	['Some theories of trade hold that tariffs protect young industries from rivals.', undefined],
	['The report states that the mill closed because of falling demand for cloth.', undefined],
	['Ada Norby states that the mill closed because of falling demand for cloth.', undefined],
	// Too short to be worth a card, or pointing outside itself.
	['The principle of superposition states that it holds.', undefined],
	['The rule of thumb states that this is so in most cases.', undefined]
])('%s', (text, question, claim) => {
	const found = statementOf(text);
	expect(found?.question).toBe(question);
	if (claim) {
		expect(found?.claim.charAt(0).toUpperCase() + (found?.claim.slice(1) ?? '')).toBe(claim);
	}
});
