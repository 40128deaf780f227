// The app's Content-Security-Policy, in one place. svelte.config.js hands it to SvelteKit, which
// writes it into every built page as a <meta> tag with the hashes of that page's own inline script
// and stylesheet added; scripts/serve.js sends the same policy as a header, where the directives
// that a <meta> tag cannot carry take effect too.
import { createHash } from 'node:crypto';

/**
 * SvelteKit's type for a policy, which it does not export by name.
 * @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} CspDirectives
 */

/**
 * The one style="" attribute the app has: on SvelteKit's route announcer (the live region that
 * reads the new page's title to screen readers), which hides it visually. It must match
 * SvelteKit's generated root component character for character (a unit test checks).
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/**
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @type {CspDirectives} */
export const directives = {
	'default-src': ['self'],
	// No 'unsafe-inline' and no 'unsafe-eval': the only inline script is kit's start-up script,
	// which is allowed by its hash, and no bundled dependency evaluates strings as code.
	'script-src': ['self'],
	// The stylesheets inlined under inlineStyleThreshold are allowed by their hashes, so <style>
	// needs no 'unsafe-inline'. Svelte sets styles from script through the CSSOM, which CSP does
	// not restrict.
	'style-src': ['self'],
	// style="" attributes in markup are refused, except the announcer's, allowed by its hash alone
	// ('unsafe-hashes' is what lets a hash match an attribute, and nothing else).
	'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
	// QR codes and charts are inline SVG; data: and blob: cover images made on the device.
	'img-src': ['self', 'data:', 'blob:'],
	'connect-src': ['self'],
	// The service worker, and module workers bundled from the app's own files.
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * Directives that browsers ignore in a <meta> tag, so only a response header can deliver them.
 * @type {CspDirectives}
 */
export const headerOnlyDirectives = {
	// No other site may frame the app (and dress its buttons up as something else).
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-eval',
	'unsafe-hashes',
	'unsafe-inline',
	'strict-dynamic',
	'report-sample',
	'wasm-unsafe-eval'
]);

/**
 * Writes directives the way a header spells them: keywords and hashes in single quotes, as
 * SvelteKit does for its <meta> tag.
 * @param {CspDirectives} policy
 * @example serializePolicy({ 'object-src': ['none'] }) // "object-src 'none'"
 */
export function serializePolicy(policy) {
	return Object.entries(policy)
		.filter(([, sources]) => Array.isArray(sources) && sources.length > 0)
		.map(([name, sources]) =>
			[
				name,
				.../** @type {string[]} */ (sources).map((source) =>
					KEYWORDS.has(source) || /^(nonce|sha\d{3})-/.test(source) ? `'${source}'` : source
				)
			].join(' ')
		)
		.join('; ');
}
