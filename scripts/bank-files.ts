import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { generateBank, type SourceDocument } from '../src/lib/core/questions/generate-bank.ts';
import type { Bank } from '../src/lib/core/questions/types.ts';
import {
	DOCUMENT_EXTENSIONS,
	decodeDocument,
	documentToText
} from '../src/lib/core/documents/read-document.ts';
import { SourceError } from '../src/lib/core/errors.ts';

/** What a sidecar `<source>.json` next to a source file says about it. */
export interface SourceMeta {
	id?: string;
	title: string;
	author?: string;
	publisher?: string;
	published?: string;
	note?: string;
}

const TEXT_EXTENSIONS = new Set<string>(DOCUMENT_EXTENSIONS);

/** A bank as written to disk: pretty-printed JSON with a trailing newline. */
export function serialiseBank(bank: Bank): string {
	return `${JSON.stringify(bank, null, '\t')}\n`;
}

/** The source documents in questions/sources, each with its sidecar metadata. */
export function listSources(questionsDir: string): { file: string; meta: SourceMeta }[] {
	const dir = join(questionsDir, 'sources');
	return readdirSync(dir)
		.filter((name) => TEXT_EXTENSIONS.has(extname(name).toLowerCase()))
		.sort()
		.map((name) => {
			const sidecar = join(dir, `${basename(name, extname(name))}.json`);
			const meta = existsSync(sidecar)
				? (JSON.parse(readFileSync(sidecar, 'utf8')) as SourceMeta)
				: { title: basename(name, extname(name)) };
			return { file: join(dir, name), meta };
		});
}

/**
 * Reads a document for the pipeline, refusing what is not one: a missing path, a directory, a
 * huge or binary file. Errors are SourceErrors with a one-line message.
 */
export function readDocument(path: string): string {
	if (!existsSync(path)) throw new SourceError(`no such file: ${path}`);
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		throw new SourceError(`cannot read ${path} (is it a directory?)`);
	}
	return documentToText(decodeDocument(bytes, path), path);
}

/** Builds the bank for one committed source. */
export function buildSourceBank(questionsDir: string, file: string, meta: SourceMeta): Bank {
	const source: SourceDocument = {
		text: readDocument(file),
		title: meta.title,
		source: `sources/${basename(file)}`
	};
	if (meta.id) source.id = meta.id;
	if (meta.author) source.author = meta.author;
	if (meta.publisher) source.publisher = meta.publisher;
	if (meta.published) source.published = meta.published;
	void questionsDir;
	return generateBank(source);
}

export function bankPath(questionsDir: string, bank: Bank): string {
	return join(questionsDir, 'banks', `${bank.document.id}.json`);
}

/** Writes through a temporary file, so a failure never leaves half a bank behind. */
export function writeAtomically(path: string, content: string): void {
	const temporary = `${path}.tmp-${process.pid}`;
	writeFileSync(temporary, content);
	renameSync(temporary, path);
}

/**
 * Regenerates every bank in memory and compares it with the committed file: the list of banks
 * that are missing or differ (empty when all are fresh). Banks with no source in
 * questions/sources (fixtures, imports) are not this command's to judge.
 */
export function findStaleBanks(questionsDir: string): string[] {
	const stale: string[] = [];
	for (const { file, meta } of listSources(questionsDir)) {
		const bank = buildSourceBank(questionsDir, file, meta);
		const path = bankPath(questionsDir, bank);
		if (!existsSync(path) || readFileSync(path, 'utf8') !== serialiseBank(bank)) stale.push(path);
	}
	return stale;
}
