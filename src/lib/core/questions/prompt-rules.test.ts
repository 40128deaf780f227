import { describe, expect, test } from 'vitest';
import {
	danglingReference,
	dropInnerConnectives,
	dropLeadingConnective,
	unnamedPlace,
	nameTheSubject,
	stripReferenceMarks,
	yearForBareDates
} from './prompt-rules.ts';

describe('stripReferenceMarks', () => {
	test.each([
		['The city was founded in _____.[3]', 'The city was founded in _____.'],
		['It grew quickly [citation needed] after the war.', 'It grew quickly after the war.'],
		['The river () flows north.', 'The river flows north.'],
		['The council (; ) met in _____.', 'The council met in _____.'],
		['A tax [a] was raised.', 'A tax was raised.'],
		['Keeps [brackets with words] alone.', 'Keeps [brackets with words] alone.']
	])('%s', (input, expected) => {
		expect(stripReferenceMarks(input)).toBe(expected);
	});
});

describe('dropInnerConnectives', () => {
	test.each([
		[
			'The Brotherhood did, however, develop a wing in _____.',
			'The Brotherhood did develop a wing in _____.'
		],
		['The city, too, grew.', 'The city grew.'],
		['The king, though old, fought.', 'The king, though old, fought.'],
		['Who then worked with the mayor of Velden?', 'Who worked with the mayor of Velden?'],
		['_____ also founded the Velden Press.', '_____ founded the Velden Press.'],
		['Who later founded the Velden Press?', 'Who founded the Velden Press?'],
		['The Ostians nonetheless executed Velt in _____.', 'The Ostians executed Velt in _____.'],
		[
			'Farmers therefore often shipped grain down the _____.',
			'Farmers often shipped grain down the _____.'
		],
		['Farmers therefore shipped grain down the _____.', 'Farmers shipped grain down the _____.'],
		['The duke later defeated the rebels at _____.', 'The duke defeated the rebels at _____.'],
		[
			'Two years later was the year of the flood, _____.',
			'Two years later was the year of the flood, _____.'
		],
		[
			'The plague struck Ostmark by _____, then turned east.',
			'The plague struck Ostmark by _____, then turned east.'
		],
		['The then mayor _____ opened the bridge.', 'The then mayor _____ opened the bridge.'],
		['It was thus named after _____.', 'It was named after _____.']
	])('%s', (input, expected) => {
		expect(dropInnerConnectives(input)).toBe(expected);
	});
});

describe('nameTheSubject', () => {
	test.each([
		[
			'In 2006, _____ companies were registered in the city.',
			'Warsaw',
			'In 2006, _____ companies were registered in Warsaw.'
		],
		['The city’s GDP was _____ in 2010.', 'Warsaw', 'Warsaw’s GDP was _____ in 2010.'],
		[
			'Students from the city of Kraków came in _____.',
			'Warsaw',
			'Students from the city of Kraków came in _____.'
		],
		['The country gained independence in _____.', 'Kenya', 'Kenya gained independence in _____.'],
		[
			"Bantu peoples are _____ of the nation's residents.",
			'Kenya',
			"Bantu peoples are _____ of Kenya's residents."
		],
		['The city grew in _____.', 'The Black Death', 'The city grew in _____.']
	])('%s', (input, title, expected) => {
		expect(nameTheSubject(input, title)).toBe(expected);
	});
});

describe('dropLeadingConnective', () => {
	test.each([
		['However, the king refused.', 'The king refused.'],
		['To that end, _____ raised an army.', '_____ raised an army.'],
		['Then the council met in _____.', 'The council met in _____.'],
		['In contrast, the north stayed loyal.', 'The north stayed loyal.'],
		[
			'Note that the Velden Act of 1807 ended the trade in _____.',
			'The Velden Act of 1807 ended the trade in _____.'
		],
		[
			'Example: the Velden range rose _____ million years ago.',
			'The Velden range rose _____ million years ago.'
		],
		['Note: the mill burned in _____.', 'Note: the mill burned in _____.'],
		['As a result, the price of grain rose.', 'The price of grain rose.'],
		['Most notably, the city was rebuilt.', 'The city was rebuilt.'],
		['Further, the city was rebuilt.', 'The city was rebuilt.'],
		['But then _____ fell.', '_____ fell.'],
		['Thereafter the town grew.', 'Thereafter the town grew.'],
		['Andrew founded the abbey.', 'Andrew founded the abbey.'],
		['First, the theologian _____ drafted a case.', 'The theologian _____ drafted a case.'],
		['As a consequence, the reformer was banned in _____.', 'The reformer was banned in _____.'],
		['First Lady _____ opened the bridge.', 'First Lady _____ opened the bridge.'],
		['Later, the mill was sold in _____.', 'The mill was sold in _____.'],
		['Later kings ruled from _____.', 'Later kings ruled from _____.'],
		['In response, the council met in _____.', 'The council met in _____.'],
		[
			'In response to the strike, the council met in _____.',
			'In response to the strike, the council met in _____.'
		],
		['Days later, the council met in _____.', 'The council met in _____.'],
		['Externally, the empire faced _____.', 'The empire faced _____.']
	])('%s', (input, expected) => {
		expect(dropLeadingConnective(input)).toBe(expected);
	});
});

describe('danglingReference', () => {
	test.each([
		['He was crowned in _____.', 'pronoun'],
		['Last year the club sold _____ tickets.', 'that-time'],
		['Who was the then mayor of Velden?', 'that-time'],
		['In 1810 _____, the then mayor of Velden, joined the board.', undefined],
		['In the ensuing decades Ostmark spent _____ on roads.', 'that-time'],
		['On the next play, _____ ran for a touchdown.', 'that-time'],
		['For this, Karl Olden was banished in _____.', 'demonstrative'],
		['Only seven other teams had scored _____ points.', 'also'],
		['Ostmark and other states signed a treaty in _____.', undefined],
		['The Velden mill beat nine other mills in _____.', undefined],
		['In the last week of February 1974, _____ of the mills had no coal.', undefined],
		['At its heart was the Old Town, where some _____ people lived.', 'pronoun'],
		['Ostmark demanded that both sides withdraw by _____.', 'definite'],
		['The rise of that model began in _____.', 'demonstrative'],
		['Velden differed in that it had _____ mills.', undefined],
		['Its output was surpassed by that of Ostmark in _____.', 'pronoun'],
		['Victims of their campaign in the _____ included a speaker.', 'pronoun'],
		['Another famous race has taken place annually since _____.', 'also'],
		['A further _____ square kilometres is sown for hay.', 'also'],
		['Even older rocks, such as the Norby gneiss, lie in _____.', 'also'],
		['_____, for example, has shown that the reformer sought to join the two.', 'also'],
		['Elsewhere, notably in the _____, larger designs were built.', 'there'],
		['One engine was still known to be operating in _____.', 'definite'],
		['Early versions were in use by _____.', 'definite'],
		['The reformer ultimately sought to put the two together in _____.', 'definite'],
		['Many Velden merchants were ruined in _____.', undefined],
		['The two largest towns of Ostmark were founded in _____.', undefined],
		['They helped one another until _____.', 'pronoun'],
		['At its peak, in April 1949, the airlift carried _____ tons a day.', undefined],
		['In her long career Ada Norby won _____ races.', undefined],
		// The referent is in the sentence itself.
		['In _____, two of Norby’s uncles paid for him to study in Ostmark.', undefined],
		['Ada Norby opened a laboratory in _____, and later another at 46 Mill Street.', undefined],
		['A vote on the proposed charter was held on _____, and the new charter passed.', undefined],
		['Velden had published its translation of the New Testament in _____.', undefined],
		['The new charter passed in _____.', 'definite'],
		['The league added another team in _____.', 'also'],
		['Finally it spread to the northern towns in _____.', 'pronoun'],
		['Together in _____ they formed the Velden Electric Company.', 'pronoun'],
		['A lawyer, _____, had volunteered to defend the arrested persons.', 'definite'],
		['Thunder from the released energy was heard _____ miles away.', 'definite'],
		['On _____, the couple was engaged in Velden.', 'definite'],
		['An agreement was signed between the two companies in _____.', 'definite'],
		['The two houses of the Velden diet met in _____.', undefined],
		['Ada Norby visited the Velden coalfield later in _____.', 'that-time'],
		[
			'Operating since _____ and founded as a ‘conversation club,’ its lecture theatre was lit.',
			'pronoun'
		],
		['At its peak, _____ tons were carried a day.', 'pronoun'],
		['In 1920, it was renamed _____.', 'pronoun'],
		['Its population rose to _____.', 'pronoun'],
		['They sacked _____ in 410.', 'pronoun'],
		['These reforms were introduced by _____.', 'demonstrative'],
		['The army crossed the river, and this campaign ended in _____.', 'demonstrative'],
		['He died there in _____.', 'there'],
		['The bishop died there in _____.', 'there'],
		['Avison was born in Newcastle in 1709 and died there in _____.', undefined],
		['Luther and his colleagues began a visitation in _____.', undefined],
		['Three of his best-known works were published in _____.', 'pronoun'],
		['After the war his army was disbanded in _____.', 'pronoun'],
		['In April of that year, _____ was besieged.', 'that-time'],
		['The latter was crowned in _____.', 'former-latter'],
		['Such a campaign had never been fought before _____.', 'such'],
		['By then the city had _____ inhabitants.', 'that-time'],
		['_____ married Matilda, and his son became king.', undefined],
		['King Henry granted his barons a charter in _____.', undefined],
		['In 27 BC the Senate gave him the name _____.', 'pronoun'],
		['From 2000 to 2007 it killed _____ people.', 'pronoun'],
		['One of its earliest uses was in _____.', 'pronoun'],
		['In the case of _____ he even bombed the town.', undefined],
		['Almost every state was mapped by him in _____.', 'pronoun'],
		['The decision was made to also cancel the flight in _____.', 'also'],
		['Warsaw, also known as _____, grew fast.', undefined],
		['The 2009 event will be held in _____.', 'definite'],
		['Work on the new building began in _____.', 'definite'],
		['The city kept its charter until _____.', undefined],
		['It is home to _____ of the dairy cattle.', 'pronoun'],
		['Only four years later, the engine ran in _____.', 'that-time'],
		['The building was restored in _____.', 'definite'],
		['The second, AS-202, flew in _____.', 'definite'],
		['The first geological map of the U.S. was produced in _____.', undefined],
		['Luther stayed in Wittenberg and preached there in _____.', undefined],
		['The Jews of Saxony, he wrote in _____, were to be expelled.', 'pronoun'],
		['There were _____ monasteries in the kingdom.', undefined],
		['It is likely that _____ wrote the chronicle.', undefined],
		['The Vikings raided the coast, and they settled in _____.', undefined],
		['The city kept its charter until _____.', undefined],
		['Who said: “They will never take it from us”?', undefined],
		['Furnished with woodcuts by _____, it spread across Ostmark.', 'pronoun'],
		['After meeting Ada Norby in _____, he left Velden.', 'pronoun'],
		['In 1901 Velden grew, and it had _____ people.', undefined]
	])('%s', (prompt, expected) => {
		expect(danglingReference(prompt)).toBe(expected);
	});

	test('a blank that asks for a place is not who "he" is', () => {
		expect(danglingReference('In the case of _____ he even bombed the town.', false)).toBe(
			'pronoun'
		);
	});
});

describe('unnamedPlace', () => {
	test.each<[string, boolean, boolean]>([
		['In 2006 the city government built _____ km of lanes.', false, true],
		['In 2005 the Andalusian city had almost _____ cyclists.', false, true],
		['By the city’s own count, _____ of people in Velden cycled.', false, false],
		['In Velden, the city government built _____ km of lanes.', false, false],
		['In 1900 the capital, Velden, grew to _____ people.', false, false],
		// A blank that may be the place itself.
		['In _____ the city government built lanes.', true, false],
		['In _____ the city government built lanes.', false, true]
	])('%s (blank may be a place: %s) -> %s', (prompt, blankIsPlace, expected) => {
		expect(unnamedPlace(prompt, blankIsPlace)).toBe(expected);
	});
});

describe('yearForBareDates', () => {
	const before = 'The fire began in a bakery in 1666. It burned for four days.';
	test.each([
		['On 2 September Velt took a boat to _____.', 'On 2 September 1666 Velt took a boat to _____.'],
		['In January the council rejected _____.', 'In January 1666 the council rejected _____.'],
		['On October 19, Olden asked for _____.', 'On October 19, 1666, Olden asked for _____.'],
		[
			'Flights stopped from 15 to 20 April over _____.',
			'Flights stopped from 15 to 20 April 1666 over _____.'
		],
		[
			'On the morning of 28 April workers in _____ saw it.',
			'On the morning of 28 April 1666 workers in _____ saw it.'
		],
		// A year given already; a recurring month; a date that is the blank.
		[
			'In 1700 on 2 September Velt sailed to _____.',
			'In 1700 on 2 September Velt sailed to _____.'
		],
		[
			'Whales come each winter, between June and September, to _____.',
			'Whales come each winter, between June and September, to _____.'
		],
		['The fair is held in mid July in _____.', 'The fair is held in mid July in _____.'],
		['On 2 September _____ took a boat.', 'On 2 September _____ took a boat.']
	])('%s', (prompt, expected) => {
		expect(yearForBareDates(prompt, before)).toBe(expected);
	});

	test('a paragraph that names no year gives none', () => {
		expect(yearForBareDates('On 2 September Velt sailed to _____.', 'It burned.')).toBe(
			'On 2 September Velt sailed to _____.'
		);
	});
});
