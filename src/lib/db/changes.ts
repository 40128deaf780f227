/**
 * Tells the app's other open tabs that the data changed, so their screens read it again instead
 * of showing what was true when they loaded. Posted after a write has committed; a tab does not
 * hear its own messages (BroadcastChannel semantics), as its own screens already know.
 * Its own module without dexie, so screens can listen without loading the database code.
 */

/** What changed. 'restore' means anything may have: every listener hears it. */
export type DataTopic =
	'answers' | 'cards' | 'attempts' | 'assignments' | 'receipts' | 'documents' | 'restore';

export const DATA_CHANNEL = 'footnote-data';

let channel: BroadcastChannel | null | undefined;

/** The tab's one channel, for posting and listening alike; null where there is none. */
function getChannel(): BroadcastChannel | null {
	if (channel === undefined) {
		channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DATA_CHANNEL);
	}
	return channel;
}

/** Tells the other tabs that `topic` changed. Call it once the write's transaction committed. */
export function announceChange(topic: DataTopic): void {
	try {
		getChannel()?.postMessage({ topic });
	} catch (error) {
		// The data is saved; the other tabs catch up when they next load.
		console.warn(error);
	}
}

/**
 * Calls `listener` whenever another tab changes one of `topics`.
 * @returns a function that stops listening, so it can be an effect's cleanup
 * @example $effect(() => onDataChange(['answers'], () => reload()));
 */
export function onDataChange(
	topics: readonly DataTopic[],
	listener: (topic: DataTopic) => void
): () => void {
	const source = getChannel();
	if (!source) return () => {};
	const handle = (event: MessageEvent) => {
		const topic = (event.data as { topic?: DataTopic } | null)?.topic;
		if (topic && (topic === 'restore' || topics.includes(topic))) listener(topic);
	};
	source.addEventListener('message', handle);
	return () => source.removeEventListener('message', handle);
}
