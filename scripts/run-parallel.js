// Runs npm scripts side by side and fails if any fails: the type checks and the linters each
// keep one core busy, so on a two-core machine they take the time of the slower one.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const runs = scripts.map(
	(name) =>
		new Promise((resolve) => {
			const child = spawn('npm', ['run', '--silent', name], { stdio: 'inherit' });
			child.on('close', (code) => resolve({ name, code }));
			child.on('error', () => resolve({ name, code: 1 }));
		})
);
const failed = (await Promise.all(runs)).filter((r) => r.code !== 0);
for (const r of failed) console.error(`[run-parallel] npm run ${r.name} failed (${r.code})`);
process.exit(failed.length ? 1 : 0);
