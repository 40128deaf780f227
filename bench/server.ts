import { spawn, type ChildProcess } from 'node:child_process';

/** Serves a built app with scripts/serve.js on `port`, resolving once it listens. */
export function serveBuild(
	port: number,
	dir = 'build'
): Promise<{ url: string; stop: () => void }> {
	const child: ChildProcess = spawn('node', ['scripts/serve.js', dir], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('served at')) {
				resolve({ url: `http://localhost:${port}`, stop: () => child.kill() });
			}
		});
		child.on('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
	});
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
