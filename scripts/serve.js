// Serves a built copy of the app the way a static host would: files as they are, and the SPA
// fallback page for any other path (which `vite preview` does not do for adapter-static).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag >= 0 ? args.splice(portFlag, 2)[1] : (process.env.PORT ?? 4173));
const dir = resolve(args[0] ?? process.env.FOOTNOTE_OUT ?? 'build');

if (!existsSync(resolve(dir, '200.html'))) {
	console.error(`[serve] ${dir} holds no built app: run \`npm run build\` first.`);
	process.exit(1);
}

const assets = sirv(dir, {
	single: '200.html',
	gzip: true,
	brotli: true,
	// Re-read the folder on every request, so a build swapped in underneath is served at once.
	dev: process.env.FOOTNOTE_SERVE_LIVE === '1',
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			// The worker, the manifest and the pages must be revalidated, or updates would never arrive.
			res.setHeader('Cache-Control', 'no-cache');
		}
	}
});

createServer((req, res) =>
	assets(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	})
).listen(port, 'localhost', () => {
	console.log(`Footnote is served at http://localhost:${port}`);
});
