import adapter from '@sveltejs/adapter-static';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({
			// Every URL that is not prerendered falls back to this shell, which the service worker
			// also serves for navigations while offline.
			fallback: '200.html',
			pages: process.env.FOOTNOTE_OUT ?? 'build',
			assets: process.env.FOOTNOTE_OUT ?? 'build'
		}),
		// workbox-window registers the worker in production builds only, and lets the user choose
		// when an update takes over.
		serviceWorker: { register: false },
		version: {
			// Shown in the app so a person (and the update test) can tell builds apart.
			name: process.env.FOOTNOTE_VERSION ?? pkg.version
		},
		alias: {
			$core: 'src/lib/core'
		}
	}
};

export default config;
