/**
 * Proves the update flow a person sees: with version 1 open, version 2 is deployed; the page offers
 * "Update available" and waits. Accepting shows version 2; declining keeps version 1 working.
 * Builds both versions into .tmp/update (removed at the end) and serves them on their own port,
 * swapping the served folder as a deploy would.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { mainHeading, waitForServiceWorker } from './helpers.ts';

const ROOT = resolve('.tmp/update');
const SITE = resolve(ROOT, 'site');
const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;

let server: ChildProcess;

function buildVersion(label: string) {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, FOOTNOTE_OUT: resolve(ROOT, label), FOOTNOTE_VERSION: label },
		stdio: 'pipe'
	});
}

function deploy(label: string) {
	rmSync(SITE, { recursive: true, force: true });
	cpSync(resolve(ROOT, label), SITE, { recursive: true });
}

async function openVersion1(page: Page) {
	deploy('v1-test');
	await page.goto(`${ORIGIN}/settings`);
	await waitForServiceWorker(page);
	await expect(page.getByTestId('app-version')).toHaveText('Version v1-test');
	deploy('v2-test');
	// A navigation makes the browser look for a new worker, as a person coming back to the app does.
	await page.reload();
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	rmSync(ROOT, { recursive: true, force: true });
	buildVersion('v1-test');
	buildVersion('v2-test');
	deploy('v1-test');
	server = spawn('node', ['scripts/serve.js', SITE], {
		env: { ...process.env, PORT: String(PORT), FOOTNOTE_SERVE_LIVE: '1' },
		stdio: 'pipe'
	});
	await new Promise<void>((ready, fail) => {
		server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('served at') && ready());
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
	await expect(page.getByTestId('app-version')).toHaveText('Version v1-test');

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByTestId('app-version')).toHaveText('Version v2-test');
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
	await expect(page.getByTestId('app-version')).toHaveText('Version v1-test');
});
