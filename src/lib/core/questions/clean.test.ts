import { expect, test } from 'vitest';
import { cleanText, isHeadingLine } from './clean.ts';

const paragraphs = (raw: string, options = {}) =>
	cleanText(raw, options)
		.blocks.filter((b) => b.kind === 'paragraph')
		.map((b) => b.text);

const body =
	'The withdrawal of the last combat brigade was announced in August and took two weeks.';

test('drops sharing, subscribing, donating and sign-up lines', () => {
	const raw = [
		body,
		'Subscribe to our channel',
		'Sign up for our daily email update ‘Breakfast in Red’',
		'Make a donation to Socialist Worker',
		'Share this article'
	].join('\n\n');
	expect(paragraphs(raw)).toEqual([body]);
});

test('drops print controls, issue numbers and article-age notices', () => {
	const raw = [
		'Printer-friendly versionPDF version',
		'Downloading PDF. Please wait... Issue 2561',
		'This article is over 6 years, 7 months old',
		'Issue 2561',
		body
	].join('\n');
	expect(paragraphs(raw)).toEqual([body]);
});

test('drops a related link printed twice with Read More, and "Join us" forms', () => {
	const raw = [
		body,
		'War threats flow from logic of imperialism',
		'War threats flow from logic of imperialism',
		'  Read More',
		'Join us',
		'If you want more information about joining the IMT, fill in this form. We will get back to you as soon as possible.'
	].join('\n\n');
	expect(cleanText(raw).blocks).toEqual([{ kind: 'paragraph', text: body }]);
});

test('drops image captions repeated with their credit', () => {
	const raw = [
		'The US invasion smashed Iraqi society',
		'The US invasion smashed Iraqi society (Pic: Mstyslav Chernov/Wikimedia Commons)',
		body
	].join('\n');
	expect(cleanText(raw).blocks).toEqual([{ kind: 'paragraph', text: body }]);
});

test('moves a "By X" byline into metadata', () => {
	const result = cleanText(`By Tomáš Tengely-Evans\n${body}`);
	expect(result.byline).toBe('Tomáš Tengely-Evans');
	expect(result.blocks).toEqual([{ kind: 'paragraph', text: body }]);
});

test('takes the byline from a signed standfirst and drops the title line', () => {
	const raw = [
		'August 2010 - The end of the war in Iraq?',
		'The withdrawal of the last US combat troops does not mean that Iraq is free, writes Simon Hardy',
		body
	].join('\n\n');
	const result = cleanText(raw, { title: 'The end of the war in Iraq?' });
	expect(result.byline).toBe('Simon Hardy');
	expect(result.blocks).toEqual([{ kind: 'paragraph', text: body }]);
});

test('keeps headings as context, never as paragraphs, and drops headings with no text after', () => {
	const raw = [
		body,
		'Workers under the occupation',
		body.replace('August', 'July'),
		'Latest News'
	].join('\n');
	expect(cleanText(raw).blocks).toEqual([
		{ kind: 'paragraph', text: body },
		{ kind: 'heading', text: 'Workers under the occupation' },
		{ kind: 'paragraph', text: body.replace('August', 'July') }
	]);
	expect(isHeadingLine('What price to end the Gaza seige?')).toBe(true);
	expect(
		isHeadingLine('They should link this to the struggle of the unions against the new oil law')
	).toBe(false);
});

test('splits single-newline paragraphs but joins hard-wrapped lines', () => {
	expect(paragraphs(`${body}\n${body}`)).toHaveLength(2);
	expect(
		paragraphs(
			'The occupiers built a sectarian state that largely\nneutralised resistance in the south.'
		)
	).toEqual([
		'The occupiers built a sectarian state that largely neutralised resistance in the south.'
	]);
});

test('unglues an image label from the text that follows it', () => {
	expect(
		paragraphs(
			'iraq-sectarian-mapThe ethnic make-up of the country is roughly the following: Arab 75%.'
		)
	).toEqual(['The ethnic make-up of the country is roughly the following: Arab 75%.']);
});

test('reads light Markdown: headings, emphasis and links', () => {
	const result = cleanText(
		`# Shock and awe\n\nThe **fighting** in [Iraq](https://example.org) was relatively short, lasting weeks.`
	);
	expect(result.blocks).toEqual([
		{ kind: 'heading', text: 'Shock and awe' },
		{ kind: 'paragraph', text: 'The fighting in Iraq was relatively short, lasting weeks.' }
	]);
});

test('a formula whose subscript was copied onto a line of its own is whole again', () => {
	const raw =
		'The Velden lamp burned a mixture of coal gas and pure O\n2. Its light was white.\n\nThe second way of making O\n2 gas in Velden was slower and dearer.\n\nThe Velden works burned coal and the gas was mostly CO\n2 and water vapour.';
	expect(paragraphs(raw)).toEqual([
		'The Velden lamp burned a mixture of coal gas and pure O2. Its light was white.',
		'The second way of making O2 gas in Velden was slower and dearer.',
		'The Velden works burned coal and the gas was mostly CO2 and water vapour.'
	]);
	// A heading and a numbered line are not a formula.
	expect(
		paragraphs('Velden 11 and the return of Velden A\n2 crews came home in 1969.')
	).toHaveLength(1);
});
