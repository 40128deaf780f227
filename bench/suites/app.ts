import { chromium } from 'playwright';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium.ts';
import { median, serveBuild } from '../server.ts';
import type { BenchRow, BenchSuite } from '../types.ts';

const PORT = 4190;
const LIGHTHOUSE_RUNS = 3;

/** Gzipped size of every script the first page loads, the lazily loaded ones included. */
async function firstPageScriptBytes(url: string): Promise<{ bytes: number; files: number }> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		const bodies: Promise<Buffer>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') bodies.push(response.body());
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		const scripts = await Promise.all(bodies);
		return {
			bytes: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
			files: scripts.length
		};
	} finally {
		await browser.close();
	}
}

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
			const js = await firstPageScriptBytes(`${server.url}/`);
			const runs: Scores[] = [];
			for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(`${server.url}/`));
			const pick = (key: keyof Scores) => median(runs.map((r) => r[key]));
			const rows: BenchRow[] = [
				{
					name: 'First page JS (gzip)',
					value: Math.round(js.bytes / 102.4) / 10,
					unit: 'KB',
					budget: { limit: 60, direction: 'max' },
					note: `${js.files} scripts`
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
