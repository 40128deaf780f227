import { untrack } from 'svelte';
import { onDataChange, type DataTopic } from '$lib/db/changes.ts';

/**
 * A screen's data, read again when another tab changes one of `topics` (or when the reactive
 * values `depends` reads change, such as a setting). `current` is a promise for `{#await}`; a new
 * read replaces it only once it has settled, so the screen updates in place instead of flashing
 * back to its loading state. Create it while a component initialises: it listens until the
 * component is gone.
 * @example const today = liveLoad(loadToday, ['answers'], () => settings.current.newPerDay);
 */
export function liveLoad<T>(
	load: () => Promise<T>,
	topics: readonly DataTopic[],
	depends?: () => unknown
): { readonly current: Promise<T> } {
	let current = $state.raw(load());
	let latest = 0;

	function reload() {
		const run = ++latest;
		const next = load();
		// Only the newest read is shown, whichever finishes first.
		const settle = () => {
			if (run === latest) current = next;
		};
		next.then(settle, settle);
	}

	$effect(() => onDataChange(topics, reload));
	if (depends) {
		let first = true;
		$effect(() => {
			depends();
			if (first) first = false;
			else untrack(reload);
		});
	}
	return {
		get current() {
			return current;
		}
	};
}
