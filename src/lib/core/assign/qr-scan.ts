import jsQR from 'jsqr';

// Apart from qr.ts because the decoder is large (about 46 kB gzipped): the UI imports this file
// dynamically, and only in browsers without BarcodeDetector.

/**
 * Finds and reads a QR code in an RGBA image (an ImageData's `data`), or null if there is none.
 * The fallback for browsers without BarcodeDetector.
 */
export function decodeQrFromPixels(
	rgba: Uint8ClampedArray,
	width: number,
	height: number
): string | null {
	if (width <= 0 || height <= 0 || rgba.length < width * height * 4) return null;
	try {
		return jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
	} catch {
		return null;
	}
}
