// The study database at the size of a heavy learner's history: 100,000 cards and 1,000,000
// review-log entries in IndexedDB, in headless Chromium: the Today queue, recording an answer and
// exporting the whole log. The page built from bench/study-db runs the app's own src/lib/db and
// times it with performance.now(); this side builds, serves and drives it.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import sirv from 'sirv';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium.ts';
import { median } from '../server.ts';
import type { StudyDbBench } from '../study-db/entry.ts';
import type { SeedOptions } from '../study-db/seed.ts';
import type { BenchRow, BenchSuite } from '../types.ts';

const OUT_DIR = resolve('.tmp/bench-db');
const DB_NAME = 'footnote-bench';
const QUEUE_RUNS = 30;
const RECORD_RUNS = 100;
const WARM_UP = 5;
const EXPORT_BUDGET_S = 60;

function seedOptions(): SeedOptions {
	return {
		documents: 100,
		questionsPerDocument: 1000,
		reviews: 1_000_000,
		unmetDocuments: 3,
		unmetPerDocument: 100,
		now: Date.now(),
		historyDays: 730
	};
}

async function buildPage(): Promise<void> {
	await build({
		configFile: false,
		root: resolve('bench/study-db'),
		logLevel: 'warn',
		resolve: { alias: { $core: resolve('src/lib/core') } },
		build: { outDir: OUT_DIR, emptyOutDir: true }
	});
}

/** Serves the built page on a free localhost port. */
async function serve(): Promise<{ url: string; server: Server }> {
	const server = createServer(sirv(OUT_DIR, { dev: true }));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** A browser on a profile that outlives it, so the database survives a restart. */
async function openBrowser(
	profile: string,
	url: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		headless: true
	});
	const page = context.pages()[0] ?? (await context.newPage());
	page.on('console', (message) => console.log(`  ${message.text()}`));
	page.on('pageerror', (error) => console.error(error));
	await page.goto(url);
	await page.waitForFunction(() => 'studyDbBench' in globalThis);
	return { context, page };
}

/** Calls one of the page's bench functions; arguments and results cross as JSON-like values. */
function call<K extends keyof StudyDbBench>(
	page: Page,
	method: K,
	...args: Parameters<StudyDbBench[K]>
): Promise<Awaited<ReturnType<StudyDbBench[K]>>> {
	return page.evaluate(
		({ method, args }) => {
			const { studyDbBench } = globalThis as unknown as {
				studyDbBench: Record<string, (...values: unknown[]) => Promise<unknown>>;
			};
			return studyDbBench[method]!(...args);
		},
		{ method, args: args as unknown[] }
	) as Promise<Awaited<ReturnType<StudyDbBench[K]>>>;
}

function ms(value: number): number {
	return Math.round(value * 10) / 10;
}

function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function run(): Promise<BenchRow[]> {
	console.log('[study-db] building the page');
	await buildPage();
	const { url, server } = await serve();
	const profile = await mkdtemp(join(tmpdir(), 'footnote-bench-db-'));
	const options = seedOptions();
	let browser = await openBrowser(profile, url);
	try {
		const seeded = await call(browser.page, 'seed', DB_NAME, options);
		console.log(`[study-db] seeded in ${Math.round(seeded.ms / 1000)} s`);
		// A new browser process, so the first queue is read as after launching the app.
		await browser.context.close();
		browser = await openBrowser(profile, url);
		const { page } = browser;
		try {
			await call(page, 'open', DB_NAME, options);
			const queue = await call(page, 'measureQueue', QUEUE_RUNS, WARM_UP);
			const record = await call(page, 'measureRecord', RECORD_RUNS, WARM_UP);
			const exported = await call(page, 'measureExport');
			if (exported.rows !== exported.logged) {
				throw new Error(`the export wrote ${exported.rows} of ${exported.logged} reviews`);
			}
			// Other work on the machine shows in every figure; the load says how much to trust them.
			const load = loadavg().map((l) => l.toFixed(1));
			console.log(`[study-db] load average ${load.join(' ')}`);
			return [
				{
					name: 'Today queue (100k cards, 1M reviews)',
					value: ms(median(queue.runs)),
					unit: 'ms',
					budget: { limit: 50, direction: 'max' },
					note:
						`median of ${QUEUE_RUNS}, min ${ms(Math.min(...queue.runs))}; ` +
						`${queue.due} due cards listed (dueCount ` +
						`${queue.dueCount} of ${seeded.dueNow}), ${queue.fresh} new`
				},
				{
					name: 'Record an answer',
					value: ms(median(record.runs)),
					unit: 'ms',
					budget: { limit: 10, direction: 'max' },
					note: `median of ${RECORD_RUNS}; p95 ${ms(percentile(record.runs, 0.95))} ms`
				},
				{
					name: 'Export the review log as CSV (1M reviews)',
					value: Math.round(exported.ms / 100) / 10,
					unit: 's',
					budget: { limit: EXPORT_BUDGET_S, direction: 'max' },
					note: `${exported.rows} rows, ${Math.round(exported.bytes / 1_048_576)} MB, as Settings makes it`
				},
				{
					name: 'Today queue, first call',
					value: ms(queue.first),
					unit: 'ms',
					note: `after a browser restart; opening took ${ms(queue.openMs)} ms`
				},
				{
					name: 'Seeding',
					value: Math.round(seeded.ms / 100) / 10,
					unit: 's',
					note:
						`${seeded.cards} cards (${seeded.retired} retired, ${seeded.dueNow} due), ` +
						`${seeded.reviews} reviews, ${seeded.days} days`
				}
			];
		} finally {
			await call(page, 'drop').catch((error: unknown) => console.error(error));
		}
	} finally {
		await browser.context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

export const studyDbSuite: BenchSuite = { name: 'study-db', run };
