// Serves a built copy of the app the way a static host would: files as they are, and the SPA
// fallback page for any other path (which `vite preview` does not do for adapter-static).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { readRange } from './byte-range.js';
import { directives, headerOnlyDirectives, serializePolicy } from './content-security-policy.js';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args.splice(portFlag, 2)[1] : (process.env.PORT ?? 4173));
const dir = resolve(args[0] ?? process.env.FOOTNOTE_OUT ?? 'build');

if (!existsSync(resolve(dir, '200.html'))) {
	console.error(`[serve] ${dir} holds no built app: run \`npm run build\` first.`);
	process.exit(1);
}

const headerOnlyPolicy = serializePolicy(headerOnlyDirectives);
// A worker script takes its policy from its own response, not from the page that starts it.
const filePolicy = `${serializePolicy(directives)}; ${headerOnlyPolicy}`;
const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/**
 * The policy SvelteKit wrote into the page a request is answered with (the prerendered page, or
 * else the fallback shell), which alone holds the hashes of that page's inline script and style.
 */
function pagePolicy(pathname) {
	const base = join(dir, pathname);
	const candidates = pathname.endsWith('.html')
		? [base]
		: [`${base}.html`, join(base, 'index.html')];
	const file =
		candidates.find((path) => path.startsWith(dir + sep) && existsSync(path)) ??
		join(dir, '200.html');
	const policy = metaPolicy.exec(readFileSync(file, 'utf8'))?.[1];
	return policy?.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * Whether a request path names a file of the build. Everything else is a page, whatever its last
 * part looks like: `/read/l'histoire.v2` is the reader, answered with the fallback page.
 */
function isFile(pathname) {
	const path = join(dir, pathname);
	if (!path.startsWith(dir + sep)) return false;
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

const assets = sirv(dir, {
	single: '200.html',
	gzip: true,
	brotli: true,
	// Re-read the folder on every request, so a build swapped in underneath is served at once.
	dev: process.env.FOOTNOTE_SERVE_LIVE === '1',
	setHeaders(res, pathname) {
		if (!isFile(pathname) || pathname.endsWith('.html')) {
			const policy = pagePolicy(pathname);
			// A page built without a policy keeps none: one without its hashes would block its start-up.
			if (policy) res.setHeader('Content-Security-Policy', `${policy}; ${headerOnlyPolicy}`);
		} else {
			res.setHeader('Content-Security-Policy', filePolicy);
		}
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			// The worker, the manifest and the pages must be revalidated, or updates would never arrive.
			res.setHeader('Cache-Control', 'no-cache');
		}
	}
});

function notFound(req, res) {
	res.statusCode = 404;
	res.end('Not found');
}

function serve(req, res) {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	// Reading paths say what a person studies; other sites need not learn them.
	res.setHeader('Referrer-Policy', 'no-referrer');
	// A file that fails while it is sent (a build swapped in underneath) ends that answer only.
	res.on('pipe', (source) => source.on('error', () => res.destroy()));
	const range = readRange(req.headers.range);
	if (range.kind === 'refuse') {
		res.statusCode = 416;
		res.end();
		return;
	}
	if (range.kind === 'range') req.headers.range = range.header;
	else delete req.headers.range;
	assets(req, res, () => notFound(req, res));
}

const server = createServer((req, res) => {
	// One bad request must not end the server for everyone else.
	try {
		serve(req, res);
	} catch (error) {
		console.error(`[serve] ${req.method} ${req.url}:`, error);
		if (res.headersSent) {
			res.destroy();
		} else {
			res.statusCode = 500;
			res.end();
		}
	}
});

server.listen(port, 'localhost', () => {
	// The port actually bound, which differs from the one asked for when that was 0 (any free one).
	const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`Footnote is served at http://localhost:${bound}`);
});
