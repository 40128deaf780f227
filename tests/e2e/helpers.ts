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
