import { describe, expect, it } from 'vitest';
import { buildClassReport, formatDuration, gatherReportItems } from './class-report.ts';
import { assignment, bank, receipts } from './teach-fixtures.ts';

describe('gatherReportItems', () => {
	it('resolves every item with the teacher wording and its paragraph', () => {
		const items = gatherReportItems(assignment, [bank]);
		expect(items.map((i) => i.prompt)).toEqual([
			'The treaty was signed in _____.',
			'Name the city of the treaty.',
			'Who commanded the imperial army?'
		]);
		expect(items[2]).toMatchObject({ documentId: 'doc-a', paragraphId: 'p2', questionId: 'q3' });
	});

	it('keeps a row for a question this device cannot find', () => {
		const items = gatherReportItems({ ...assignment, items: [{ ref: 'gone' }] }, [bank]);
		expect(items).toEqual([
			{ index: 0, prompt: 'Question 1 (not found on this device)', answer: '' }
		]);
	});
});

describe('buildClassReport', () => {
	const report = buildClassReport(gatherReportItems(assignment, [bank]), receipts);

	it('scores each student over every question, with total time', () => {
		expect(report.students.map((s) => [s.name, s.correct, s.total, s.percent, s.totalMs])).toEqual([
			['Ana', 2, 3, 67, 60_000],
			['Ben, "the quick"', 1, 3, 33, 15_000],
			['Cy', 0, 3, 0, 2_000]
		]);
		expect(report.students[2]?.answers[2]).toBeUndefined();
		expect(report.averagePercent).toBe(33);
	});

	it('gives each question its percent correct and most common wrong answer', () => {
		expect(report.questions.map((q) => [q.answered, q.correct, q.percent, q.commonWrong])).toEqual([
			[3, 1, 33, { given: '1618', count: 2 }],
			[3, 1, 33, { given: 'prague', count: 2 }],
			[2, 1, 50, { given: 'Tilly', count: 1 }]
		]);
	});

	it('orders paragraphs by miss rate', () => {
		expect(report.paragraphs.map((p) => [p.paragraphId, p.items, p.answered, p.missed])).toEqual([
			['p1', [0, 1], 6, 4],
			['p2', [2], 2, 1]
		]);
		expect(report.paragraphs[0]?.excerpt).toContain('The treaty was signed');
		expect(report.paragraphs[0]?.questionId).toBe('q1');
	});

	it('ignores answers to items that do not exist and repeated answers', () => {
		const odd = structuredClone(receipts[0]!);
		odd.answers.push({ item: 7, given: 'x', correct: true, ms: 1 });
		odd.answers.push({ item: 0, given: 'again', correct: false, ms: 1 });
		const [student] = buildClassReport(gatherReportItems(assignment, [bank]), [odd]).students;
		expect(student?.correct).toBe(2);
		expect(student?.answers[0]?.given).toBe('1648');
	});

	it('reports an empty class without dividing by zero', () => {
		const empty = buildClassReport(gatherReportItems(assignment, [bank]), []);
		expect(empty.students).toEqual([]);
		expect(empty.averagePercent).toBeNull();
		expect(empty.questions.every((q) => q.percent === null && q.commonWrong === null)).toBe(true);
		expect(empty.paragraphs.map((p) => p.missRate)).toEqual([0, 0]);
	});

	it('shows a blank wrong answer as left blank', () => {
		const blank = structuredClone(receipts[2]!);
		blank.answers[0]!.given = '  ';
		const report = buildClassReport(gatherReportItems(assignment, [bank]), [blank]);
		expect(report.questions[0]?.commonWrong).toEqual({ given: '(left blank)', count: 1 });
	});
});

describe('formatDuration', () => {
	it('reads naturally at every scale', () => {
		expect(formatDuration(44_600)).toBe('45 s');
		expect(formatDuration(185_000)).toBe('3 min 05 s');
		expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	});
});
