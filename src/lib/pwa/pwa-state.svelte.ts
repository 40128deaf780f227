/** What the service worker has told the page, for the notices in the app shell. */
class PwaState {
	/** The first install finished: everything needed offline is cached. */
	offlineReady = $state(false);
	/** A new version is installed and waiting for the user to accept it. */
	updateWaiting = $state(false);
	/** Another tab accepted an update: this one keeps running the version it loaded. */
	updatedElsewhere = $state(false);
	#accept: (() => void) | null = null;

	offerUpdate(accept: () => void) {
		this.#accept = accept;
		this.updateWaiting = true;
	}

	acceptUpdate() {
		this.updateWaiting = false;
		this.#accept?.();
	}

	dismissUpdate() {
		this.updateWaiting = false;
	}
}

export const pwa = new PwaState();
