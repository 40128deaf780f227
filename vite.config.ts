import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// The version a person sees in Settings; a build may label itself (the update test does).
		__APP_VERSION__: JSON.stringify(process.env.FOOTNOTE_VERSION ?? pkg.version)
	},
	build: {
		// Banks stay separate files however small, so they are fetched and precached, never inlined.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	server: { fs: { allow: ['questions'] } },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.{test,spec}.ts', 'scripts/**/*.{test,spec}.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.ts']
				}
			}
		]
	}
});
