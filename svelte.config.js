import adapter from '@sveltejs/adapter-static';
import { directives } from './scripts/content-security-policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({
			precompress: true,
			// Every URL that is not prerendered falls back to this shell, which the service worker
			// also serves for navigations while offline.
			fallback: '200.html',
			pages: process.env.FOOTNOTE_OUT ?? 'build',
			assets: process.env.FOOTNOTE_OUT ?? 'build'
		}),
		// workbox-window registers the worker in production builds only, and lets the user choose
		// when an update takes over.
		serviceWorker: { register: false },
		// Small stylesheets go inline, so a first visit paints without waiting for a CSS request.
		inlineStyleThreshold: 8192,
		// Hashes rather than nonces: the pages are prerendered once and served as files, so a nonce
		// would be the same for every visitor. Kit adds the hash of each page's inline script and
		// stylesheet to the policy in that page's <meta> tag.
		csp: { mode: 'hash', directives },
		alias: {
			$core: 'src/lib/core'
		}
	}
};

export default config;
