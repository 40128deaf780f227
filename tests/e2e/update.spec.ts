/**
 * Proves the update flow a person sees: with version 1 open, version 2 is deployed; the page offers
 * "Update available" and waits. Accepting shows version 2; declining keeps version 1 working.
 * Version 1 is the build the other tests are served (a copy of it); version 2 is built into
 * .tmp/update (removed at the end). Both are served on a port of their own, the served folder
 * swapped as a deploy would.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { mainHeading, waitForServiceWorker } from './helpers.ts';

const ROOT = resolve('.tmp/update');
const SITE = resolve(ROOT, 'site');
/** The build the suite's server serves (playwright.config.ts builds it before any test). */
const SERVED_BUILD = resolve(process.env.FOOTNOTE_OUT ?? 'build');
const V1 = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const V2 = 'v2-test';

let server: ChildProcess;
let origin: string;

function buildVersion(version: string, label: string) {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, FOOTNOTE_OUT: resolve(ROOT, label), FOOTNOTE_VERSION: version },
		stdio: 'pipe'
	});
}

function deploy(label: string) {
	rmSync(SITE, { recursive: true, force: true });
	cpSync(resolve(ROOT, label), SITE, { recursive: true });
}

async function openVersion1(page: Page) {
	deploy('v1');
	await page.goto(`${origin}/settings`);
	await waitForServiceWorker(page);
	await expect(page.getByTestId('app-version')).toHaveText(`Version ${V1}`);
	deploy(V2);
	// A navigation makes the browser look for a new worker, as a person coming back to the app does.
	await page.reload();
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	rmSync(ROOT, { recursive: true, force: true });
	// Building is the costliest thing the suite does, and the other tests run meanwhile: the
	// served build is the first version already, so only the second is built here.
	if (!existsSync(resolve(SERVED_BUILD, '200.html'))) buildVersion(V1, 'v1');
	else cpSync(SERVED_BUILD, resolve(ROOT, 'v1'), { recursive: true });
	buildVersion(V2, V2);
	deploy('v1');
	// Port 0: any free port, so runs side by side on one machine do not collide.
	server = spawn('node', ['scripts/serve.js', SITE, '--port', '0'], {
		env: { ...process.env, FOOTNOTE_SERVE_LIVE: '1' },
		stdio: 'pipe'
	});
	origin = await new Promise<string>((ready, fail) => {
		server.stdout?.on('data', (chunk: Buffer) => {
			const url = /served at (http:\/\/\S+)/.exec(chunk.toString())?.[1];
			if (url) ready(url);
		});
		server.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
	});
});

test.afterAll(() => {
	server?.kill();
	rmSync(ROOT, { recursive: true, force: true });
});

test('accepting the update shows the new version', async ({ page }) => {
	await openVersion1(page);
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('Update available');
	// Nothing happens until the person chooses.
	await page.waitForTimeout(1000);
	await expect(page.getByTestId('app-version')).toHaveText(`Version ${V1}`);

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByTestId('app-version')).toHaveText(`Version ${V2}`);
	await expect(prompt).toHaveCount(0);
});

test('declining the update keeps the current version working', async ({ page }) => {
	await openVersion1(page);
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('Update available');
	await prompt.getByRole('button', { name: 'Later' }).click();
	await expect(prompt).toHaveCount(0);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Library' })
		.click();
	await expect(mainHeading(page, 'Library')).toBeVisible();
	await expect(page.getByRole('article').first()).toBeVisible();
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByTestId('app-version')).toHaveText(`Version ${V1}`);
});
