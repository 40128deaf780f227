// Regenerates the question banks in questions/banks from questions/sources, checks that the
// committed banks are fresh (--check), or turns one document into a bank.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceError } from '../src/lib/core/errors.ts';
import { generateBank } from '../src/lib/core/questions/generate-bank.ts';
import { validateBank } from '../src/lib/core/questions/validate-bank.ts';
import {
	bankPath,
	buildSourceBank,
	findStaleBanks,
	listSources,
	readDocument,
	serialiseBank,
	writeAtomically
} from './bank-files.ts';

const QUESTIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'questions');
const PUBLISHED = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function main(argv: string[]): number {
	const started = performance.now();
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			check: { type: 'boolean', default: false },
			out: { type: 'string' },
			title: { type: 'string' },
			author: { type: 'string' },
			publisher: { type: 'string' },
			published: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		console.log(
			'usage: npm run generate [-- --check | -- <file> [--out bank.json] [--title ... --author ... --publisher ... --published YYYY-MM-DD]]'
		);
		return 0;
	}
	if (values.check) {
		const stale = findStaleBanks(QUESTIONS_DIR);
		if (stale.length) {
			console.error(
				`[generate] stale banks (run npm run generate): ${stale.map((p) => relative(process.cwd(), p)).join(', ')}`
			);
			return 1;
		}
		console.log(
			`[generate] all banks are fresh, took: ${Math.round(performance.now() - started)}ms`
		);
		return 0;
	}
	if (positionals.length > 1) throw new SourceError('give one document at a time');
	if (positionals.length === 1) {
		const path = positionals[0] as string;
		if (values.published && !PUBLISHED.test(values.published)) {
			throw new SourceError(
				`--published must be YYYY, YYYY-MM or YYYY-MM-DD, not ${values.published}`
			);
		}
		const text = readDocument(path);
		const title = values.title ?? basename(path, extname(path)).replace(/[-_]+/g, ' ');
		const bank = generateBank({
			text,
			title,
			source: basename(path),
			...(values.author ? { author: values.author } : {}),
			...(values.publisher ? { publisher: values.publisher } : {}),
			...(values.published ? { published: values.published } : {})
		});
		const out = values.out ?? join(dirname(path), `${basename(path, extname(path))}.bank.json`);
		checkValid(bank, out);
		mkdirSync(dirname(resolve(out)), { recursive: true });
		writeAtomically(out, serialiseBank(bank));
		console.log(
			`[generate] ${bank.questions.length} questions -> ${out}, took: ${Math.round(performance.now() - started)}ms`
		);
		return 0;
	}
	let total = 0;
	const sources = listSources(QUESTIONS_DIR);
	mkdirSync(join(QUESTIONS_DIR, 'banks'), { recursive: true });
	for (const { file, meta } of sources) {
		const bank = buildSourceBank(QUESTIONS_DIR, file, meta);
		const out = bankPath(QUESTIONS_DIR, bank);
		checkValid(bank, out);
		writeAtomically(out, serialiseBank(bank));
		total += bank.questions.length;
	}
	console.log(
		`[generate] ${sources.length} banks, ${total} questions, took: ${Math.round(performance.now() - started)}ms`
	);
	return 0;
}

function checkValid(bank: Parameters<typeof validateBank>[0], out: string): void {
	const result = validateBank(bank);
	if (!result.ok) {
		throw new SourceError(`the bank for ${out} is invalid: ${result.issues.join('; ')}`);
	}
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// One clear line for the person at the terminal; a stack trace only for real bugs.
	if (error instanceof SourceError) {
		console.error(`[generate] error: ${error.message}`);
	} else if (
		error instanceof Error &&
		'code' in error &&
		String(error.code).startsWith('ERR_PARSE_ARGS')
	) {
		console.error(`[generate] error: ${error.message.split('\n')[0]}`);
	} else {
		console.error(
			`[generate] unexpected error: ${error instanceof Error ? error.message : String(error)}`
		);
	}
	process.exitCode = 1;
}
void existsSync;
