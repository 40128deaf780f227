import type { SessionSnapshot } from './review-session.svelte.ts';

const PREFIX = 'footnote:session:';

/**
 * Where a session stands, kept per tab: "Open in source" and back, or a reload, resume it. The
 * answers themselves are in IndexedDB already; this only remembers the place.
 */
export function saveSessionSnapshot(snapshot: SessionSnapshot): void {
	try {
		sessionStorage.setItem(PREFIX + snapshot.key, JSON.stringify(snapshot));
	} catch {
		// Without sessionStorage a reload starts a fresh session; no answer is lost.
	}
}

export function loadSessionSnapshot(key: string): SessionSnapshot | null {
	try {
		const raw = sessionStorage.getItem(PREFIX + key);
		const data = raw ? (JSON.parse(raw) as SessionSnapshot) : null;
		return data && data.key === key && Array.isArray(data.items) ? data : null;
	} catch {
		return null;
	}
}

/** A short random id for a new session. */
export function newSessionKey(): string {
	return crypto.randomUUID().slice(0, 8);
}
