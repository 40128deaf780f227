import { flushSync, mount, unmount } from 'svelte';
import { expect, test } from 'vitest';
import type { Assignment, ImportedItem } from '$core/assign/index.ts';
import ClassReport from './ClassReport.svelte';
import { buildClassReport, gatherReportItems } from './class-report.ts';
import { TEACHER_KEY } from './teach-fixtures.ts';

/** A question carried whole from a teacher's document: such documents have no id here. */
function carried(title: string, text: string): ImportedItem {
	return {
		q: {
			id: `q-${title.length}`,
			kind: 'date',
			prompt: `When, in ${title}?`,
			answer: '1648',
			distractors: ['1618'],
			source: { paragraph: 'p1', start: 0, end: 10 }
		},
		paragraph: { id: 'p1', text },
		documentTitle: title
	};
}

test('carried documents that share a paragraph id each get their own row', () => {
	const assignment: Assignment = {
		v: 1,
		id: 'carried1',
		title: 'Two handouts',
		mode: 'typed',
		shuffle: false,
		feedback: 'after',
		items: [
			carried('Handout one', 'Signed in 1648 at Münster.'),
			carried('Handout two', 'Signed in 1648 at Osnabrück.')
		],
		teacherKey: TEACHER_KEY
	};
	const report = buildClassReport(gatherReportItems(assignment, []), [
		{
			v: 1,
			assignmentId: assignment.id,
			receiptId: 'r-dana',
			name: 'Dana',
			submittedAt: '2025-03-04T10:00:00.000Z',
			answers: [
				{ item: 0, given: '1648', correct: true, ms: 1000 },
				{ item: 1, given: '1618', correct: false, ms: 1000 }
			],
			score: { correct: 1, total: 2 }
		}
	]);
	expect(report.paragraphs.map((p) => [p.documentTitle, p.missRate])).toEqual([
		['Handout two', 1],
		['Handout one', 0]
	]);
	const target = document.createElement('div');
	const component = mount(ClassReport, { target, props: { report, title: assignment.title } });
	flushSync();
	expect([...target.querySelectorAll('.paragraphs blockquote')].map((b) => b.textContent)).toEqual([
		'Signed in 1648 at Osnabrück.',
		'Signed in 1648 at Münster.'
	]);
	unmount(component);
});
