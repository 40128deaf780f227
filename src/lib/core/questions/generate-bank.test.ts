import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SourceError } from '../errors.ts';
import { areEquivalent } from './equivalence.ts';
import { generateBank } from './generate-bank.ts';
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
	expect(bank.questions.length).toBeGreaterThan(3);
	for (const q of bank.questions) {
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

test('documents on other topics give valid banks with sensible questions', () => {
	const dir = new URL('../../../../tests/fixtures/other-topics/', import.meta.url);
	const berlin = generateBank({
		text: readFileSync(new URL('berlin-airlift.txt', dir), 'utf8'),
		title: 'The Berlin Airlift',
		source: 'berlin-airlift.txt',
		published: '1949-06'
	});
	expect(validateBank(berlin).ok).toBe(true);
	expect(berlin.document.author).toBe('Margaret Cole');
	const answers = berlin.questions.map((q) => `${q.kind}:${q.answer}`);
	expect(answers).toContain('date:24 June 1948');
	expect(answers).toContain('number:$224 million');
	expect(answers).toContain('actor:Lucius D Clay');
	const salt = generateBank({
		text: readFileSync(new URL('salt-march.md', dir), 'utf8'),
		title: 'The Salt March',
		source: 'salt-march.md',
		published: '1931'
	});
	expect(validateBank(salt).ok).toBe(true);
	expect(
		salt.questions.some((q) => q.prompt.startsWith('Who said') && q.answer === 'Mohandas Gandhi')
	).toBe(true);
	// "6 April" follows "ended at Dandi on 5 April" of 1930, not the publication year.
	expect(salt.questions.map((q) => q.answer)).toContain('6 April 1930');
	expect(salt.questions.map((q) => q.answer)).toContain('May 1930');
	// Operation Vittles gets operations, not Iraq's names, as distractors.
	const vittles = berlin.questions.find((q) => q.answer === 'Operation Vittles');
	expect(vittles?.distractors.length).toBe(3);
	expect(vittles?.distractors.every((d) => d.startsWith('Operation '))).toBe(true);
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
	expect(answers).toContain('2 April 1911');
	expect(answers).not.toContain('December 1961');
});
