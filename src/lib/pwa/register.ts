import { Workbox } from 'workbox-window';
import { base } from '$app/paths';
import { pwa } from './pwa-state.svelte.ts';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and wires its life cycle to the notices: "Ready to work offline"
 * on first install, "Update available" when a new version waits. The page only reloads when the
 * user asks, so nobody loses a quiz they are in the middle of.
 */
export async function registerServiceWorker(): Promise<void> {
	const wb = new Workbox(`${base}/service-worker.js`);
	let acceptedHere = false;

	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) pwa.offlineReady = true;
	});

	wb.addEventListener('waiting', () => {
		pwa.offerUpdate(() => {
			acceptedHere = true;
			wb.messageSkipWaiting();
		});
	});

	wb.addEventListener('controlling', (event) => {
		if (!event.isUpdate) return;
		if (acceptedHere) {
			window.location.reload();
		} else {
			pwa.updateWaiting = false;
			pwa.updatedElsewhere = true;
		}
	});

	await wb.register();

	// Long-lived tabs (an installed app left open for days) look for updates now and then.
	setInterval(() => void wb.update(), UPDATE_CHECK_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void wb.update();
	});
}
