import { expect, test } from 'vitest';
import { gradeTypedAnswer } from './grade-answer.ts';
import { termKey } from './terms.ts';

type Outcome = 'right' | 'slip' | 'wrong';

function outcome(
	kind: 'place' | 'term',
	answer: string,
	reply: string,
	accept?: string[],
	distractors: string[] = [],
	known: string[] = []
): Outcome {
	const result = gradeTypedAnswer({ kind, answer, accept, distractors }, reply, { known });
	if (!result.correct) return 'wrong';
	return result.slip ? 'slip' : 'right';
}

test('keys drop what does not name the thing', () => {
	expect(termKey('Order No. 39', false)).toBe('order 39');
	expect(termKey('Order number 39', false)).toBe('order 39');
	expect(termKey('in Baghdad', true)).toBe('baghdad');
	expect(termKey('in Baghdad', false)).toBe('in baghdad');
	expect(termKey('No', false)).toBe('no');
});

test.each<[string, string, Outcome]>([
	['Baghdad', 'Baghdad', 'right'],
	['Baghdad', 'baghdad', 'right'],
	['Baghdad', ' BAGHDAD ', 'right'],
	['Baghdad', 'in Baghdad', 'right'],
	['Baghdad', 'Baghdad.', 'right'],
	['Baghdad', 'Bagdad', 'slip'],
	['Baghdad', 'Baghdda', 'slip'],
	['Baghdad', 'Bgahdad', 'slip'],
	['Baghdad', 'Basra', 'wrong'],
	['Baghdad', 'Bagh', 'wrong'],
	['Baghdad', 'Baghdad, Iraq', 'wrong'],
	['Baghdad', 'Vaghdad', 'wrong'],
	['Green Zone', 'the Green Zone', 'right'],
	['the Green Zone', 'Green Zone', 'right'],
	['Green Zone', 'green-zone', 'right'],
	['Green Zone', 'GreenZone', 'right'],
	['Green Zone', 'Green Zome', 'slip'],
	['Green Zone', 'Red Zone', 'wrong'],
	['Gaza Strip', 'Gaza', 'wrong'],
	['Gaza', 'Gaza Strip', 'wrong'],
	['Tehran', 'Teheran', 'slip'],
	['Iran', 'Iraq', 'wrong'],
	['Iraq', 'Iran', 'wrong'],
	['Iraq', 'Irak', 'wrong'],
	['Mosul', 'Mosel', 'slip'],
	['Mosul', 'Nosul', 'wrong'],
	['Fallujah', 'Falluja', 'slip'],
	['Fallujah', 'Fallouja', 'wrong'],
	['Afghanistan', 'Afganistan', 'slip'],
	['Afghanistan', 'Afghanstn', 'slip'],
	['Afghanistan', 'Pakistan', 'wrong'],
	['Ninevah', 'Nineveh', 'slip'],
	['Zurbatiya', 'Zurbatiyah', 'slip'],
	['F16', 'F-16', 'right'],
	['F16', 'F 16', 'right'],
	['F16', 'F-15', 'wrong'],
	['F16', 'F1 6', 'wrong'],
	['Nasiriyah', 'Nāṣiriyah', 'right'],
	['São Paulo', 'Sao Paulo', 'right'],
	['Kraków', 'KRAKOW', 'right']
])('place %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome('place', answer, reply)).toBe(expected);
});

test.each<[string, string, Outcome]>([
	['Order 39', 'Order 39', 'right'],
	['Order 39', 'order 39', 'right'],
	['Order 39', 'Order No. 39', 'right'],
	['Order 39', 'Order no 39', 'right'],
	['Order 39', 'order number 39', 'right'],
	['Order 39', 'Order #39', 'right'],
	['Order 39', 'Order 38', 'wrong'],
	['Order 39', 'Order 49', 'wrong'],
	['Order 39', 'Order 93', 'wrong'],
	['Order 39', 'Order 390', 'wrong'],
	['Order 39', 'Order 3 9', 'wrong'],
	['Order 39', 'Order', 'wrong'],
	['Order 39', 'Ordre 39', 'slip'],
	['Decree 870', 'Decre 870', 'slip'],
	['Decree 870', 'Decree 871', 'wrong'],
	['Law 150', 'Law 15', 'wrong'],
	['Halliburton', 'Haliburton', 'slip'],
	['Halliburton', 'halliburton', 'right'],
	['Halliburton', 'Burton', 'wrong'],
	['Blackwater', 'Black water', 'right'],
	['Blackwater', 'Black-water', 'right'],
	['Blackwater', 'Blackwatr', 'slip'],
	['ExxonMobil', 'Exxon Mobil', 'right'],
	['ExxonMobil', 'Exxon', 'wrong'],
	['Al-Qaeda', 'al Qaeda', 'right'],
	['Al-Qaeda', 'Al Qaida', 'slip'],
	['Al-Qaeda', 'alqaeda', 'right'],
	['Shi’ite militia', "Shi'ite militia", 'right'],
	['Shi’ite militia', 'Shiite militia', 'right'],
	['Shi’ite militia', 'Sunni militia', 'wrong'],
	['Mahdi Army', 'the Mahdi Army', 'right'],
	['Mahdi Army', 'Mahdi Amry', 'slip'],
	['Mahdi Army', 'Mehdi Army', 'slip'],
	['Mahdi Army', 'Mahdi', 'wrong'],
	['CIA', 'cia', 'right'],
	['CIA', 'C.I.A.', 'right'],
	['AP', 'A.P.', 'right'],
	['AP', 'the AP', 'right'],
	['AP', 'P', 'wrong'],
	['CIA', 'CAI', 'wrong'],
	['CIA', 'Central Intelligence Agency', 'wrong'],
	['PMF', 'PMU', 'wrong'],
	['CPA', 'CPA.', 'right'],
	['Stryker Brigade Combat Team', 'Stryker Brigade Combat Tema', 'slip'],
	['Stryker Brigade Combat Team', 'Stryker Brigade', 'wrong'],
	['Operation Inherent Resolve', 'operation inherent resolve', 'right'],
	['Operation Inherent Resolve', 'Operation Iraqi Freedom', 'wrong']
])('term %j, reply %j: %s', (answer, reply, expected) => {
	expect(outcome('term', answer, reply)).toBe(expected);
});

test.each<[string, string[], string, Outcome]>([
	['Coalition Provisional Authority', ['CPA'], 'CPA', 'right'],
	['Coalition Provisional Authority', ['CPA'], 'CAP', 'wrong'],
	['PMF', ['Popular Mobilisation Forces'], 'Popular Mobilization Forces', 'slip'],
	['PMF', ['Popular Mobilisation Forces'], 'popular mobilisation forces', 'right'],
	['Isis', ['Islamic State', 'ISIL'], 'ISIL', 'right'],
	['Isis', ['Islamic State', 'ISIL'], 'the Islamic State', 'right'],
	['Isis', ['Islamic State', 'ISIL'], 'Islamic Army', 'wrong']
])('term %j accepting %j, reply %j: %s', (answer, accept, reply, expected) => {
	expect(outcome('term', answer, reply, accept)).toBe(expected);
});

test.each<[string, string[], string[], string, Outcome]>([
	['Mosul', ['Iran', 'Turkey', 'Syria'], [], 'Syria', 'wrong'],
	['Mosul', ['Iran', 'Turkey', 'Syria'], [], 'syria', 'wrong'],
	['Mosul', ['Iran', 'Turkey', 'Syria'], [], 'Mosel', 'slip'],
	['Mosul', [], ['Mosel'], 'Mosel', 'wrong'],
	['Mosul', [], ['Mosel'], 'Mossul', 'slip'],
	['Samarra', [], ['Samara'], 'Samara', 'wrong'],
	['Samarra', [], ['Samara'], 'Samarr', 'wrong'],
	['Samarra', [], ['Samara'], 'Samarra', 'right'],
	['Austria', [], ['Australia'], 'Austrlia', 'wrong'],
	['Order 39', ['Order 49', 'Liberation Act'], [], 'Order 49', 'wrong'],
	['Mahdi Army', ['Islamic Army in Iraq'], ['Madhi Army'], 'Madhi Army', 'wrong']
])(
	'place or term %j, distractors %j, known %j, reply %j: %s',
	(answer, d, known, reply, expected) => {
		expect(outcome('place', answer, reply, undefined, d, known)).toBe(expected);
	}
);
