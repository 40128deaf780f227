import type { ReceiptAnswer } from '$core/assign/index.ts';
import type { ClassReport } from './class-report.ts';

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces (quotes
 * doubled, RFC 4180). Text that a spreadsheet would run as a formula gets a leading apostrophe,
 * because student names arrive from outside.
 */
export function csvField(value: string | number): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV text, CRLF between rows, as gradebooks expect. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** 1 for a right answer, 0 for a wrong one, empty when there was none. */
function answerCell(answer: ReceiptAnswer | undefined): number | string {
	if (!answer) return '';
	return answer.correct ? 1 : 0;
}

/**
 * The class report as a gradebook CSV: one row per student with name, submitted at, score,
 * total, percent and time in seconds, then one column per question (1 right, 0 wrong, empty if
 * not answered), headed by its number and prompt.
 * @example download(new Blob([classReportToCsv(report)], { type: 'text/csv' }))
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
	const slug =
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'assignment';
	return `${slug}-report-${date.toISOString().slice(0, 10)}.csv`;
}
