// sirv hands a Range header's numbers to fs.createReadStream unchecked: a range that ends before
// it starts, or numbers too large for a JavaScript integer, make it throw outside any request,
// which ends the server. So the server reads the header first.

/**
 * What to do with a request's Range header before sirv sees it: `whole` to drop it and send the
 * whole file (allowed for any range; used for other units, several ranges and suffix ranges,
 * which sirv reads wrongly), `range` to let sirv serve `header` (the range, spelt as sirv reads
 * it), or `refuse` for a byte range that no file can satisfy (answered 416).
 * @param {string | undefined} header
 * @returns {{ kind: 'whole' } | { kind: 'range', header: string } | { kind: 'refuse' }}
 */
export function readRange(header) {
	if (header === undefined) return { kind: 'whole' };
	const spec = header.trim();
	if (!/^bytes=/i.test(spec)) return { kind: 'whole' };
	const range = spec.slice('bytes='.length);
	if (range.includes(',')) return { kind: 'whole' };
	const match = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(range);
	if (!match || (match[1] === '' && match[2] === '')) return { kind: 'refuse' };
	if (match[1] === '') return { kind: 'whole' };
	const start = Number(match[1]);
	const end = match[2] === '' ? undefined : Number(match[2]);
	if (!Number.isSafeInteger(start)) return { kind: 'refuse' };
	if (end !== undefined && (!Number.isSafeInteger(end) || end < start)) return { kind: 'refuse' };
	return { kind: 'range', header: `bytes=${start}-${end ?? ''}` };
}
