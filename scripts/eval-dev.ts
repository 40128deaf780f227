// Measures the pipeline on the development articles (Wikipedia texts with the questions crowd
// workers wrote about them): how many of their when / who / how-many / where questions a bank also
// asks, questions per 1,000 words, the kinds' shares, wrong options, and time. Banks are generated
// in memory; nothing is written to questions/. With --out, writes a judging sheet of a random sample.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countWords } from '../src/lib/core/text.ts';
import { getNlp } from '../src/lib/core/questions/analyse.ts';
import { GENERATOR_VERSION, generateBank } from '../src/lib/core/questions/generate-bank.ts';
import { QUESTION_KINDS, type Bank, type QuestionKind } from '../src/lib/core/questions/types.ts';
import {
	CROWD_TYPES,
	answersMatch,
	classifyCrowdQuestion,
	mapParagraphs,
	type CrowdType
} from './crowd-match.ts';
import { drawSample, renderSheet } from './judging-sheet.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Questions per 1,000 words a bank should land between. */
const DENSITY = { min: 8, max: 20 };

export interface CrowdQuestion {
	paragraph: number;
	question: string;
	answers: string[];
}

export interface DevArticle {
	/** The file name without .txt: "Steam_engine". */
	stem: string;
	title: string;
	text: string;
	/** The text's paragraphs, as the crowd's paragraph indices count them. */
	paragraphs: string[];
	questions: CrowdQuestion[];
}

export interface Tally {
	crowd: number;
	asked: number;
}

export interface ArticleFigures {
	stem: string;
	title: string;
	words: number;
	questions: number;
	perThousand: number;
	ms: number;
	sourceParagraphs: number;
	unmappedParagraphs: number;
	coverage: Record<CrowdType, Tally>;
	kinds: Record<QuestionKind, number>;
	/** Multiple choice (not a cause, 2+ wrong options) with fewer than three wrong options. */
	multipleChoice: number;
	multipleChoiceShort: number;
	/** 0 or 1 wrong options: asked typed, or flipped. */
	fewDistractors: number;
	fewDistractorsNotCause: number;
}

export class DevSetError extends Error {}

/** The development set: every article in `<dir>/articles` with its crowd questions. */
export function loadDevSet(dir: string): DevArticle[] {
	const articlesDir = join(dir, 'articles');
	const crowdFile = join(dir, 'crowd-questions.json');
	if (!existsSync(articlesDir) || !existsSync(crowdFile)) {
		throw new DevSetError(
			`no development set at ${dir} (expected articles/*.txt and crowd-questions.json); pass --dev-dir <path>`
		);
	}
	const crowd = JSON.parse(readFileSync(crowdFile, 'utf8')) as {
		articles: { file: string; title: string; questions: CrowdQuestion[] }[];
	};
	const byStem = new Map(crowd.articles.map((a) => [basename(a.file, '.txt'), a]));
	return readdirSync(articlesDir)
		.filter((n) => n.endsWith('.txt'))
		.sort()
		.map((name) => {
			const stem = basename(name, '.txt');
			const text = readFileSync(join(articlesDir, name), 'utf8');
			const entry = byStem.get(stem);
			return {
				stem,
				title: entry?.title ?? stem.replace(/_/g, ' '),
				text,
				paragraphs: text.split(/\n\s*\n/).map((p) => p.trim()),
				questions: entry?.questions ?? []
			};
		});
}

/** Generates one article's bank with a shared language model, timed. */
export function generateDevBank(
	article: DevArticle,
	nlp: ReturnType<typeof getNlp>
): { bank: Bank; ms: number } {
	const started = performance.now();
	const bank = generateBank(
		{ text: article.text, title: article.title, source: `qg-dev/articles/${article.stem}.txt` },
		{ nlp }
	);
	return { bank, ms: performance.now() - started };
}

/**
 * Whether the bank also asks each of the crowd's when / who / how-many / where questions: a
 * question linked to the paragraph the crowd's question is about, with an answer that matches one
 * of theirs.
 */
export function measureArticle(article: DevArticle, bank: Bank, ms: number): ArticleFigures {
	const mapped = mapParagraphs(article.paragraphs, bank.document.paragraphs);
	const coverage = Object.fromEntries(
		CROWD_TYPES.map((t) => [t, { crowd: 0, asked: 0 }])
	) as Record<CrowdType, Tally>;
	for (const cq of article.questions) {
		const type = classifyCrowdQuestion(cq.question);
		if (!type) continue;
		const tally = coverage[type];
		tally.crowd++;
		const ids = new Set(mapped[cq.paragraph] ?? []);
		const asked = bank.questions.some(
			(q) =>
				ids.has(q.source.paragraph) &&
				[q.answer, ...(q.accept ?? [])].some((a) => cq.answers.some((c) => answersMatch(a, c)))
		);
		if (asked) tally.asked++;
	}
	const words = bank.document.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
	const kinds = Object.fromEntries(
		QUESTION_KINDS.map((k) => [k, bank.questions.filter((q) => q.kind === k).length])
	) as Record<QuestionKind, number>;
	const mc = bank.questions.filter((q) => q.kind !== 'cause' && q.distractors.length >= 2);
	const few = bank.questions.filter((q) => q.distractors.length <= 1);
	return {
		stem: article.stem,
		title: article.title,
		words,
		questions: bank.questions.length,
		perThousand: words ? (1000 * bank.questions.length) / words : 0,
		ms,
		sourceParagraphs: article.paragraphs.length,
		unmappedParagraphs: mapped.filter((ids) => ids.length === 0).length,
		coverage,
		kinds,
		multipleChoice: mc.length,
		multipleChoiceShort: mc.filter((q) => q.distractors.length < 3).length,
		fewDistractors: few.length,
		fewDistractorsNotCause: few.filter((q) => q.kind !== 'cause').length
	};
}

function ratio(n: number, d: number): number {
	return d ? Math.round((1000 * n) / d) / 10 : 0;
}

/** The figures over all articles, as --json prints them. */
export function summarise(articles: readonly ArticleFigures[], loadMs: number) {
	const sum = (f: (a: ArticleFigures) => number) => articles.reduce((n, a) => n + f(a), 0);
	const coverage = Object.fromEntries(
		CROWD_TYPES.map((t) => {
			const crowd = sum((a) => a.coverage[t].crowd);
			const asked = sum((a) => a.coverage[t].asked);
			return [t, { crowd, asked, percent: ratio(asked, crowd) }];
		})
	) as Record<CrowdType, Tally & { percent: number }>;
	const crowd = sum((a) => CROWD_TYPES.reduce((n, t) => n + a.coverage[t].crowd, 0));
	const asked = sum((a) => CROWD_TYPES.reduce((n, t) => n + a.coverage[t].asked, 0));
	const questions = sum((a) => a.questions);
	const words = sum((a) => a.words);
	const densities = articles.map((a) => a.perThousand);
	return {
		generator: GENERATOR_VERSION,
		articles: articles.map((a) => ({
			...a,
			perThousand: Math.round(a.perThousand * 10) / 10,
			ms: Math.round(a.ms)
		})),
		coverage: { ...coverage, all: { crowd, asked, percent: ratio(asked, crowd) } },
		unmappedParagraphs: sum((a) => a.unmappedParagraphs),
		sourceParagraphs: sum((a) => a.sourceParagraphs),
		density: {
			words,
			questions,
			perThousand: words ? Math.round((10000 * questions) / words) / 10 : 0,
			min: Math.round(Math.min(...densities) * 10) / 10,
			max: Math.round(Math.max(...densities) * 10) / 10,
			outside: articles
				.filter((a) => a.perThousand < DENSITY.min || a.perThousand > DENSITY.max)
				.map((a) => a.stem)
		},
		kinds: Object.fromEntries(
			QUESTION_KINDS.map((k) => {
				const count = sum((a) => a.kinds[k]);
				return [k, { count, percent: ratio(count, questions) }];
			})
		) as Record<QuestionKind, { count: number; percent: number }>,
		multipleChoice: sum((a) => a.multipleChoice),
		multipleChoiceShort: sum((a) => a.multipleChoiceShort),
		fewDistractors: sum((a) => a.fewDistractors),
		fewDistractorsNotCause: sum((a) => a.fewDistractorsNotCause),
		ms: { load: Math.round(loadMs), generate: Math.round(sum((a) => a.ms)) }
	};
}

export type DevSummary = ReturnType<typeof summarise>;

const pad = (v: string | number, n: number) => String(v).padStart(n);
const cell = (t: Tally) =>
	`${pad(t.asked, 4)}/${pad(t.crowd, 4)} ${pad(`${ratio(t.asked, t.crowd).toFixed(1)}%`, 6)}`;

/** The four tables, as text. */
export function formatTables(summary: DevSummary): string {
	const out: string[] = [];
	const width = Math.max(8, ...summary.articles.map((a) => a.stem.length)) + 2;
	const types = [...CROWD_TYPES, 'all'] as const;
	out.push('1. Crowd questions also asked (asked/crowd), by the sort of answer they ask for');
	out.push(`  ${''.padEnd(width)}${types.map((t) => pad(t, 16)).join('')}`);
	for (const a of summary.articles) {
		const all = CROWD_TYPES.reduce(
			(s, t) => ({ crowd: s.crowd + a.coverage[t].crowd, asked: s.asked + a.coverage[t].asked }),
			{ crowd: 0, asked: 0 }
		);
		out.push(
			`  ${a.stem.padEnd(width)}${[...CROWD_TYPES.map((t) => a.coverage[t]), all].map((t) => pad(cell(t), 16)).join('')}`
		);
	}
	out.push(
		`  ${'all'.padEnd(width)}${types.map((t) => pad(cell(summary.coverage[t]), 16)).join('')}`
	);
	out.push(
		`  source paragraphs not found in the banks: ${summary.unmappedParagraphs} of ${summary.sourceParagraphs}`
	);

	out.push('', '2. Questions per 1,000 words of cleaned text');
	out.push(`  ${''.padEnd(width)}${pad('words', 7)}${pad('questions', 11)}${pad('per 1,000', 11)}`);
	for (const a of summary.articles) {
		const flag =
			a.perThousand < DENSITY.min || a.perThousand > DENSITY.max
				? `  outside ${DENSITY.min}-${DENSITY.max}`
				: '';
		out.push(
			`  ${a.stem.padEnd(width)}${pad(a.words, 7)}${pad(a.questions, 11)}${pad(a.perThousand.toFixed(1), 11)}${flag}`
		);
	}
	const d = summary.density;
	out.push(
		`  ${'all'.padEnd(width)}${pad(d.words, 7)}${pad(d.questions, 11)}${pad(d.perThousand.toFixed(1), 11)}`
	);
	out.push(
		`  range ${d.min}-${d.max}; outside ${DENSITY.min}-${DENSITY.max}: ${d.outside.length ? d.outside.join(', ') : 'none'}`
	);

	out.push('', '3. Kinds and wrong options');
	for (const k of QUESTION_KINDS) {
		out.push(
			`  ${k.padEnd(8)}${pad(summary.kinds[k].count, 6)} ${pad(`${summary.kinds[k].percent.toFixed(1)}%`, 6)}`
		);
	}
	out.push(
		`  multiple choice (not a cause, 2+ wrong options): ${summary.multipleChoice}, of which fewer than 3 wrong options: ${summary.multipleChoiceShort}`
	);
	out.push(
		`  0 or 1 wrong options (typed or flipped): ${summary.fewDistractors} (${summary.fewDistractorsNotCause} not causes)`
	);

	out.push('', '4. Time to generate');
	for (const a of summary.articles) out.push(`  ${a.stem.padEnd(width)}${pad(`${a.ms} ms`, 9)}`);
	out.push(
		`  ${'all'.padEnd(width)}${pad(`${summary.ms.generate} ms`, 9)}  (language model loaded once: ${summary.ms.load} ms)`
	);
	return out.join('\n');
}

function currentCommit(): string {
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		const changed = execFileSync('git', ['status', '--porcelain', '--', 'src/lib/core'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		return changed ? `${commit} (with uncommitted changes to src/lib/core)` : commit;
	} catch {
		return 'unknown';
	}
}

const USAGE =
	'usage: npm run eval -- --dev [--dev-dir <path>] [--docs a,b,c] [--json] [--sample N --seed S --out sheet.md]';

/** The --dev command; returns the exit code. */
export function runDev(args: string[]): number {
	let values;
	try {
		({ values } = parseArgs({
			args,
			options: {
				dev: { type: 'boolean' },
				'dev-dir': { type: 'string' },
				docs: { type: 'string' },
				json: { type: 'boolean', default: false },
				sample: { type: 'string' },
				seed: { type: 'string', default: 'footnote' },
				out: { type: 'string' }
			}
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const dir = resolve(values['dev-dir'] ?? join(ROOT, '..', 'shared', 'qg-dev'));
	let articles: DevArticle[];
	try {
		articles = loadDevSet(dir);
	} catch (error) {
		if (!(error instanceof DevSetError)) throw error;
		console.error(error.message);
		return 2;
	}
	if (values.docs) {
		const wanted = values.docs
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const unknown = wanted.filter((s) => !articles.some((a) => a.stem === s));
		if (unknown.length) {
			console.error(
				`no such development article: ${unknown.join(', ')} (in ${join(dir, 'articles')})`
			);
			return 2;
		}
		articles = articles.filter((a) => wanted.includes(a.stem));
	}
	const size = Number(values.sample ?? 30);
	if (!Number.isInteger(size) || size < 1) {
		console.error(`--sample takes a whole number of questions\n${USAGE}`);
		return 2;
	}
	if (values.sample !== undefined && !values.out) {
		console.error(`--sample writes a judging sheet: give it --out <file.md>\n${USAGE}`);
		return 2;
	}

	const loadStarted = performance.now();
	const nlp = getNlp();
	const loadMs = performance.now() - loadStarted;
	const banks: Bank[] = [];
	const figures = articles.map((article) => {
		const { bank, ms } = generateDevBank(article, nlp);
		banks.push(bank);
		return measureArticle(article, bank, ms);
	});
	const summary = summarise(figures, loadMs);
	console.log(values.json ? JSON.stringify(summary, null, '\t') : formatTables(summary));

	if (values.out) {
		const seed = values.seed;
		const drawn = drawSample(banks, size, seed);
		const sheet = renderSheet(drawn, {
			seed,
			commit: currentCommit(),
			generatorVersion: GENERATOR_VERSION
		});
		writeFileSync(values.out, sheet);
		console.error(`wrote ${drawn.length} questions to ${values.out}`);
	}
	return 0;
}
