// Makes sure Debian's Chromium is installed for the browser tests: tools that download their own
// browser cannot reach the network here, so the tests drive /usr/bin/chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const ATTEMPTS = 6;

function sleep(seconds) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
}

function apt(args) {
	const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
	const [cmd, ...rest] = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
	const result = spawnSync(cmd, rest, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	return result.status === 0;
}

if (existsSync(CHROMIUM)) {
	console.log(`[ensure-chromium] ${execFileSync(CHROMIUM, ['--version']).toString().trim()}`);
	process.exit(0);
}

console.log('[ensure-chromium] installing Debian chromium for the browser tests');
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
	// Another apt run (an unattended upgrade, say) may hold the dpkg lock: the lock timeout waits
	// for it, and a failed attempt is retried after a pause.
	if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && existsSync(CHROMIUM)) {
		console.log('[ensure-chromium] installed');
		process.exit(0);
	}
	console.warn(`[ensure-chromium] attempt ${attempt} of ${ATTEMPTS} failed`);
	sleep(10 * attempt);
}
console.error(`[ensure-chromium] could not install chromium: ${CHROMIUM} is missing`);
process.exit(1);
