import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every top-level route of the app shell. */
export const ROUTES = [
	'/',
	'/library',
	'/import',
	'/study',
	'/teach',
	'/settings',
	'/stats'
] as const;

/**
 * Resolves once a service worker has finished precaching and controls the page: from then on
 * the app must work with the network gone.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** The page's level-one heading, which every route has. */
export function mainHeading(page: Page, name: string) {
	return page.getByRole('heading', { level: 1, name });
}

/**
 * Gives the app's origin a storage quota of one byte through the DevTools protocol, so every
 * IndexedDB write fails the way it does on a full disk (QuotaExceededError); reads still work.
 * Chromium's IndexedDB keeps granting space it already counted as free for up to 30 seconds
 * after its last quota check, so when the page wrote in that time, pass `afterWrites` to wait
 * until that allowance has run out.
 * @returns a function that lifts the limit again
 */
export async function limitStorage(
	page: Page,
	{ afterWrites = false } = {}
): Promise<() => Promise<void>> {
	const origin = new URL(page.url()).origin;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
	if (afterWrites) await page.waitForTimeout(31_000);
	return async () => {
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	};
}

/** Every row of one table of the app's database, read straight from IndexedDB. */
export function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('footnote');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result as T[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		table
	);
}

/** Limits new questions per day before the app starts, so a session stays short. */
export async function setNewPerDay(page: Page, newPerDay: number): Promise<void> {
	await page.addInitScript((n) => {
		localStorage.setItem('footnote:settings', JSON.stringify({ newPerDay: n }));
	}, newPerDay);
}

/** WCAG 2.1 A and AA violations on the page as it is now, as 'rule: targets' lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}
