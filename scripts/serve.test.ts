// The static server against a tiny stand-in for a build, run as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readRange } from './byte-range.js';

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-page'";
const SHELL = `<!doctype html><meta http-equiv="content-security-policy" content="${PAGE_POLICY}"><title>Shell</title>`;

let dir: string;
let server: ChildProcess;
let base: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'footnote-serve-'));
	writeFileSync(join(dir, '200.html'), SHELL);
	writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Footnote"}');
	mkdirSync(join(dir, '_app'));
	writeFileSync(join(dir, '_app', 'start.js'), 'export const started = true;\n');
	server = spawn(process.execPath, ['scripts/serve.js', dir, '--port', '0'], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	base = await new Promise<string>((resolve, reject) => {
		server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
		server.stdout!.on('data', (chunk: Buffer) => {
			const url = /http:\/\/\S+/.exec(String(chunk))?.[0];
			if (url) resolve(url);
		});
	});
});

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
	return fetch(base + path, { headers });
}

describe('ranges', () => {
	test.each([
		['ends before it starts', 'bytes=5-2'],
		['starts past 2^64', 'bytes=18446744073709551617-'],
		['ends past 2^64', 'bytes=0-18446744073709551617'],
		['has no numbers', 'bytes=-'],
		['is not a range', 'bytes=five-six']
	])('a range that %s is answered 416, and the server keeps serving', async (_what, range) => {
		const response = await get('/_app/start.js', { Range: range });
		expect(response.status).toBe(416);
		await response.arrayBuffer();
		expect(server.exitCode).toBeNull();
		expect((await get('/_app/start.js')).status).toBe(200);
	});

	test('a good range is served, and one the server cannot read gets the whole file', async () => {
		const part = await get('/_app/start.js', { Range: 'bytes=7-11' });
		expect(part.status).toBe(206);
		expect(await part.text()).toBe('const');
		for (const range of ['bytes=0-1,4-5', 'items=0-4', 'bytes=-5']) {
			const whole = await get('/_app/start.js', { Range: range });
			expect(whole.status).toBe(200);
			expect(await whole.text()).toBe('export const started = true;\n');
		}
	});

	test('readRange spells a range the way sirv reads it', () => {
		expect(readRange(undefined)).toEqual({ kind: 'whole' });
		expect(readRange('Bytes= 2 - 9')).toEqual({ kind: 'range', header: 'bytes=2-9' });
		expect(readRange('bytes=3-')).toEqual({ kind: 'range', header: 'bytes=3-' });
		expect(readRange('bytes=9007199254740993-')).toEqual({ kind: 'refuse' });
	});
});

describe('headers', () => {
	test('a page path with a dot in its last part gets the page policy, not the file policy', async () => {
		for (const path of ["/read/l'histoire.v2", '/read/histoire', '/a']) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(await response.text()).toBe(SHELL);
			expect(response.headers.get('content-security-policy'), path).toMatch(
				new RegExp(`^${PAGE_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; `)
			);
		}
		const file = await get('/manifest.webmanifest');
		expect(file.headers.get('content-security-policy')).not.toContain('sha256-page');
		expect(file.headers.get('content-security-policy')).toContain("default-src 'self'");
	});

	test('every answer forbids sniffing its type and sends no referrer', async () => {
		for (const [path, headers] of [
			['/', {}],
			['/_app/start.js', {}],
			['/missing.js', {}],
			['/_app/start.js', { Range: 'bytes=5-2' }]
		] as const) {
			const response = await get(path, headers);
			await response.arrayBuffer();
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
		}
	});
});
