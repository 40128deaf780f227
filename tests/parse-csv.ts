/**
 * A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes (doubled) and
 * line breaks; rows end in CRLF. It throws on anything malformed, so a broken file fails a test
 * instead of being read loosely.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`stray quote at ${i}`);
				field += text[i++];
			}
		}
		row.push(field);
		if (text[i] === ',') {
			i++;
		} else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else if (i < text.length) {
			throw new Error(`expected a separator or CRLF at ${i}`);
		}
	}
	if (row.length) throw new Error('the last row does not end in CRLF');
	return rows;
}
