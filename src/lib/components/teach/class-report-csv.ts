import type { ReceiptAnswer } from '$core/assign/index.ts';
import { fileSlug, toCsv } from '$core/csv.ts';
import type { ClassReport } from './class-report.ts';

/** 1 for a right answer, 0 for a wrong one, empty when there was none. */
function answerCell(answer: ReceiptAnswer | undefined): number | string {
	if (!answer) return '';
	return answer.correct ? 1 : 0;
}

/**
 * The class report as a gradebook CSV: one row per student with name, submitted at, score,
 * total, percent and time in seconds, then one column per question (1 right, 0 wrong, empty if
 * not answered), headed by its number and prompt.
 * @example saveFile(new Blob([CSV_BOM, classReportToCsv(report)], { type: CSV_TYPE }), name)
 */
export function classReportToCsv(report: ClassReport): string {
	const header = [
		'Name',
		'Submitted at',
		'Score',
		'Total',
		'Percent',
		'Time (seconds)',
		...report.questions.map((q) => `Q${q.item.index + 1}: ${q.item.prompt}`)
	];
	const rows = report.students.map((student) => [
		student.name,
		student.submittedAt,
		student.correct,
		student.total,
		student.percent,
		Math.round(student.totalMs / 1000),
		...student.answers.map(answerCell)
	]);
	return toCsv([header, ...rows]);
}

/** A file name for the CSV from the assignment title: letters, digits and dashes. */
export function csvFileName(title: string, date: Date): string {
	return `${fileSlug(title, 'assignment')}-report-${date.toISOString().slice(0, 10)}.csv`;
}
