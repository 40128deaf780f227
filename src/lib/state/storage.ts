/** What the browser says about this device's storage for the app. */
export interface StorageStatus {
	/** True once the browser promised not to clear the data when space runs low. */
	persisted: boolean;
	usedBytes?: number;
	quotaBytes?: number;
}

/** Reads whether storage is persistent and how much is used; an old browser gives what it can. */
export async function readStorageStatus(): Promise<StorageStatus> {
	const storage = navigator.storage;
	if (!storage) return { persisted: false };
	const [persisted, estimate] = await Promise.all([
		storage.persisted?.() ?? Promise.resolve(false),
		storage.estimate?.() ?? Promise.resolve<StorageEstimate>({})
	]);
	return { persisted, usedBytes: estimate.usage, quotaBytes: estimate.quota };
}

/**
 * Asks the browser to keep the data when space runs low. Asked after the first study session,
 * when there is progress worth keeping, and from Settings at any time.
 */
export async function requestPersistence(): Promise<boolean> {
	try {
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}

/** '1.2 MB', '340 KB': storage figures as a person reads them. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
