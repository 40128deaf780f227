import { chromium } from 'playwright';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium.ts';
import { median, serveBuild } from '../server.ts';
import type { BenchRow, BenchSuite } from '../types.ts';

const PORT = 4190;
const LIGHTHOUSE_RUNS = 3;
const FIRST_PAGE_BUDGET_KB = 60;

interface ScriptLoad {
	/** Scripts the HTML itself asks for: what must arrive before the page can start. */
	initial: { bytes: number; files: number };
	/** Every script the page loads on a fresh visit, the lazily loaded ones included. */
	all: { bytes: number; files: number };
}

/** Gzipped sizes of the scripts a page loads on a fresh visit. */
async function pageScriptBytes(url: string): Promise<ScriptLoad> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		const scripts: Promise<{ url: string; gzip: number }>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.push(
				response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }))
			);
		});
		const html = await (await page.goto(url, { waitUntil: 'networkidle' }))!.text();
		const loaded = await Promise.all(scripts);
		// kit lists the page's own modules as modulepreload links and imports its entry points inline.
		const named = [...html.matchAll(/(?:href="|import\(")([^"]+\.js)"/g)].map(
			(m) => new URL(m[1]!, url).href
		);
		const initial = loaded.filter((s) => named.includes(s.url));
		const total = (list: { gzip: number }[]) => ({
			bytes: list.reduce((sum, s) => sum + s.gzip, 0),
			files: list.length
		});
		return { initial: total(initial), all: total(loaded) };
	} finally {
		await browser.close();
	}
}

/** What a library adds to a page at most: its own build, minified and gzipped. */
function libraryBytes(file: string): number {
	const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm' });
	return gzipSync(code).length;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

type Scores = { performance: number; accessibility: number; bestPractices: number };

/** Lighthouse's default (mobile) preset: a mid-range phone on a throttled 4G connection. */
async function lighthouseScores(url: string): Promise<Scores> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { categories } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices')
		};
	} finally {
		chrome.kill();
	}
}

export const appSuite: BenchSuite = {
	name: 'app',
	async run() {
		const server = await serveBuild(PORT);
		try {
			const first = await pageScriptBytes(`${server.url}/`);
			const study = await pageScriptBytes(`${server.url}/study/session`);
			const storage = libraryBytes('node_modules/dexie/dist/dexie.mjs');
			const scheduler = libraryBytes('node_modules/ts-fsrs/dist/index.mjs');
			// A screen that reads progress needs the database and the scheduler on top of the shell.
			const studyBudget = FIRST_PAGE_BUDGET_KB + kb(storage) + kb(scheduler);
			const libraries = `dexie ${kb(storage)} KB + ts-fsrs ${kb(scheduler)} KB`;
			const runs: Scores[] = [];
			for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(`${server.url}/`));
			const pick = (key: keyof Scores) => median(runs.map((r) => r[key]));
			const rows: BenchRow[] = [
				{
					name: 'First page JS before first render (gzip)',
					value: kb(first.initial.bytes),
					unit: 'KB',
					budget: { limit: FIRST_PAGE_BUDGET_KB, direction: 'max' },
					note: `${first.initial.files} scripts named by the HTML`
				},
				{
					name: 'First page JS with its progress (gzip)',
					value: kb(first.all.bytes),
					unit: 'KB',
					budget: { limit: studyBudget, direction: 'max' },
					note: `${first.all.files} scripts; budget adds ${libraries}`
				},
				{
					name: 'Study screen JS (gzip)',
					value: kb(study.all.bytes),
					unit: 'KB',
					budget: { limit: studyBudget, direction: 'max' },
					note: `${study.all.files} scripts; budget adds ${libraries}`
				},
				{
					name: 'Lighthouse mobile: Performance',
					value: pick('performance'),
					unit: 'score',
					budget: { limit: 95, direction: 'min' },
					note: `median of ${LIGHTHOUSE_RUNS}`
				},
				{
					name: 'Lighthouse mobile: Accessibility',
					value: pick('accessibility'),
					unit: 'score',
					budget: { limit: 100, direction: 'min' }
				},
				{
					name: 'Lighthouse mobile: Best Practices',
					value: pick('bestPractices'),
					unit: 'score',
					budget: { limit: 100, direction: 'min' }
				}
			];
			return rows;
		} finally {
			server.stop();
		}
	}
};
