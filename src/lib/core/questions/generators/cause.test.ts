import { expect, test } from 'vitest';
import { causeGenerator, pointsOutside, tidyAnswer } from './cause.ts';
import { contextOf } from './test-context.ts';

/** The cause questions of a short text, as prompt and answer. */
function causes(text: string): [string, string][] {
	return causeGenerator.generate(contextOf(text)).map((c) => [c.prompt, c.answer]);
}

test.each([
	// A capitalised plural opening the sentence is an ordinary word in the question.
	[
		'Geochronologists precisely date rocks within the section in order to provide better bounds on the timing of deposition.',
		'Why do geochronologists precisely date rocks within the section?',
		'To provide better bounds on the timing of deposition'
	],
	[
		'Robespierre was overthrown in July 1794 because other members of the Convention feared that they would be the next victims.',
		'Why was Robespierre overthrown in July 1794?',
		'Other members of the Convention feared that they would be the next victims'
	],
	[
		'Because Britain had a stable government and a well-developed banking system, merchants were willing to invest their profits in new enterprises.',
		'Why were merchants willing to invest their profits in new enterprises?',
		'Britain had a stable government and a well-developed banking system'
	],
	[
		'In September 1967, Mueller approved a plan for the landing in order to reduce the risk to the crews.',
		'Why did Mueller approve a plan for the landing in September 1967?',
		'To reduce the risk to the crews'
	],
	[
		'Overcrowded housing and polluted water led to outbreaks of cholera in 1832 and 1848.',
		'What led to outbreaks of cholera in 1832 and 1848?',
		'Overcrowded housing and polluted water'
	],
	[
		'The experimental measurements made by Watt on a model steam engine led to the development of the separate condenser.',
		'What led to the development of the separate condenser?',
		'The experimental measurements made by Watt on a model steam engine'
	],
	[
		'The eastern half of the empire was richer and more populous than the western half. As a result, the western emperors found it increasingly difficult to pay their armies.',
		'Why did the western emperors find it increasingly difficult to pay their armies?',
		'The eastern half of the empire was richer and more populous than the western half'
	],
	[
		'Throughout the 1980s, demand for a Scottish Parliament grew, in part because the government in London was controlled by the Conservative Party.',
		'Why did demand for a Scottish Parliament grow throughout the 1980s?',
		'In part because the government in London was controlled by the Conservative Party'
	],
	[
		'The main cause of the famine was the failure of the potato crop in 1845.',
		'What was the main cause of the famine?',
		'The failure of the potato crop in 1845'
	],
	[
		'Polonia was relegated from the top flight in 2013 because of their disastrous financial situation.',
		'According to the article, why was Polonia relegated from the top flight in 2013?',
		'Their disastrous financial situation'
	],
	[
		'The harvest of 1788 failed across much of France, leading to a sharp rise in the price of bread.',
		'What led to a sharp rise in the price of bread?',
		'The harvest of 1788 failed across much of France'
	],
	[
		'The Bridgewater Canal was built to carry coal from the mines at Worsley to Manchester.',
		'Why was the Bridgewater Canal built?',
		'To carry coal from the mines at Worsley to Manchester'
	],
	[
		'The new government needed a reliable source of revenue, so it introduced a land tax in 1873.',
		'Why did the new government introduce a land tax in 1873?',
		'The new government needed a reliable source of revenue'
	],
	[
		'Congress created the Civilian Conservation Corps to give work to young unemployed men.',
		'Why did Congress create the Civilian Conservation Corps?',
		'To give work to young unemployed men'
	],
	[
		'Many voters turned to extreme parties because the governments of the republic seemed unable to end the crisis.',
		'According to the article, why did many voters turn to extreme parties?',
		'The governments of the republic seemed unable to end the crisis'
	],
	[
		'Factories closed because they could not sell their goods.',
		'Why did factories close?',
		'They could not sell their goods'
	],
	[
		// An appositive inside the cause is part of it.
		'Pope Clement VII refused to grant an annulment, partly because Catherine’s nephew, the emperor Charles V, controlled Rome.',
		'Why did Pope Clement VII refuse to grant an annulment?',
		'Partly because Catherine’s nephew, the emperor Charles V, controlled Rome'
	],
	[
		// "mills" in lower case elsewhere tells that "Mill" is no name.
		'The first mills stood beside rivers. Mill owners adopted steam power because it freed them from the need to build beside rivers.',
		'Why did mill owners adopt steam power?',
		'It freed them from the need to build beside rivers'
	],
	[
		// A span counted from the sentence before points back, and goes; "he" is the person named.
		'In 1851 Tomas Varga obtained a licence. Four years later he founded the Varga Railway Company to raise the money, selling most of its shares to small investors.',
		'Why did Tomas Varga found the Varga Railway Company?',
		'To raise the money'
	],
	[
		// A connective that tied the cause to the sentence before goes from the answer.
		'Velden grew fast in the 1820s. But the harbour silted up, so the merchants moved to Ostmark in 1840.',
		'Why did the merchants move to Ostmark in 1840?',
		'The harbour silted up'
	]
])('%s', (text, prompt, answer) => {
	expect(causes(text)).toEqual([[prompt, answer]]);
});

test.each([
	// The question would point outside itself.
	'The western emperors relied on them because they could no longer recruit enough soldiers.',
	'Many Catholics opposed the measure because it placed the Church under the control of the state.',
	'The outbreak of war in 1792 led to the overthrow of the monarchy in August of that year.',
	'This led to the construction of hundreds of churches.',
	'Most of these defections occur because of economic factors.',
	// The reason may belong to a clause inside the effect.
	'Kennedy spoke out against the gap that he felt had formed due to the inaction of Eisenhower.',
	'Victoria is ranked second, although it is ranked fourth per head because of its limited mining.',
	// A reported view, two causes, or a second clause: no one clean answer.
	'Bayles argues that the act was legal because the law was later struck down.',
	'Islamism is controversial not just because it is political but also because of its aims.',
	'Due to its low latitude, the city sees little cold weather, and winters are mild.',
	// "since" telling time, and a cause with no verb of its own.
	'Since the end of the war, the town has grown quickly.',
	'The rock is turned into marble due to heat and pressure and is then weathered.',
	// A purpose of something unnamed; a cause that is the sentence before but points further back.
	'Over the next five days, private conferences were held to determine the fate of the monk.',
	'Eight years later, there were many more churches. This led to the building of new schools.',
	// "forced ... to" is not a purpose; "so far" is not a result.
	'Perry forced the shogunate to sign the Convention of Kanagawa in 1854.',
	'The army had advanced so far, so quickly, that its supplies ran out.',
	// "because A, and B": B may be more of the reason or a clause of its own.
	'Ethiopia kept its independence because its emperor had bought rifles, and his army defeated an invasion.',
	// A vague effect and a pointing cause.
	'Hurricane Floyd in 1999 caused damage mainly to the beaches.',
	'The affair caused lasting damage to his reputation.',
	// A verb the tagger did not lemmatise ("forms") would make "Why do oxygen forms …?".
	'Oxygen forms chemical bonds with almost all other elements to give oxides because of its electronegativity.'
])('no cause question: %s', (text) => {
	expect(causes(text)).toEqual([]);
});

test.each([
	['Why did the emperors find it difficult to pay their armies?', false],
	['Why did Louis summon it in May 1789?', true],
	['Why did Catholics oppose the measure?', true],
	['Why was the Treaty of Versailles signed?', false],
	['What led to the revolt in that year?', true],
	['Why is there a shortage of coal?', false],
	['Why was another review board convened?', true]
])('%s points outside itself: %s', (question, expected) => {
	expect(pointsOutside(question)).toBe(expected);
});

test.each([
	['But the cost was high', 'The cost was high'],
	['The treaties also fixed tariffs at low rates', 'The treaties fixed tariffs at low rates'],
	['So many disputes arose that a court was needed', 'Many disputes arose that a court was needed'],
	['So great was the damage', 'So great was the damage'],
	['Volcanic ash can damage engines', 'Volcanic ash can damage engines']
])('a cause answer %j reads alone as %j', (answer, expected) => {
	expect(tidyAnswer(answer)).toBe(expected);
});
