/**
 * The teacher's side of assigned quizzes: build and publish a 20-question assignment, share it
 * (link and a QR code that decodes back to the link), collect receipts (a sealed one is added, a
 * bogus one is refused with a message and loses nothing), and read the class report. Also axe in
 * both themes and the phone layout.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { decodeAssignmentLink } from '../../src/lib/core/assign/link-codec.ts';
import { makeReceipt, sealReceipt } from '../../src/lib/core/assign/receipt.ts';

const MIN_TARGET = 44;

/** Builds a 20-question assignment from the first shipped bank and publishes it. */
async function publish(page: Page, title = 'Chapter 3 check'): Promise<string> {
	await page.goto('/teach');
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
	await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
	await page.getByLabel('Number of questions').fill('20');
	await page.getByRole('button', { name: 'Pick 20 at random' }).click();
	await expect(page.getByText('20 questions chosen at random.')).toBeVisible();
	await page.getByLabel('Title (required)').fill(title);
	await page.getByLabel('Instructions').fill('Answer from memory, then check the text.');
	await page.getByRole('button', { name: 'Publish 20 questions' }).click();
	await expect(page).toHaveURL(/\/teach\/[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
}

/** The QR code on the page, drawn to a canvas, read with jsQR. */
async function readQr(page: Page): Promise<string | null> {
	const image = await page
		.getByRole('img', { name: 'QR code of the assignment link' })
		.evaluate(async (svg) => {
			const box = svg.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
			const modules = box[2] ?? 0;
			const scale = 6;
			const url = URL.createObjectURL(
				new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' })
			);
			const img = new Image();
			img.src = url;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = modules * scale;
			const context = canvas.getContext('2d');
			if (!context) throw new Error('no 2d context');
			context.imageSmoothingEnabled = false;
			context.drawImage(img, 0, 0, canvas.width, canvas.height);
			URL.revokeObjectURL(url);
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			let binary = '';
			for (let i = 0; i < data.length; i += 0x8000) {
				binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
			}
			return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
		});
	const rgba = new Uint8ClampedArray(Buffer.from(image.base64, 'base64'));
	return jsQR(rgba, image.width, image.height)?.data ?? null;
}

test('a teacher publishes 20 questions as a link and a QR code that reads back to it', async ({
	page
}) => {
	const link = await publish(page);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/a#1\./);
	const decoded = decodeAssignmentLink(link);
	expect(decoded.ok && decoded.assignment.items.length).toBe(20);
	expect(await readQr(page)).toBe(link);
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print a sheet' })).toBeVisible();

	// The published list links back to it, with its question count.
	await page.goto('/teach');
	const item = page.getByRole('link', { name: 'Chapter 3 check' });
	await expect(item).toBeVisible();
	const entry = page.getByRole('listitem').filter({ has: item });
	await expect(entry).toContainText('20 questions');
	await expect(entry).toContainText('0 receipts collected');
});

test('collecting refuses bogus receipts with a message and keeps what was collected', async ({
	page
}) => {
	const link = await publish(page);
	const decoded = decodeAssignmentLink(link);
	if (!decoded.ok) throw new Error(decoded.message);
	const { assignment } = decoded;
	const sealed = await sealReceipt(
		makeReceipt({
			assignment,
			receiptId: 'receipt-ana-0001',
			name: 'Ana, "A."',
			submittedAt: '2025-03-04T10:00:00.000Z',
			answers: assignment.items.map((_, item) => ({
				item,
				given: item < 15 ? 'right' : 'wrong',
				correct: item < 15,
				ms: 3000
			}))
		}),
		assignment.teacherKey
	);

	const box = page.getByLabel('Receipt links (one or many)');
	await box.fill(`${new URL(link).origin}/r#${sealed}`);
	await page.getByRole('button', { name: 'Add receipts' }).click();
	const results = page.locator('.results');
	await expect(results).toContainText('1 added.');
	await expect(results).toContainText('Added Ana, "A."\'s receipt.');
	const students = page.getByRole('region', { name: "Students' scores" });
	await expect(students).toContainText(/15\/20\s*75%/);

	// A bogus piece, a truncated copy and the same receipt again, in one paste.
	await box.fill(`not-a-receipt\n${sealed.slice(0, 40)}\n${sealed}`);
	await page.getByRole('button', { name: 'Add receipts' }).click();
	await expect(results).toContainText('0 added, 1 already collected, 2 could not be read.');
	await expect(results).toContainText('This is not a Footnote receipt.');
	await expect(results).toContainText('is already collected');
	await expect(students.getByRole('row')).toHaveCount(2);
	await expect(students).toContainText(/15\/20\s*75%/);

	// The report survives a reload: it reads from this device's storage.
	await page.reload();
	await expect(page.getByRole('region', { name: "Students' scores" })).toContainText('Ana');
	await expect(page.getByText('class average 75%')).toBeVisible();
	await expect(page.getByText('0% correct').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /Open the paragraph/ }).first()).toHaveAttribute(
		'href',
		/^\/read\/[^?]+\?q=[^#]+#.+/
	);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^chapter-3-check-report-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('an unknown assignment id says it is not on this device', async ({ page }) => {
	await page.goto('/teach/nothing-here');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Assignment not found on this device' })
	).toBeVisible();
	await page.getByRole('link', { name: 'Back to Teach' }).click();
	await expect(page).toHaveURL(/\/teach$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the teach pages have no WCAG 2.1 AA violations in the ${colorScheme} theme`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await publish(page);
		await page.getByLabel('Receipt links (one or many)').fill('bogus');
		await page.getByRole('button', { name: 'Add receipts' }).click();
		await expect(page.locator('.results')).toContainText('could not be read');
		const pages: [string, () => Promise<void>][] = [
			['/teach/[id]', async () => {}],
			[
				'/teach',
				async () => {
					await page.goto('/teach');
					await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
					await page
						.getByRole('group', { name: 'Documents' })
						.getByRole('checkbox')
						.first()
						.check();
					await page.getByRole('button', { name: 'Edit wording' }).first().click();
				}
			]
		];
		for (const [name, open] of pages) {
			await open();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(
				results.violations.map((v) => `${name} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		}
	});
}

test('the teach pages fit a phone with large enough touch targets', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const link = await publish(page);
	const id = new URL(page.url()).pathname.split('/').pop();
	expect(link).toContain('#');
	for (const path of [`/teach/${id}`, '/teach']) {
		await page.goto(path);
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		if (path === '/teach') {
			await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
		const small = await page.evaluate((min) => {
			const controls = document.querySelectorAll<HTMLElement>(
				'main a[href], main button, main input, main select, main textarea, main summary, main [tabindex]:not([tabindex="-1"])'
			);
			return [...controls]
				.filter((el) => el.checkVisibility())
				.map((el) => (el.matches('[type="checkbox"], [type="radio"]') && el.closest('label')) || el)
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < min || box.height < min)
				.map(({ el, box }) => `${el.outerHTML.slice(0, 80)} (${box.width}x${box.height})`);
		}, MIN_TARGET);
		expect(small, path).toEqual([]);
	}
});
