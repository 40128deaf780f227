export interface Toast {
	id: number;
	message: string;
	tone: 'info' | 'error';
}

let nextId = 1;

/** Short messages for the user, shown by the app shell in a polite live region. */
class Notices {
	items = $state<Toast[]>([]);

	show(message: string, tone: Toast['tone'] = 'info', timeoutMs = 6000) {
		// The same message twice (a slider dragged while storage is full) is shown once.
		const shown = this.items.find((t) => t.message === message && t.tone === tone);
		if (shown) return shown.id;
		const id = nextId++;
		this.items = [...this.items, { id, message, tone }];
		if (timeoutMs > 0) setTimeout(() => this.dismiss(id), timeoutMs);
		return id;
	}

	dismiss(id: number) {
		this.items = this.items.filter((t) => t.id !== id);
	}
}

export const notices = new Notices();

/**
 * Logs an error and tells the user, in words written for them. An action the user aborted (a
 * closed share sheet) is not an error; a database transaction aborted by a full disk is: Dexie
 * reports it as an AbortError of its own (not a DOMException) with the cause inside.
 */
export function reportError(error: unknown, message: string) {
	if (error instanceof DOMException && error.name === 'AbortError') return;
	console.error(error);
	notices.show(message, 'error', 0);
}
