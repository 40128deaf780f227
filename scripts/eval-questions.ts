// Measures the committed banks against questions/eval/key-facts.json: per kind, how many of the
// facts a good quiz must ask about the banks cover; questions per 1,000 words; and a seeded
// random sample of questions to read.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, shuffle } from '../src/lib/core/random.ts';
import { compareKey, countWords } from '../src/lib/core/text.ts';
import { areEquivalent } from '../src/lib/core/questions/equivalence.ts';
import { QUESTION_KINDS, type Bank, type Question } from '../src/lib/core/questions/types.ts';
import { buildSourceBank, type SourceMeta } from './bank-files.ts';
import { runDev } from './eval-dev.ts';

/** A fact from a source that a good quiz must ask about. */
export interface KeyFact {
	document: string;
	kind: Question['kind'];
	answer: string;
	/** A passage of the paragraph that states the fact, to find it in the bank. */
	paragraph: string;
	fact: string;
}

export interface FactResult {
	fact: KeyFact;
	covered: boolean;
	/** The paragraph could not be found in the bank: the fact or the cleaning is wrong. */
	missingParagraph: boolean;
	question?: Question;
}

const QUESTIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'questions');
const OTHER_TOPICS_DIR = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'..',
	'tests',
	'fixtures',
	'other-topics'
);

/** Banks for the short texts on other topics, each with its sidecar `<name>.json` if any. */
export function buildOtherTopicBanks(dir = OTHER_TOPICS_DIR): Bank[] {
	return readdirSync(dir)
		.filter((n) => /\.(txt|md|html?)$/.test(n))
		.sort()
		.map((name) => {
			const sidecar = join(dir, name.replace(/\.[^.]+$/, '.json'));
			let meta: SourceMeta = { title: name };
			try {
				meta = JSON.parse(readFileSync(sidecar, 'utf8')) as SourceMeta;
			} catch {
				// No sidecar: the file name stands for the title.
			}
			return buildSourceBank(dir, join(dir, name), meta);
		});
}

function printQuestion(bank: Bank, q: Question): void {
	const paragraph = bank.document.paragraphs.find((p) => p.id === q.source.paragraph);
	const evidence = paragraph?.text.slice(q.source.start, q.source.end) ?? '';
	console.log(`\n  ${q.id} [${q.kind}] ${q.prompt}`);
	console.log(`    answer: ${q.answer}${q.accept ? ` (also: ${q.accept.join(', ')})` : ''}`);
	if (q.distractors.length) console.log(`    distractors: ${q.distractors.join(' | ')}`);
	console.log(`    evidence (${bank.document.id} ${q.source.paragraph}): ${evidence}`);
}

/** Whether a question asks for the fact: same kind, same paragraph, the same answer. */
export function coversFact(q: Question, fact: KeyFact): boolean {
	if (q.kind !== fact.kind) return false;
	if (fact.kind === 'cause') return wordOverlap(fact.answer, q.answer) >= 0.6;
	return [q.answer, ...(q.accept ?? [])].some(
		(a) => areEquivalent(a, fact.answer) || compareKey(a) === compareKey(fact.answer)
	);
}

function wordOverlap(expected: string, actual: string): number {
	const words = (t: string) =>
		t
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length > 3);
	const want = words(expected);
	const have = new Set(words(actual));
	return want.length ? want.filter((w) => have.has(w)).length / want.length : 0;
}

/** Scores every fact against the banks. */
export function evaluateFacts(banks: readonly Bank[], facts: readonly KeyFact[]): FactResult[] {
	const key = (t: string) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
	return facts.map((fact) => {
		const bank = banks.find((b) => b.document.id === fact.document);
		const paragraphs = (bank?.document.paragraphs ?? []).filter((p) =>
			key(p.text).includes(key(fact.paragraph))
		);
		const ids = new Set(paragraphs.map((p) => p.id));
		const question = bank?.questions.find(
			(q) => ids.has(q.source.paragraph) && coversFact(q, fact)
		);
		return { fact, covered: !!question, missingParagraph: paragraphs.length === 0, question };
	});
}

export function loadBanks(questionsDir = QUESTIONS_DIR): Bank[] {
	const dir = join(questionsDir, 'banks');
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()
		.map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Bank);
}

export function loadFacts(questionsDir = QUESTIONS_DIR): KeyFact[] {
	return JSON.parse(
		readFileSync(join(questionsDir, 'eval', 'key-facts.json'), 'utf8')
	) as KeyFact[];
}

function percent(n: number, d: number): string {
	return d ? `${Math.round((100 * n) / d)}%` : '-';
}

function main(): void {
	if (process.argv.includes('--dev')) {
		// The development articles and their crowd questions: see eval-dev.ts.
		process.exitCode = runDev(process.argv.slice(2));
		return;
	}
	const { values } = parseArgs({
		options: {
			sample: { type: 'string', default: '10' },
			seed: { type: 'string', default: 'footnote' },
			misses: { type: 'boolean', default: false },
			other: { type: 'boolean', default: false }
		}
	});
	if (values.other) {
		// Every question of the other-topic texts, to read: they keep the pipeline general.
		for (const bank of buildOtherTopicBanks()) {
			const words = bank.document.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
			console.log(
				`\n${bank.document.id}: ${bank.questions.length} q / ${words} words = ${((1000 * bank.questions.length) / words).toFixed(1)}`
			);
			for (const q of bank.questions) printQuestion(bank, q);
		}
		return;
	}
	const banks = loadBanks();
	const facts = loadFacts();
	const results = evaluateFacts(banks, facts);

	console.log('Key facts covered, per kind');
	for (const kind of QUESTION_KINDS) {
		const rows = results.filter((r) => r.fact.kind === kind);
		const covered = rows.filter((r) => r.covered).length;
		console.log(
			`  ${kind.padEnd(7)} ${String(covered).padStart(3)} / ${String(rows.length).padEnd(3)} ${percent(covered, rows.length)}`
		);
	}
	const covered = results.filter((r) => r.covered).length;
	console.log(
		`  ${'all'.padEnd(7)} ${String(covered).padStart(3)} / ${String(results.length).padEnd(3)} ${percent(covered, results.length)}`
	);
	for (const r of results.filter((x) => x.missingParagraph)) {
		console.log(`  ! paragraph not found for ${r.fact.document}: "${r.fact.paragraph}"`);
	}
	if (values.misses) {
		console.log('\nMissed facts');
		for (const r of results.filter((x) => !x.covered)) {
			console.log(`  [${r.fact.kind}] ${r.fact.document}: ${r.fact.fact} -> ${r.fact.answer}`);
		}
	}

	console.log('\nQuestions per 1,000 words of source (cleaned text)');
	let allWords = 0;
	let allQuestions = 0;
	for (const bank of banks) {
		const words = bank.document.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
		allWords += words;
		allQuestions += bank.questions.length;
		const kinds = QUESTION_KINDS.map(
			(k) => `${k} ${bank.questions.filter((q) => q.kind === k).length}`
		).join(', ');
		console.log(
			`  ${bank.document.id.padEnd(32)} ${String(bank.questions.length).padStart(4)} q / ${String(words).padStart(5)} words = ${((1000 * bank.questions.length) / words).toFixed(1)}  (${kinds})`
		);
	}
	console.log(
		`  ${'all'.padEnd(32)} ${String(allQuestions).padStart(4)} q / ${String(allWords).padStart(5)} words = ${((1000 * allQuestions) / allWords).toFixed(1)}`
	);

	const size = Number(values.sample);
	if (size > 0) {
		console.log(`\nRandom sample of ${size} questions (seed "${values.seed}")`);
		const all = banks.flatMap((b) => b.questions.map((q) => ({ bank: b, q })));
		const random = createRandom(values.seed as string);
		for (const { bank, q } of shuffle(all, random).slice(0, size)) printQuestion(bank, q);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
