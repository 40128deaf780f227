import { describe, expect, it } from 'vitest';
import { classReportToCsv, csvFileName } from './class-report-csv.ts';
import { buildClassReport, gatherReportItems } from './class-report.ts';
import { assignment, bank, receipts } from './teach-fixtures.ts';

describe('classReportToCsv', () => {
	it('writes one row per student, then one column per question', () => {
		const report = buildClassReport(gatherReportItems(assignment, [bank]), receipts);
		const lines = classReportToCsv(report).split('\r\n');
		expect(lines[0]).toBe(
			'Name,Submitted at,Score,Total,Percent,Time (seconds),Q1: The treaty was signed in _____.,Q2: Name the city of the treaty.,Q3: Who commanded the imperial army?'
		);
		expect(lines[1]).toBe('Ana,2025-03-04T10:00:00.000Z,2,3,67,60,1,1,0');
		expect(lines[2]).toBe('"Ben, ""the quick""",2025-03-04T10:00:00.000Z,1,3,33,15,0,0,1');
		expect(lines[3]).toBe('Cy,2025-03-04T10:00:00.000Z,0,3,0,2,0,0,');
		expect(lines).toHaveLength(5);
		expect(lines[4]).toBe('');
	});
});

describe('csvFileName', () => {
	it('makes a safe file name from the title and date', () => {
		expect(csvFileName('Peace of Westphalia: Ch. 2!', new Date('2025-03-04T12:00:00Z'))).toBe(
			'peace-of-westphalia-ch-2-report-2025-03-04.csv'
		);
		expect(csvFileName('???', new Date('2025-03-04T12:00:00Z'))).toBe(
			'assignment-report-2025-03-04.csv'
		);
	});
});
