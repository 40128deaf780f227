// Importing a document on the device: how long a 1 MB document takes to become questions in the
// Web Worker, and the longest the main thread is busy meanwhile (the page must stay responsive).
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium.ts';
import { megabyteOfText } from '../../tests/fixtures/megabyte.ts';
import { median, serveBuild } from '../server.ts';
import type { BenchRow, BenchSuite } from '../types.ts';

const PORT = 4191;
const RUNS = 3;

interface Run {
	ms: number;
	longestTaskMs: number;
	questions: number;
}

async function generateOnce(url: string, text: string): Promise<Run> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`${url}/import`);
		await page.getByLabel('Paste the text').evaluate((area, value) => {
			(area as unknown as { value: string }).value = value;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		}, text);
		await page.getByLabel('Title', { exact: true }).fill('A long read');
		await page.evaluate(() => {
			const tasks: number[] = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
				// This runs in the page; the scripts are typed with Node's performance entries, which
				// have no 'longtask'.
			}).observe({ type: 'longtask' } as unknown as Parameters<
				InstanceType<typeof PerformanceObserver>['observe']
			>[0]);
			Object.assign(globalThis, { longTasks: tasks });
		});
		const started = performance.now();
		await page.getByRole('button', { name: 'Make questions' }).click();
		await page.getByRole('heading', { name: 'Review the questions' }).waitFor({ timeout: 300_000 });
		const ms = performance.now() - started;
		const made = await page.getByText(/questions? (was|were) made from/).textContent();
		const longestTaskMs = await page.evaluate(() =>
			Math.max(0, ...(globalThis as unknown as { longTasks: number[] }).longTasks)
		);
		return { ms, longestTaskMs, questions: Number(made?.match(/\d+/)?.[0]) };
	} finally {
		await browser.close();
	}
}

export const importSuite: BenchSuite = {
	name: 'import',
	async run() {
		const server = await serveBuild(PORT);
		try {
			const text = megabyteOfText();
			const runs: Run[] = [];
			// A fresh browser each time: every run loads the language model, as a first import does.
			for (let i = 0; i < RUNS; i++) runs.push(await generateOnce(server.url, text));
			const rows: BenchRow[] = [
				{
					name: '1 MB document to questions in the worker, model included (median)',
					value: Math.round(median(runs.map((r) => r.ms))),
					unit: 'ms',
					budget: { limit: 20_000, direction: 'max' },
					note: `${(text.length / 1048576).toFixed(2)} MB, ${runs[0]?.questions} questions, median of ${RUNS}`
				},
				{
					name: 'Longest main-thread task meanwhile (median)',
					value: Math.round(median(runs.map((r) => r.longestTaskMs))),
					unit: 'ms',
					budget: { limit: 200, direction: 'max' },
					note: 'long tasks observed from Make questions to the review'
				}
			];
			return rows;
		} finally {
			server.stop();
		}
	}
};
