import { describe, expect, test } from 'vitest';
import { analyseParagraph, getNlp } from './analyse.ts';
import { COARSE_OF_FINE, findMentions, type Mention } from './entities.ts';
import { NAME_RULES } from './entity-rules/rules.ts';
import { analyseDocument } from './generate-bank.ts';

function mentionsOf(...texts: string[]): Mention[] {
	const nlp = getNlp();
	return findMentions(texts.map((text, i) => analyseParagraph({ id: `p${i + 1}`, text }, i, nlp)));
}

function find(sentence: string, name: string): Mention | undefined {
	return mentionsOf(sentence).find((m) => m.text === name);
}

describe('names are whole', () => {
	test.each([
		[
			'William the Lion met Charles the Bald at the border.',
			['William the Lion', 'Charles the Bald']
		],
		["The Seven Years' War changed the map.", ["Seven Years' War"]],
		["The People's Republic of China was proclaimed in 1949.", ["People's Republic of China"]],
		['The Holy Roman Empire declined slowly.', ['Holy Roman Empire']],
		['Inner Mongolia is vast and dry.', ['Inner Mongolia']],
		['Northern Ireland is small.', ['Northern Ireland']],
		['Zygmunt Krasiński wrote poems in exile.', ['Zygmunt Krasiński']],
		['The poet met Bolesław Prus in Łódź.', ['Bolesław Prus', 'Łódź']],
		['Zia-ul-Haq seized power in 1977.', ['Zia-ul-Haq']],
		['The Ninety-five Theses were nailed to the door.', ['Ninety-five Theses']],
		['The Battle of Marsden Moor was fought in 1644.', ['Battle of Marsden Moor']],
		['She studied at the University of Penbrook.', ['University of Penbrook']],
		["In 1411 the monks built St. Mary's Church.", ["St. Mary's Church"]]
	])('%s', (sentence, names) => {
		expect(mentionsOf(sentence).map((m) => m.text)).toEqual(names);
	});

	test('a name never ends inside a word', () => {
		for (const m of mentionsOf('Count Krasiński and Dvořák met in Gdańsk and Kraków.')) {
			expect(m.text).toMatch(/^\S.*\S$|^\S$/);
			expect(['Krasi', 'Dvo', 'Gda']).not.toContain(m.text);
		}
	});

	test('the token range covers the whole name in the paragraph tokens', () => {
		const text = 'Zygmunt Krasiński wrote poems.';
		const p = analyseParagraph({ id: 'p1', text }, 0, getNlp());
		const [m] = findMentions([p]);
		expect(m && p.tokens[m.first]?.start).toBe(0);
		expect(m && p.tokens[m.last - 1]?.end).toBe('Zygmunt Krasiński'.length);
	});
});

describe('fine types from evidence', () => {
	test.each([
		// titles and roles
		['King Harald ruled the north.', 'King Harald', 'person', 'title'],
		['Pope Gregory excommunicated the emperor.', 'Pope Gregory', 'person', 'title'],
		['General Gordon died at the fort.', 'Gordon', 'person', 'title'],
		['Anselm, the archbishop of Canterbury, wrote to the king.', 'Anselm', 'person', 'role-or-who'],
		['Henry VIII broke with the pope.', 'Henry VIII', 'person', 'regnal-number'],
		['William the Lion invaded the north.', 'William the Lion', 'person', 'epithet'],
		['Eloise Marchand wrote a novel.', 'Eloise Marchand', 'person', 'given-name'],
		['Dwight D. Eisenhower approved the plan.', 'Dwight D. Eisenhower', 'person', 'name-shape'],
		// heads
		['The monks built Fort Rellan on the hill.', 'Fort Rellan', 'structure', 'first-head'],
		['The Battle of Marsden was fought in 1321.', 'Battle of Marsden', 'battle', 'of-head'],
		['The Siege of Tolburg lasted a year.', 'Siege of Tolburg', 'battle', 'of-head'],
		['The Pelham War ended in 1752.', 'Pelham War', 'war', 'last-head'],
		['The Ostrian Empire collapsed.', 'Ostrian Empire', 'polity', 'last-head'],
		['The Kingdom of Valdoria was founded.', 'Kingdom of Valdoria', 'polity', 'of-head'],
		[
			'The Bank of Velden Tower was built in 1990.',
			'Bank of Velden Tower',
			'structure',
			'last-head'
		],
		['The Treaty of Brennick ended the war.', 'Treaty of Brennick', 'document', 'of-head'],
		['The Edict of Tolburg was revoked.', 'Edict of Tolburg', 'document', 'of-head'],
		['The Hollis Act was passed in 1840.', 'Hollis Act', 'document', 'last-head'],
		['Boats crossed the Amber River at dawn.', 'Amber River', 'water', 'last-head'],
		['They sailed up the River Tessa.', 'River Tessa', 'water', 'first-head'],
		['They camped by Lake Morrow.', 'Lake Morrow', 'water', 'first-head'],
		['Mount Kellan is snow-capped.', 'Mount Kellan', 'landform', 'first-head'],
		['They landed on the Farrow Islands.', 'Farrow Islands', 'landform', 'last-head'],
		['The court met at Dunmore Castle.', 'Dunmore Castle', 'structure', 'last-head'],
		['The Selwick Cathedral burned.', 'Selwick Cathedral', 'structure', 'last-head'],
		['She studied at Harlow University.', 'Harlow University', 'organisation', 'last-head'],
		['The Liberal Party won the vote.', 'Liberal Party', 'organisation', 'last-head'],
		[
			'The Eastern Spice Company traded pepper.',
			'Eastern Spice Company',
			'organisation',
			'last-head'
		],
		['The Catholic Church condemned it.', 'Catholic Church', 'organisation', 'last-head'],
		[
			'The Industrial Revolution changed the town.',
			'Industrial Revolution',
			'movement',
			'last-head'
		],
		['The Diet of Tolburg met in 1521.', 'Diet of Tolburg', 'event', 'of-head'],
		['The Drumond dynasty ruled for a century.', 'Drumond', 'polity', 'noun-after'],
		['They spoke the Norran language.', 'Norran', 'language', 'noun-after'],
		['Islamism grew after the war.', 'Islamism', 'movement', 'movement-word'],
		// the world data
		['The army crossed into Poland.', 'Poland', 'country', 'world-place'],
		['The envoy reached Nairobi.', 'Nairobi', 'settlement', 'world-place'],
		['Settlers moved to Texas.', 'Texas', 'region', 'world-place'],
		// A country's name before a state is a town's.
		['He wrote to the mayor of Lebanon, New Hampshire.', 'Lebanon', 'settlement', 'world-place'],
		['Ships crossed the Atlantic Ocean.', 'Atlantic Ocean', 'water', 'last-head'],
		['Ships crossed the Atlantic.', 'Atlantic', 'water', 'world-place'],
		['Trade with Africa grew.', 'Africa', 'region', 'world-place'],
		['The town lies in North East Kenya.', 'North East Kenya', 'region', 'direction-place'],
		['Rivalry with the Soviet Union grew.', 'Soviet Union', 'polity', 'last-head'],
		[
			'They rented rooms from the City of Tolburg Council.',
			'City of Tolburg Council',
			'organisation',
			'last-head'
		],
		['Lucas Cranach the Elder painted him.', 'Lucas Cranach the Elder', 'person', 'epithet'],
		['The Swahili built the port.', 'Swahili', 'people', 'language'],
		['The French and the Poles fought together.', 'Poles', 'people', 'people'],
		['Frenchmen fought bravely.', 'Frenchmen', 'people', 'people'],
		['Lutherans and Calvinists argued.', 'Lutherans', 'people', 'people'],
		['Most traders spoke Swahili.', 'Swahili', 'language', 'language'],
		['The Bible was translated into Polish.', 'Polish', 'language', 'language'],
		// context
		['The army marched to Tolburg.', 'Tolburg', 'settlement', 'place-preposition'],
		['Tolburg and Paris were rivals.', 'Tolburg', 'settlement', 'coordination'],
		['The Vandrians invaded Esmark.', 'Esmark', 'country', 'conquered'],
		['He was born in the village of Kessel Mor.', 'Kessel Mor', 'settlement', 'noun-before'],
		['Harlan Vesk, who led the revolt, was hanged.', 'Harlan Vesk', 'person', 'role-or-who'],
		['Harlan Vesk led the revolt.', 'Harlan Vesk', 'person', 'given-name'],
		['Vesk, who led the revolt, was hanged.', 'Vesk', 'person', 'role-or-who'],
		['The agency called NASA grew quickly.', 'NASA', 'organisation', 'acronym']
	])('%s -> %s is %s (%s)', (sentence, name, fine, rule) => {
		const m = find(sentence, name);
		expect(m, `no mention "${name}"`).toBeDefined();
		expect({ fine: m?.fine, rule: m?.rule }).toEqual({ fine, rule });
		expect(m?.type).toBe(COARSE_OF_FINE[fine as keyof typeof COARSE_OF_FINE]);
	});

	test.each([
		['Vesk arrived late.', 'Vesk'],
		['The First Minister spoke.', 'First Minister']
	])('no evidence: %s -> %s is other and unsure', (sentence, name) => {
		const m = find(sentence, name);
		expect(m?.fine).toBe('other');
		expect(m?.confidence).toBeLessThan(0.3);
	});

	test('a role after "of" in an appositive is somebody else\'s', () => {
		const m = find(
			'The main loss was Velden Ridge, the seat of former party leader Karl Olden, to the Greens.',
			'Velden Ridge'
		);
		expect(m?.fine).not.toBe('person');
	});

	test('a known given name makes a name of that shape surer', () => {
		expect(find('Karl F. Olden approved the plan.', 'Karl F. Olden')?.confidence).toBe(0.8);
		expect(find('Velk Q. Morrow approved the plan.', 'Velk Q. Morrow')?.confidence).toBe(0.7);
	});

	test('a name with a head word is no person, whatever its shape', () => {
		const m = find(
			'The body was taken to the Karl F. Olden Funeral Home.',
			'Karl F. Olden Funeral Home'
		);
		expect(m?.fine).not.toBe('person');
	});

	test('weak evidence is less sure than strong', () => {
		const weak = find('The army marched to Tolburg.', 'Tolburg');
		const strong = find('The Battle of Marsden was fought in 1321.', 'Battle of Marsden');
		expect(weak?.confidence).toBeLessThan(0.5);
		expect(strong?.confidence).toBeGreaterThan(0.8);
	});

	test('a name typed surely in one paragraph lends its type to unsure mentions', () => {
		const [first, second] = mentionsOf(
			'Vesk, who led the revolt, was hanged.',
			'The songs about Vesk are still sung.'
		);
		expect(first?.fine).toBe('person');
		expect(second?.fine).toBe('person');
	});

	test('a surname alone is the person named in full', () => {
		const ms = mentionsOf('Martin Vesk led the revolt.', 'Later Vesk fled north.');
		const alone = ms.find((m) => m.text === 'Vesk');
		expect(alone).toMatchObject({ fine: 'person', canonical: 'Martin Vesk' });
	});

	test('confidence is within 0..1 and every rule has a distinct name', () => {
		for (const m of mentionsOf('The Treaty of Brennick was signed in Nairobi by King Harald.')) {
			expect(m.confidence).toBeGreaterThanOrEqual(0);
			expect(m.confidence).toBeLessThanOrEqual(1);
		}
		const names = NAME_RULES.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('a lone surname stands for one person only', () => {
	const nlp = getNlp();
	const texts = [
		'Hans Luther was a miner. His son Martin Luther studied law at Erfurt.',
		'Martin Luther later became a monk. Luther wrote many hymns.'
	];
	const analysed = texts.map((text, i) => analyseParagraph({ id: `p${i + 1}`, text }, i, nlp));

	test('the person of the title, not the first named', () => {
		const lone = findMentions(analysed, 'Martin Luther').find((m) => m.text === 'Luther');
		expect(lone?.canonical).toBe('Martin Luther');
	});

	test('the person named more than twice as often', () => {
		const lone = findMentions(analysed, 'Reformers').find((m) => m.text === 'Luther');
		expect(lone?.canonical).toBe('Martin Luther');
	});

	test('nobody, when two share a surname equally', () => {
		const equal = ['Hans Luther was a miner. Martin Luther was his son.', 'Luther wrote hymns.'];
		const lone = findMentions(
			equal.map((text, i) => analyseParagraph({ id: `p${i + 1}`, text }, i, nlp)),
			'Reformers'
		).find((m) => m.text === 'Luther');
		expect(lone?.canonical).toBe('Luther');
	});
});

describe('the surname of the person a document is titled after', () => {
	test('is hers when only a relative is named in full', () => {
		const { context } = analyseDocument({
			text: 'The engineer was born in Ostmark in 1790.\n\nHer father, Karl Velt, died in 1795.\n\nIn 1820 Velt built a mill.',
			title: 'Ada Velt',
			source: 't.txt'
		});
		const alone = context.mentions.find((m) => m.text === 'Velt');
		expect(alone).toMatchObject({ fine: 'person', canonical: 'Ada Velt' });
	});
});
