import { validateBank } from '$core/questions/validate-bank.ts';
import { summariseBank, type BankSummary } from '$core/questions/summarise-bank.ts';
import type { Bank } from '$core/questions/types.ts';

// The shipped banks become hashed assets: the service worker precaches them with the build, and
// the first page's JavaScript stays small because no bank is bundled into it.
const bankUrls = import.meta.glob<string>('/questions/banks/*.json', {
	query: '?url',
	import: 'default',
	eager: true
});

/** One shipped bank: its file, and either what it holds or why it could not be read. */
export type CatalogEntry =
	| { file: string; ok: true; bank: Bank; summary: BankSummary }
	| { file: string; ok: false; error: string };

function fileName(path: string) {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** Fetches and validates one bank file; never throws, so one bad bank cannot hide the others. */
export async function loadBankFile(file: string, url: string): Promise<CatalogEntry> {
	let data: unknown;
	try {
		const response = await fetch(url);
		if (!response.ok) {
			return { file, ok: false, error: `could not be fetched (${response.status})` };
		}
		data = await response.json();
	} catch {
		return { file, ok: false, error: 'is not valid JSON, or could not be fetched' };
	}
	const result = validateBank(data);
	if (!result.ok) {
		return {
			file,
			ok: false,
			error: `does not match the bank format: ${result.issues.join('; ')}`
		};
	}
	return { file, ok: true, bank: result.bank, summary: summariseBank(result.bank) };
}

/** Every shipped bank, in file-name order. */
export function loadCatalog(): Promise<CatalogEntry[]> {
	const entries = Object.entries(bankUrls).sort(([a], [b]) => a.localeCompare(b));
	return Promise.all(entries.map(([path, url]) => loadBankFile(fileName(path), url)));
}
