/**
 * Every route of the app runs under its Content-Security-Policy without a single violation: each is
 * opened as a fresh document (dynamic ones with real parameters, reached through the UI) and used a
 * little, and the policy is in the page's <meta> tag and in the server's header. The policy also
 * bites: an injected inline script, inline handler or style attribute, and eval, are all refused.
 * The installed app serves the same policy offline. Each test has its own browser context.
 *
 * The list of routes comes from src/routes, so a new route fails here until it has a case below.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOUNCER_STYLE } from '../../scripts/content-security-policy.js';
import { mainHeading, waitForServiceWorker } from './helpers.ts';

const bank = JSON.parse(readFileSync('questions/banks/end-of-the-war-in-iraq.json', 'utf8')) as {
	document: { id: string; title: string };
};

/** Route ids (as SvelteKit writes them) of every folder under src/routes that holds a page. */
function routeIds(dir = 'src/routes', id = ''): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const ids = entries.some((entry) => entry.isFile() && /^\+page\.(svelte|ts|js)$/.test(entry.name))
		? [id || '/']
		: [];
	for (const entry of entries) {
		if (!entry.isDirectory()) continue;
		// Groups like (app) do not appear in URLs.
		const segment = /^\(.+\)$/.test(entry.name) ? '' : `/${entry.name}`;
		ids.push(...routeIds(join(dir, entry.name), id + segment));
	}
	return ids;
}

const CSP_TEXT = /content security policy/i;

/** Reports every violation and CSP console error of every document the page loads. */
async function watchPolicy(page: Page) {
	const violations: string[] = [];
	const consoleErrors: string[] = [];
	// A binding, not a window variable, so violations during a navigation away are not lost.
	await page.exposeBinding('reportCspViolation', (_source, violation: string) => {
		violations.push(violation);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation(v: string): void })
				.reportCspViolation;
			report(
				`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} ` +
					`(${event.sourceFile}:${event.lineNumber} ${event.sample})`
			);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error' && CSP_TEXT.test(message.text())) {
			consoleErrors.push(message.text());
		}
	});
	page.on('pageerror', (error) => {
		if (CSP_TEXT.test(error.message)) consoleErrors.push(error.message);
	});
	return { violations, consoleErrors };
}

/** The policy of the document on screen, from its <meta> tag. */
async function metaPolicy(page: Page): Promise<string | null> {
	return page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content', { timeout: 1000 })
		.catch(() => null);
}

/** The sources one directive of a policy lists. */
function sources(policy: string, directive: string): string[] | undefined {
	const found = policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return found?.slice(1);
}

/**
 * Checks that the document on screen has a strict policy: no inline scripts but its own hashed
 * start-up script, no eval, and, for a document fresh from the network or the service worker, the
 * same policy in the header, plus what only a header can say.
 */
async function expectStrictPolicy(page: Page, document: Response | null) {
	const policy = await metaPolicy(page);
	expect(policy, `no policy <meta> on ${page.url()}`).toBeTruthy();
	const scripts = sources(policy!, 'script-src');
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(scripts?.some((source) => source.startsWith("'sha256-"))).toBe(true);
	expect(sources(policy!, 'style-src')).not.toContain("'unsafe-inline'");
	expect(sources(policy!, 'style-src-attr')).not.toContain("'unsafe-inline'");
	expect(sources(policy!, 'object-src')).toEqual(["'none'"]);
	if (document) {
		expect(document.headers()['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
	}
}

interface Flow {
	assignmentLink?: string;
	assignmentId?: string;
	receiptLink?: string;
}

/** Answers whatever the question on screen asks and waits for the verdict. */
async function answerQuestion(page: Page) {
	const card = page.getByRole('article', { name: 'Question' });
	const options = card.getByRole('list', { name: 'Options' });
	const typed = card.getByLabel('Your answer');
	const reveal = card.getByRole('button', { name: 'Show answer' });
	await expect(options.or(typed).or(reveal)).toBeVisible();
	if (await reveal.isVisible()) {
		await reveal.click();
		await page.getByRole('button', { name: /^Good/ }).click();
		return;
	}
	if (await options.isVisible()) {
		await options.getByRole('button').first().click();
	} else {
		await typed.fill('1999');
		await typed.press('Enter');
	}
	await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
}

interface Case {
	route: string;
	/** Opens the route as the user gets there, uses it a little, and returns the document load. */
	open(page: Page, flow: Flow): Promise<Response | null>;
}

/** One case per route, in an order where each can build on what the ones before made. */
const CASES: Case[] = [
	{
		route: '/',
		async open(page) {
			const document = await page.goto('/');
			await expect(mainHeading(page, 'Today')).toBeVisible();
			// Precaching includes the question generator's language model (about 1 MB compressed).
			await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 30_000 });
			await expect(page.getByTestId('new-count')).toHaveText(/\d+/);
			return document;
		}
	},
	{
		route: '/study/session',
		async open(page) {
			// Started from Today, as a learner does, then reloaded: a fresh document of its own.
			await page.goto('/');
			await page.getByRole('link', { name: 'Start review' }).click();
			await expect(mainHeading(page, 'Review')).toBeVisible();
			await answerQuestion(page);
			const document = await page.reload();
			// It resumes on the answered question, with its verdict.
			await expect(page.getByRole('article', { name: 'Question' })).toBeVisible();
			await page.getByRole('button', { name: 'Continue' }).click();
			await answerQuestion(page);
			return document;
		}
	},
	{
		route: '/study',
		async open(page) {
			const document = await page.goto('/study');
			await expect(mainHeading(page, 'Study')).toBeVisible();
			return document;
		}
	},
	{
		route: '/import',
		async open(page) {
			// The questions are made in a module worker, which runs under the policy too.
			const document = await page.goto('/import');
			await expect(mainHeading(page, 'Import a document')).toBeVisible();
			await page
				.getByLabel('Paste the text')
				.fill(readFileSync('tests/fixtures/other-topics/suez-canal.txt', 'utf8'));
			await page.getByLabel('Title', { exact: true }).fill('The Suez Canal');
			await page.getByRole('button', { name: 'Make questions' }).click();
			await page.getByRole('button', { name: /^Save \d+ questions$/ }).click();
			await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
			return document;
		}
	},
	{
		route: '/library',
		async open(page) {
			const document = await page.goto('/library');
			await expect(mainHeading(page, 'Library')).toBeVisible();
			await expect(page.getByRole('article').first()).toBeVisible();
			return document;
		}
	},
	{
		route: '/read/[document]',
		async open(page) {
			const document = await page.goto(`/read/${bank.document.id}`);
			await expect(mainHeading(page, bank.document.title)).toBeVisible();
			return document;
		}
	},
	{
		route: '/stats',
		async open(page) {
			// After an answer, so the charts have something to draw.
			const document = await page.goto('/stats');
			await expect(mainHeading(page, 'Stats')).toBeVisible();
			await expect(page.locator('svg[role="img"]').first()).toBeVisible();
			return document;
		}
	},
	{
		route: '/settings',
		async open(page) {
			const document = await page.goto('/settings');
			await expect(mainHeading(page, 'Settings')).toBeVisible();
			return document;
		}
	},
	{
		route: '/teach',
		async open(page, flow) {
			const document = await page.goto('/teach');
			await expect(mainHeading(page, 'Teach')).toBeVisible();
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
			await page.getByLabel('Number of questions').fill('2');
			await page.getByRole('button', { name: 'Pick 2 at random' }).click();
			await page.getByLabel('Title (required)').fill('Policy check');
			// Feedback after each answer, so the student's page shows the source paragraph too.
			await page.getByLabel('After each answer').check();
			await page.getByRole('button', { name: 'Publish 2 questions' }).click();
			await expect(mainHeading(page, 'Policy check')).toBeVisible();
			flow.assignmentLink = await page
				.getByRole('textbox', { name: 'Assignment link' })
				.inputValue();
			flow.assignmentId = new URL(page.url()).pathname.split('/').pop();
			return document;
		}
	},
	{
		route: '/teach/[assignment]',
		async open(page, flow) {
			const document = await page.goto(`/teach/${flow.assignmentId}`);
			await expect(mainHeading(page, 'Policy check')).toBeVisible();
			await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
			return document;
		}
	},
	{
		route: '/a',
		async open(page, flow) {
			const document = await page.goto(flow.assignmentLink!);
			await expect(mainHeading(page, 'Policy check')).toBeVisible();
			await page.getByLabel('Your name').fill('Sam');
			await page.getByRole('button', { name: 'Start' }).click();
			for (let i = 1; i <= 2; i++) {
				await expect(page.getByText(`Question ${i} of 2`)).toBeVisible();
				await answerQuestion(page);
				await page.getByRole('button', { name: 'Next' }).click();
			}
			await page.getByRole('button', { name: 'Submit' }).click();
			await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();
			flow.receiptLink = await page.getByLabel('Your receipt', { exact: true }).inputValue();
			return document;
		}
	},
	{
		route: '/r',
		async open(page, flow) {
			const document = await page.goto(flow.receiptLink!);
			await expect(mainHeading(page, 'Student receipt')).toBeVisible();
			await expect(page.getByText("Added Sam's answers")).toBeVisible();
			await page.getByRole('link', { name: 'See the class report' }).click();
			await expect(page.getByRole('region', { name: "Students' scores" })).toContainText('Sam');
			return document;
		}
	}
];

/** Not a route of its own: a URL no page was built for, answered with the fallback shell. */
const FALLBACK: Case = {
	route: 'a deep link only the fallback page serves',
	async open(page) {
		const document = await page.goto('/no/such/page');
		await expect(mainHeading(page, 'This page does not exist')).toBeVisible();
		return document;
	}
};

test(`the one style attribute the policy allows is still SvelteKit's route announcer's`, () => {
	const root = readFileSync('.svelte-kit/generated/root.svelte', 'utf8');
	const style = /<div id="svelte-announcer"[^>]*\sstyle="([^"]*)"/.exec(root)?.[1];
	expect(
		style,
		'SvelteKit changed its route announcer: copy its style into ANNOUNCER_STYLE in scripts/content-security-policy.js'
	).toBe(ANNOUNCER_STYLE);
});

test('every route under src/routes has a case here', () => {
	const covered = CASES.map((c) => c.route);
	const routes = routeIds();
	expect(
		routes.filter((route) => !covered.includes(route)),
		'routes with no case in CASES of tests/e2e/csp.spec.ts: add one that opens and uses them'
	).toEqual([]);
	expect(
		covered.filter((route) => !routes.includes(route)),
		'cases for routes that no longer exist'
	).toEqual([]);
});

test('every route loads and works under the policy without a single violation', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { violations, consoleErrors } = await watchPolicy(page);
	const flow: Flow = {};
	for (const { route: name, open } of [...CASES, FALLBACK]) {
		const document = await open(page, flow);
		await expectStrictPolicy(page, document);
		await page.waitForLoadState('networkidle');
		expect(violations, `policy violations on ${name}`).toEqual([]);
		expect(consoleErrors, `CSP errors in the console on ${name}`).toEqual([]);
		// The announcer's allowed style attribute applies: it stays out of sight.
		await expect(page.locator('#svelte-announcer')).toHaveCSS('position', 'absolute');
		await expect(page.locator('#svelte-announcer')).toHaveCSS('width', '1px');
	}
});

test('a reading path whose last part looks like a file name is a page under its policy', async ({
	page
}) => {
	const { violations, consoleErrors } = await watchPolicy(page);
	const document = await page.goto("/read/l'histoire.v2");
	await expect(mainHeading(page, 'Document not found')).toBeVisible();
	await expectStrictPolicy(page, document);
	expect(violations).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the policy refuses inline scripts, inline handlers, style attributes and eval', async ({
	page
}) => {
	const { violations, consoleErrors } = await watchPolicy(page);
	for (const path of ['/', `/read/${bank.document.id}`]) {
		violations.length = 0;
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const outcome = await page.evaluate(async () => {
			const flags = window as unknown as Record<string, unknown>;
			const script = document.createElement('script');
			script.textContent = 'window.inlineScriptRan = true;';
			document.body.append(script);

			const button = document.createElement('button');
			button.setAttribute('onclick', 'window.inlineHandlerRan = true;');
			document.body.append(button);
			button.click();

			const styled = document.createElement('p');
			styled.setAttribute('style', 'outline-style: dotted');
			document.body.append(styled);

			// DevTools lets code it evaluates call eval, so the call runs later, from a timer, as
			// the page's own code would.
			const evalError = await new Promise<string>((resolve) =>
				setTimeout(() => {
					try {
						window.eval('window.evalRan = true');
						resolve('');
					} catch (error) {
						resolve(error instanceof Error ? error.name : String(error));
					}
				})
			);
			// Violation events are queued: let them be delivered.
			await new Promise((resolve) => setTimeout(resolve, 100));
			return {
				inlineScriptRan: flags.inlineScriptRan === true,
				inlineHandlerRan: flags.inlineHandlerRan === true,
				outlineStyle: getComputedStyle(styled).outlineStyle,
				evalRan: flags.evalRan === true,
				evalError
			};
		});
		expect(outcome).toEqual({
			inlineScriptRan: false,
			inlineHandlerRan: false,
			outlineStyle: 'none',
			evalRan: false,
			evalError: 'EvalError'
		});
		// The listener that the route test relies on does hear violations (each one twice: the
		// header and the <meta> tag are two policies, both enforced).
		await expect
			.poll(() => [...new Set(violations.map((v) => v.split(' ')[1]))].sort())
			.toEqual(['script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
	}
	expect(consoleErrors.length).toBeGreaterThan(0);
});

test('the installed app serves its pages offline with the same policy', async ({
	page,
	context
}) => {
	const { violations, consoleErrors } = await watchPolicy(page);
	await page.goto('/');
	// Precaching includes the question generator's language model (about 1 MB compressed).
	await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 30_000 });
	await waitForServiceWorker(page);
	await context.setOffline(true);
	for (const [path, heading] of [
		['/library', 'Library'],
		[`/read/${bank.document.id}`, bank.document.title]
	]) {
		const document = await page.goto(path!);
		expect(document?.fromServiceWorker()).toBe(true);
		await expect(mainHeading(page, heading!)).toBeVisible();
		await expectStrictPolicy(page, document);
	}
	expect(violations).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
