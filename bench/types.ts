/** One row of the `npm run bench` table. */
export interface BenchRow {
	/** What was measured, e.g. 'First page JS (gzip)'. */
	name: string;
	value: number;
	unit: string;
	/** The figure to reach, with its direction: value must be <= budget ('max') or >= budget ('min'). */
	budget?: { limit: number; direction: 'max' | 'min' };
	note?: string;
}

/** A bench suite measures one area and returns its rows; suites are listed in bench/run.ts. */
export type BenchSuite = { name: string; run: () => Promise<BenchRow[]> };
