// `npm run bench`: builds the app, runs every suite and prints one table of figures against their
// budgets. Exits non-zero when a budget is missed, so a regression cannot pass unnoticed.
import { execSync } from 'node:child_process';
import { appSuite } from './suites/app.ts';
import { importSuite } from './suites/import.ts';
import { pipelineSuite } from './suites/pipeline.ts';
import { studyDbSuite } from './suites/study-db.ts';
import type { BenchRow, BenchSuite } from './types.ts';

const SUITES: BenchSuite[] = [pipelineSuite, appSuite, importSuite, studyDbSuite];

function meets(row: BenchRow): boolean | undefined {
	if (!row.budget) return undefined;
	return row.budget.direction === 'max'
		? row.value <= row.budget.limit
		: row.value >= row.budget.limit;
}

function formatBudget(row: BenchRow): string {
	if (!row.budget) return '';
	return `${row.budget.direction === 'max' ? '≤' : '≥'} ${row.budget.limit}`;
}

const OK_LABELS: Record<string, string> = { true: 'yes', false: 'NO', undefined: '' };

function printTable(rows: (BenchRow & { suite: string })[]) {
	const header = ['suite', 'measure', 'value', 'unit', 'budget', 'ok', 'note'];
	const lines = rows.map((r) => {
		const ok = meets(r);
		return [
			r.suite,
			r.name,
			String(r.value),
			r.unit,
			formatBudget(r),
			OK_LABELS[String(ok)] ?? '',
			r.note ?? ''
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	const format = (cells: string[]) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(format(header));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const line of lines) console.log(format(line));
}

const only = process.argv.slice(2);
const suites = only.length ? SUITES.filter((s) => only.includes(s.name)) : SUITES;

console.log('[bench] building the app');
execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });

const started = performance.now();
const rows: (BenchRow & { suite: string })[] = [];
for (const suite of suites) {
	console.log(`[bench] ${suite.name}`);
	for (const row of await suite.run()) rows.push({ ...row, suite: suite.name });
}
printTable(rows);
const missed = rows.filter((r) => meets(r) === false);
console.log(
	`[bench] took ${Math.round((performance.now() - started) / 1000)} s; ${missed.length} budgets missed`
);
process.exit(missed.length ? 1 : 0);
