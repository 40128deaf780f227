import { encode } from 'uqr';

/** A QR code as a square of modules, `true` for dark, without the quiet zone. */
export interface QrMatrix {
	/** Modules per side. */
	size: number;
	/** The QR version (1 to 40); each version adds 4 modules per side. */
	version: number;
	modules: boolean[][];
}

/**
 * Error correction for codes shown on a projector. M (15% recovery) survives glare and a
 * slightly blurred phone photo of a screen; going to Q would make a 20-question assignment's
 * code a few versions larger (smaller modules), which hurts more at a distance than it helps.
 */
export const QR_ECC = 'M';

/**
 * Encodes text (a link) as a QR code matrix, in byte mode, with error correction `QR_ECC`.
 * Throws a RangeError if the text is too long for any QR code.
 * @example const qr = encodeQr(link); const path = qrToSvgPath(qr);
 */
export function encodeQr(text: string): QrMatrix {
	const result = encode(text, { ecc: QR_ECC, border: 0 });
	return { size: result.size, version: result.version, modules: result.data };
}

/**
 * An SVG path drawing the dark modules, one unit per module, with runs of dark modules in a row
 * merged into one rectangle. Use it with a `viewBox` that adds a quiet zone of 4 modules:
 * `<svg viewBox="-4 -4 {size + 8} {size + 8}"><path d={path} /></svg>` (with shape-rendering
 * "crispEdges" and a white background).
 */
export function qrToSvgPath(matrix: QrMatrix): string {
	const parts: string[] = [];
	matrix.modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return parts.join('');
}
