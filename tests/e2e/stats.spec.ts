/**
 * The stats screen draws what the study database holds: days of answers and cards are written
 * straight into IndexedDB, and the charts, their tables and the summary must show those numbers.
 * The clock is fixed at Thursday 29 December 2022, 12:30 in London, so every date is known. A
 * fresh browser context shows the empty state. Each test has its own context: nothing is left.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mainHeading } from './helpers.ts';

const NOW = new Date('2022-12-29T12:30:00Z');

test.use({ timezoneId: 'Europe/London' });

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(NOW);
});

type Tallies = Record<string, [answered: number, correct: number]>;

/** A day record as the app writes it: totals that add up from the kinds. */
function dayOf(day: string, kinds: Tallies, recall: [number, number] = [0, 0]) {
	const byKind: Record<string, { answered: number; correct: number }> = {};
	let answered = 0;
	let correct = 0;
	for (const [kind, [a, c]] of Object.entries(kinds)) {
		byKind[kind] = { answered: a, correct: c };
		answered += a;
		correct += c;
	}
	return {
		day,
		answered,
		correct,
		introduced: 0,
		byKind,
		recall: { answered: recall[0], correct: recall[1] }
	};
}

const DAYS = [
	dayOf('2021-06-01', { cause: [10, 10] }),
	dayOf('2022-10-03', { number: [8, 4] }),
	dayOf('2022-12-20', { place: [20, 18] }, [20, 18]),
	dayOf('2022-12-28', { actor: [5, 2] }, [4, 2]),
	dayOf('2022-12-29', { date: [6, 5], term: [4, 3] }, [6, 5])
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** A card due `days` from now (overdue when negative). */
function cardDue(id: string, days: number, retired: 0 | 1 = 0) {
	return {
		id,
		documentId: 'doc',
		kind: 'date',
		due: NOW.getTime() + days * DAY_MS,
		stability: 5,
		difficulty: 5,
		scheduledDays: 1,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: 'review',
		lastReview: NOW.getTime() - DAY_MS,
		retired
	};
}

const CARDS = [
	cardDue('overdue', -1),
	cardDue('today', 0.1),
	cardDue('tomorrow-1', 1),
	cardDue('tomorrow-2', 1),
	cardDue('tomorrow-3', 1),
	cardDue('later', 10),
	cardDue('retired', 1, 1),
	cardDue('beyond', 40)
];

/** Writes days and cards with the raw IndexedDB API into the database the app has created. */
async function seed(page: Page) {
	await page.evaluate(
		async ({ days, cards }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('footnote');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction(['days', 'cards'], 'readwrite');
			for (const day of days) tx.objectStore('days').put(day);
			for (const card of cards) tx.objectStore('cards').put(card);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ days: DAYS, cards: CARDS }
	);
}

/** Visits the page once (so the app creates its database), seeds it and reloads. */
async function openSeeded(page: Page) {
	await page.goto('/stats');
	await expect(page.getByText('No reviews yet')).toBeVisible();
	await seed(page);
	await page.reload();
	await expect(mainHeading(page, 'Stats')).toBeVisible();
	await expect(page.getByTestId('stats-summary')).toBeVisible();
}

/** The card with a level-two heading `name`. */
function card(page: Page, name: string) {
	return page.getByRole('region', { name });
}

/** Opens a card's table and returns its body rows' text, cell by cell. */
async function tableOf(page: Page, name: string) {
	const section = card(page, name);
	await section.getByText('Show as table').click();
	const rows = section.getByRole('table').locator('tbody tr');
	return rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()))
	);
}

test('with every table open, nothing reaches past a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await openSeeded(page);
	for (const summary of await page.getByText('Show as table').all()) await summary.click();
	await expect(page.getByRole('table')).toHaveCount(4);
	const past = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
			.map((el) => `${el.tagName} ${el.textContent?.slice(0, 30)}`)
	);
	expect(past).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the charts and open tables have no WCAG 2.1 AA violations in the ${colorScheme} theme`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await openSeeded(page);
		for (const summary of await page.getByText('Show as table').all()) await summary.click();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});
}

test('a fresh device shows the empty state, not charts', async ({ page }) => {
	await page.goto('/stats');
	await expect(mainHeading(page, 'Stats')).toBeVisible();
	await expect(page).toHaveTitle('Stats · Footnote');
	await expect(
		page.getByText('No reviews yet: answer a few questions and your progress will show here.')
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start studying' })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a database that cannot be opened is reported in place, not as an endless wait', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The storage is unavailable', 'UnknownError');
		};
	});
	await page.goto('/stats');
	await expect(page.getByRole('alert')).toContainText('Your stats could not be read');
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('the summary counts the streak, the last 30 days and measured retention', async ({ page }) => {
	await openSeeded(page);
	await expect(page.getByTestId('stats-summary').getByRole('listitem')).toHaveText([
		'2 days in a row',
		'35 answers in the last 30 days',
		'83% measured retention (aim 90%)'
	]);
	await expect(page.getByRole('img')).toHaveCount(4);
});

test('the review calendar shades each day by its answers and lists them', async ({ page }) => {
	await openSeeded(page);
	const heatmap = page.getByTestId('heatmap');
	// A desktop-wide card holds a year: 3 January 2022 to today, so June 2021 is out of view.
	await expect(heatmap).toHaveAttribute(
		'aria-label',
		'Review calendar, 53 weeks to Thu 29 Dec 2022: 43 answers on 4 days, the most on Tue 20 Dec 2022 (20).'
	);
	await expect(heatmap.locator('[data-day="2022-01-03"]')).toHaveCount(1);
	await expect(heatmap.locator('[data-day="2022-12-30"]')).toHaveCount(0);
	const levels = { '2022-12-20': 4, '2022-12-29': 2, '2022-10-03': 2, '2022-12-28': 1 };
	for (const [day, level] of Object.entries(levels)) {
		await expect(heatmap.locator(`[data-day="${day}"]`)).toHaveAttribute(
			'data-level',
			String(level)
		);
	}
	await expect(heatmap.locator('[data-level="0"]')).toHaveCount(52 * 7 + 4 - 4);
	await expect(heatmap.locator('[data-day="2022-12-28"] title')).toHaveText(
		'Wed 28 Dec 2022: 5 answers, 2 right'
	);
	expect(await tableOf(page, 'Review calendar')).toEqual([
		['Mon 3 Oct 2022', '8', '4'],
		['Tue 20 Dec 2022', '20', '18'],
		['Wed 28 Dec 2022', '5', '2'],
		['Thu 29 Dec 2022', '10', '8']
	]);
});

test('the due forecast counts overdue cards for today and leaves out retired ones', async ({
	page
}) => {
	await openSeeded(page);
	const forecast = card(page, 'Due in the next 30 days');
	await expect(forecast.getByTestId('forecast-total')).toHaveText('6 cards');
	const chart = page.getByTestId('forecast');
	await expect(chart.locator('rect.bar')).toHaveCount(3);
	await expect(chart.locator('[data-day="2022-12-29"]')).toHaveAttribute('data-due', '2');
	await expect(chart.locator('[data-day="2022-12-30"]')).toHaveAttribute('data-due', '3');
	await expect(chart.locator('[data-day="2023-01-08"]')).toHaveAttribute('data-due', '1');
	await expect(chart).toHaveAttribute('aria-label', /6 cards in all, 2 today/);
	for (const label of ['Today', '+7', '+14', '+21', '+28']) {
		await expect(chart.getByText(label, { exact: true })).toBeVisible();
	}
	const rows = await tableOf(page, 'Due in the next 30 days');
	expect(rows).toHaveLength(30);
	expect(rows.slice(0, 2)).toEqual([
		['Today', '2'],
		['Fri 30 Dec 2022', '3']
	]);
	await expect(forecast.getByRole('table').locator('tfoot')).toContainText('6');
});

test('accuracy by kind switches between the last 30 days and all time', async ({ page }) => {
	await openSeeded(page);
	const accuracy = card(page, 'Accuracy by kind');
	const chart = page.getByTestId('accuracy');
	const recent = accuracy.getByRole('button', { name: 'Last 30 days' });
	const all = accuracy.getByRole('button', { name: 'All time' });
	await expect(recent).toHaveAttribute('aria-pressed', 'true');
	await expect(chart.locator('[data-kind="place"]')).toHaveText('90%18/20');
	await expect(chart.locator('[data-kind="actor"]')).toHaveText('40%2/5');
	await expect(chart.locator('[data-kind="cause"]')).toHaveText('none yet');
	await expect(accuracy.getByText('80% right overall (28 of 35)')).toBeVisible();

	// The toggle works from the keyboard.
	await all.focus();
	await page.keyboard.press('Enter');
	await expect(all).toHaveAttribute('aria-pressed', 'true');
	await expect(recent).toHaveAttribute('aria-pressed', 'false');
	await expect(chart.locator('[data-kind="cause"]')).toHaveText('100%10/10');
	await expect(chart.locator('[data-kind="number"]')).toHaveText('50%4/8');
	await expect(chart).toHaveAttribute('aria-label', /all time: Dates 83%, Actors 40%, Causes 100%/);

	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Space');
	await expect(recent).toHaveAttribute('aria-pressed', 'true');
	await expect(all).toHaveAttribute('aria-pressed', 'false');

	expect(await tableOf(page, 'Accuracy by kind')).toEqual([
		['Dates', '5 of 6', '83%'],
		['Actors', '2 of 5', '40%'],
		['Causes', 'none', '–'],
		['Numbers', 'none', '–'],
		['Places', '18 of 20', '90%'],
		['Terms', '3 of 4', '75%']
	]);
});

test('measured retention is drawn per week against the aim', async ({ page }) => {
	await openSeeded(page);
	const retention = card(page, 'Measured retention');
	await expect(retention.getByTestId('retention-overall')).toHaveText('83%');
	const chart = page.getByTestId('retention');
	await expect(chart.locator('circle.point')).toHaveCount(2);
	await expect(chart.locator('[data-week="2022-12-19"] title')).toHaveText(
		'Week of 19 Dec: 90%, 18 of 20 right'
	);
	await expect(chart.locator('.target-label')).toHaveText(/^Aim\s*90%$/);
	const rows = await tableOf(page, 'Measured retention');
	expect(rows).toHaveLength(12);
	expect(rows.slice(-2)).toEqual([
		['19 Dec', '18 of 20', '90%'],
		['26 Dec', '7 of 10', '70%']
	]);
	expect(rows[0]).toEqual(['10 Oct', 'none', '–']);
});
