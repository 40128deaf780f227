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

/**
 * Answers `ratings.length` date questions in a counted practice session by multiple choice (the
 * first option, right or wrong), giving each the rating listed, so progress is saved as a
 * learner would make it: one log entry per question. Questions the schedule brings back later in
 * the session are left unanswered. Returns the prompts as shown, in the order answered.
 */
export async function answerQuestions(
	page: Page,
	ratings: readonly ('Again' | 'Hard' | 'Good' | 'Easy')[]
): Promise<string[]> {
	await page.goto(
		`/study/session?practice=1&mode=choice&count=${ratings.length}&counted=1&kinds=date`
	);
	const prompts: string[] = [];
	for (const [i, rating] of ratings.entries()) {
		await page.getByText(new RegExp(`Question ${i + 1} of \\d+`)).waitFor();
		const card = page.getByRole('article', { name: 'Question' });
		prompts.push(await card.getByRole('heading', { level: 2 }).innerText());
		await card.getByRole('list', { name: 'Options' }).getByRole('button').first().click();
		await page
			.getByRole('group', { name: 'How well did you know it?' })
			.getByRole('button', { name: new RegExp(`^${rating},`) })
			.click();
	}
	// The last rating is saved once the session moves on.
	await page
		.getByText(new RegExp(`Question ${ratings.length + 1} of \\d+`))
		.or(page.getByRole('heading', { name: 'Session complete' }))
		.waitFor();
	return prompts;
}
