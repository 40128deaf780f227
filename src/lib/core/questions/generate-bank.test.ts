import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SourceError } from '../errors.ts';
import { areEquivalent } from './equivalence.ts';
import { allCandidates, analyseDocument, generateBank, sharedByOthers } from './generate-bank.ts';
import { danglingReference } from './prompt-rules.ts';
import { validateBank } from './validate-bank.ts';

const text = readFileSync(
	new URL('../../../../tests/fixtures/short-article.md', import.meta.url),
	'utf8'
);
const source = {
	text,
	title: 'The Suez Crisis',
	source: 'sources/short-article.md',
	published: '1956-12'
};

test('generating twice gives byte-identical JSON', () => {
	expect(JSON.stringify(generateBank(source))).toBe(JSON.stringify(generateBank(source)));
});

test('a bank validates, links evidence inside its paragraph and cleans the text', () => {
	const bank = generateBank(source);
	expect(validateBank(bank).ok).toBe(true);
	expect(bank.document.author).toBe('Ann Example');
	expect(bank.document.paragraphs.some((p) => /Share this|Subscribe/.test(p.text))).toBe(false);
	// About 14 per 1,000 words: a 250-word article gets a few sound questions, not every fact.
	expect(bank.questions.length).toBeGreaterThanOrEqual(3);
	for (const q of bank.questions) {
		expect(danglingReference(q.prompt), q.prompt).toBeUndefined();
		const paragraph = bank.document.paragraphs.find((p) => p.id === q.source.paragraph);
		expect(paragraph && q.source.end <= paragraph.text.length).toBe(true);
		for (const d of q.distractors) expect(areEquivalent(d, q.answer)).toBe(false);
	}
});

test('partial dates resolve against the paragraph and publication', () => {
	const bank = generateBank(source);
	expect(bank.questions.some((q) => q.kind === 'date' && q.answer === '29 October 1956')).toBe(
		true
	);
});

test('reports progress and refuses documents with nothing to ask', () => {
	const seen: number[] = [];
	generateBank(source, { onProgress: (f) => seen.push(f) });
	expect(seen[seen.length - 1]).toBe(1);
	expect(() => generateBank({ ...source, text: '   ' })).toThrow(SourceError);
	expect(() => generateBank({ ...source, text: '1234 5678\n\n$$$ ###' })).toThrow(SourceError);
});

const otherTopic = (name: string, title: string, published: string) => ({
	text: readFileSync(
		new URL(`../../../../tests/fixtures/other-topics/${name}`, import.meta.url),
		'utf8'
	),
	title,
	source: name,
	published
});

test('documents on other topics give valid banks with sensible questions', () => {
	const berlinSource = otherTopic('berlin-airlift.txt', 'The Berlin Airlift', '1949-06');
	const berlin = generateBank(berlinSource);
	expect(validateBank(berlin).ok).toBe(true);
	expect(berlin.document.author).toBe('Margaret Cole');
	// The facts are found; the bank keeps the best few of a 250-word article.
	const found = allCandidates(analyseDocument(berlinSource).context).map(
		(c) => `${c.kind}:${c.answer}`
	);
	expect(found).toContain('date:24 June 1948');
	expect(found).toContain('number:12,941');
	expect(found).toContain('actor:Lucius D Clay');
	const saltSource = otherTopic('salt-march.md', 'The Salt March', '1931');
	const salt = generateBank(saltSource);
	expect(validateBank(salt).ok).toBe(true);
	const saltFound = allCandidates(analyseDocument(saltSource).context);
	expect(
		saltFound.some((c) => c.prompt.startsWith('Who said') && c.answer === 'Mohandas Gandhi')
	).toBe(true);
	// "6 April" follows "ended at Dandi on 5 April" of 1930, not the publication year.
	expect(salt.questions.map((q) => q.answer)).toContain('6 April 1930');
	expect(salt.questions.map((q) => q.answer)).toContain('May 1930');
	// The one operation of the article has no operations to be offered with: it is never given
	// wrong options of another sort.
	for (const q of berlin.questions.filter((x) => x.answer === 'Operation Vittles')) {
		expect(q.distractors.every((d) => d.startsWith('Operation '))).toBe(true);
	}
});

test('a history written long after its events dates "In December" by the events', () => {
	const dir = new URL('../../../../tests/fixtures/other-topics/', import.meta.url);
	const bank = generateBank({
		text: readFileSync(new URL('triangle-fire.md', dir), 'utf8'),
		title: 'The Triangle fire',
		source: 'triangle-fire.md',
		published: '1961'
	});
	const answers = bank.questions.map((q) => q.answer);
	expect(answers).toContain('December 1911');
	expect(answers).not.toContain('December 1961');
	const found = allCandidates(
		analyseDocument(otherTopic('triangle-fire.md', 'The Triangle fire', '1961')).context
	).map((c) => c.answer);
	expect(found).toContain('2 April 1911');
	expect(found).not.toContain('2 April 1961');
});

test('a place put in front of a prompt is not what its "its" stands for', () => {
	const text = [
		'Velden',
		'',
		'Velden is a market town on the river Norby in Ostmark, with about 40,000 inhabitants and a long history of trade along the river.',
		'',
		'Operating since 1793 and founded as a conversation club, its lecture theatre was the first public building in the country to be lit by electric light, during a lecture on 20 October 1880.'
	].join('\n');
	const candidates = allCandidates(
		analyseDocument({ text, title: 'Velden', source: 'v.txt' }).context
	);
	expect(candidates.filter((c) => /lecture theatre/.test(c.prompt))).toEqual([]);
});

test.each<[string, string, string[], boolean]>([
	['Henry', 'Henry II', ['Henry II', 'Henry the Lion'], true],
	['Henry', 'Henry II', ['Henry II', 'Karl Olden'], false],
	['Olden', 'Karl Olden', ['Karl Olden', 'Ada Olden'], true],
	['Olden', 'Karl Olden', ['Karl Olden', 'Olden'], false]
])('the short form %s of %s is shared by another person: %s', (short, answer, names, shared) => {
	expect(sharedByOthers(short, answer, new Set(names))).toBe(shared);
});
