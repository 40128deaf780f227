import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { areEquivalent } from '../src/lib/core/questions/equivalence.ts';
import { validateBank } from '../src/lib/core/questions/validate-bank.ts';
import { findStaleBanks } from './bank-files.ts';

const root = join(import.meta.dirname, '..');
const banksDir = join(root, 'questions', 'banks');
const banks = readdirSync(banksDir).filter((name) => name.endsWith('.json'));

test('every committed bank validates, with evidence inside its paragraph', () => {
	expect(banks.length).toBeGreaterThanOrEqual(5);
	for (const name of banks) {
		const data: unknown = JSON.parse(readFileSync(join(banksDir, name), 'utf8'));
		const result = validateBank(data);
		expect(result.ok, `${name}: ${result.ok ? '' : result.issues.join('; ')}`).toBe(true);
		if (!result.ok) continue;
		const paragraphs = new Map(result.bank.document.paragraphs.map((p) => [p.id, p.text]));
		for (const q of result.bank.questions) {
			const text = paragraphs.get(q.source.paragraph) ?? '';
			expect(q.source.end).toBeLessThanOrEqual(text.length);
			expect(text.slice(q.source.start, q.source.end).trim().length).toBeGreaterThan(0);
			for (const d of q.distractors) {
				expect(areEquivalent(d, q.answer), `${q.id}: ${d}`).toBe(false);
			}
		}
	}
});

test('the committed banks are fresh (what --check runs)', () => {
	expect(findStaleBanks(join(root, 'questions'))).toEqual([]);
}, 30_000);

function run(...args: string[]) {
	return spawnSync('npx', ['tsx', 'scripts/generate-questions.ts', ...args], {
		cwd: root,
		encoding: 'utf8'
	});
}

test('bad input gets one clear line and a non-zero exit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'generate-'));
	const empty = join(dir, 'empty.txt');
	writeFileSync(empty, '');
	const binary = join(dir, 'image.txt');
	writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
	const huge = join(dir, 'huge.txt');
	writeFileSync(huge, 'The war went on. '.repeat((20 * 1024 * 1024) / 17));
	const noSentences = join(dir, 'numbers.txt');
	writeFileSync(noSentences, '1234 5678\n\n$$$ ###\n');
	for (const path of [empty, binary, huge, noSentences, join(dir, 'missing.txt')]) {
		const result = run(path, '--out', join(dir, 'out.json'));
		const lines = result.stderr.split('\n').filter((l) => l.trim() && !/npm warn/i.test(l));
		expect(result.status, path).not.toBe(0);
		expect(lines, path).toHaveLength(1);
		expect(lines[0]).toMatch(/^\[generate\] error: /);
	}
	expect(readdirSync(dir).includes('out.json')).toBe(false);
}, 180_000);

test('one document becomes one bank file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'generate-'));
	const out = join(dir, 'bank.json');
	const result = run(
		'tests/fixtures/short-article.md',
		'--out',
		out,
		'--title',
		'The Suez Crisis',
		'--published',
		'1956-12'
	);
	expect(result.status).toBe(0);
	expect(validateBank(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
}, 30_000);
