// `npm run screenshots`: photographs every route of the built app at phone size (390x844) and at
// desktop size, in both themes, into .tmp/screenshots, and composes docs/screenshot.png for the
// README. Serve the app first (`npm start`).
import { chromium, type BrowserContext } from 'playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';

const ROUTES = ['/', '/library', '/study', '/teach', '/settings'];
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const OUT = resolve('.tmp/screenshots');

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
type Size = keyof typeof SIZES;
type Scheme = 'light' | 'dark';
const contexts = new Map<string, BrowserContext>();

/** One context per size and theme, already past the first visit's "Ready to work offline". */
async function contextFor(size: Size, colorScheme: Scheme) {
	const key = `${size}-${colorScheme}`;
	let context = contexts.get(key);
	if (!context) {
		context = await browser.newContext({ viewport: SIZES[size], colorScheme });
		const page = await context.newPage();
		await page.goto(APP_URL);
		await page.getByTestId('offline-ready').waitFor();
		await page.getByTestId('offline-ready').waitFor({ state: 'detached', timeout: 10_000 });
		await page.close();
		contexts.set(key, context);
	}
	return context;
}

async function shot(route: string, size: Size, colorScheme: Scheme) {
	const page = await (await contextFor(size, colorScheme)).newPage();
	page.on('pageerror', (error) => console.error(`[screenshots] ${route}: ${error.message}`));
	await page.goto(`${APP_URL}${route}`, { waitUntil: 'networkidle' });
	const name = `${route === '/' ? 'today' : route.slice(1).replaceAll('/', '-')}-${size}-${colorScheme}.png`;
	await page.screenshot({ path: resolve(OUT, name) });
	await page.close();
	return resolve(OUT, name);
}

for (const route of ROUTES) {
	for (const size of ['phone', 'desktop'] as const) {
		for (const scheme of ['light', 'dark'] as const) await shot(route, size, scheme);
	}
}

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

// The README's picture: the library on a phone beside the same page on a desktop.
const phone = await shot('/library', 'phone', 'light');
const desktop = await shot('/library', 'desktop', 'dark');
const page = await browser.newPage({ viewport: { width: 1720, height: 860 } });
await page.setContent(`<body style="margin:0;background:#d9d4c7;display:flex;gap:24px;padding:8px 24px;align-items:center">
	<img src="${dataUrl(phone)}" style="height:844px;border-radius:18px;box-shadow:0 4px 16px #0004">
	<img src="${dataUrl(desktop)}" style="width:1260px;border-radius:10px;box-shadow:0 4px 16px #0004"></body>`);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log(`[screenshots] ${ROUTES.length * 4} pages in ${OUT}; docs/screenshot.png`);
