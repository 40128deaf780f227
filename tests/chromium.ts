/** Debian's Chromium, which every browser test and benchmark drives (no browser is downloaded). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a sandboxed machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Where the tests and scripts find the served app (`npm start` serves on 4173). */
export const APP_PORT = Number(process.env.FOOTNOTE_PORT ?? 4173);
export const APP_URL = `http://localhost:${APP_PORT}`;
