/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

// adapter-static writes the fallback page after this worker is built, so kit's lists miss it.
const SHELL = `${base}/200.html`;

precacheAndRoute([
	// Hashed file names change with their content: no revision needed. This includes every bank.
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version })),
	{ url: SHELL, revision: version }
]);
cleanupOutdatedCaches();

// Any other URL (a deep link into a document, say) gets the app shell, which routes on the client.
registerRoute(new NavigationRoute(createHandlerBoundToURL(SHELL)));

// A first install takes over at once, so the first visit already works offline. An update waits
// in `waiting` until the user chooses to reload (see src/lib/pwa/register.ts).
clientsClaim();

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
