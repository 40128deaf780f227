// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version label, set at build time. */
	const __APP_VERSION__: string;

	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
