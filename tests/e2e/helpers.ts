import type { Page } from '@playwright/test';

/** Every top-level route of the app shell. */
export const ROUTES = ['/', '/library', '/study', '/teach', '/settings', '/stats'] as const;

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
