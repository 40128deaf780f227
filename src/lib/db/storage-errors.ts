/**
 * Storage errors, in words a person can act on. Dexie wraps the browser's errors (a full disk
 * reaches the app as an AbortError whose `inner` is the QuotaExceededError), so the whole chain
 * of `inner` and `cause` is read. This module only reads error names: screens import it without
 * loading the database code.
 */

/** What went wrong with the device's storage, as far as the app can tell. */
export type StorageProblem =
	'quota' | 'version' | 'unavailable' | 'closed' | 'internal' | 'interrupted';

/** Error names by the problem they mean, most telling first: a chain is named by its worst link. */
const PROBLEMS: [StorageProblem, string[]][] = [
	['quota', ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']],
	// The data was written by a newer app: this copy cannot open it or lacks one of its tables.
	['version', ['VersionError', 'UpgradeError', 'NotFoundError']],
	// The browser refuses storage outright: a private window, blocked site data, no IndexedDB.
	['unavailable', ['MissingAPIError', 'SecurityError', 'OpenFailedError', 'InvalidAccessError']],
	// The connection went away: another tab upgraded the database, or the browser closed it.
	['closed', ['DatabaseClosedError', 'InvalidStateError', 'VersionChangeError']],
	// The browser's own storage failed underneath (Chrome's "Internal error", a damaged profile).
	['internal', ['UnknownError']],
	['interrupted', ['AbortError', 'TimeoutError', 'TransactionInactiveError']]
];

/**
 * The names of the error and everything it wraps, and whether opening the database failed: Dexie
 * answers every call after a failed open with a DatabaseClosedError wrapping the open's error.
 */
function readChain(error: unknown): { names: Set<string>; openFailed: boolean } {
	const names = new Set<string>();
	let openFailed = false;
	let current = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
		const link = current as { name?: unknown; inner?: unknown; cause?: unknown };
		const inner = (link.inner ?? link.cause) as { name?: unknown } | null | undefined;
		if (link.name === 'DatabaseClosedError' && inner && inner.name !== 'DatabaseClosedError') {
			openFailed = true;
		} else if (typeof link.name === 'string') {
			names.add(link.name);
		}
		current = inner;
	}
	return { names, openFailed };
}

/**
 * Which storage problem an error shows, or null when it is not one (a bug, bad input).
 * @example classifyStorageError(new DOMException('', 'QuotaExceededError')) // 'quota'
 */
export function classifyStorageError(error: unknown): StorageProblem | null {
	const { names, openFailed } = readChain(error);
	const problem = PROBLEMS.find(([, known]) => known.some((name) => names.has(name)))?.[0] ?? null;
	// A database that would not open, for no reason more telling, is one the browser refuses.
	if (openFailed && (problem === null || problem === 'closed' || problem === 'interrupted')) {
		return 'unavailable';
	}
	return problem;
}

export interface StorageErrorWords {
	/** What was being kept, as the sentence names it: 'this answer', 'the receipts'. */
	what: string;
	/** True when `what` is plural ('the receipts are not saved yet'). */
	plural?: boolean;
	/** The past participle of the action: 'saved' unless told otherwise ('restored', 'published'). */
	done?: string;
	/** How to do it again, after a comma: 'press Try again', 'add them again'. */
	retry?: string;
	/** The message for an error that is not a storage problem. */
	otherwise?: string;
}

function capitalise(text: string) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One plain sentence or two for any storage error: what happened, that the thing is not lost but
 * not kept yet, and what to do.
 * @example
 * describeStorageError(error, { what: 'this answer', retry: 'press Try again' })
 * // 'Your device is out of storage space, so this answer is not saved yet. Free some space, then press Try again.'
 */
export function describeStorageError(error: unknown, words: StorageErrorWords): string {
	const { what, plural = false, done = 'saved', retry = 'try again' } = words;
	const is = plural ? 'are' : 'is';
	const notYet = `so ${what} ${is} not ${done} yet`;
	switch (classifyStorageError(error)) {
		case 'quota':
			return `Your device is out of storage space, ${notYet}. Free some space, then ${retry}.`;
		case 'version':
			return `The data on this device was saved by a newer version of Footnote, ${notYet}. Reload the page to get the newer version, then ${retry}.`;
		case 'unavailable':
			return `This browser is not letting Footnote keep data on this device (a private window or a setting that blocks site data can do this), so ${what} cannot be ${done}. Open Footnote in a normal window, or allow site data for it, then reload.`;
		case 'closed':
			return `Footnote lost its connection to this device's storage (a newer version may have opened in another tab), ${notYet}. Reload the page, then ${retry}.`;
		case 'internal':
			return `The browser could not write to this device's storage, ${notYet}. ${capitalise(retry)}; if it keeps failing, restart the browser.`;
		case 'interrupted':
			return `Saving was interrupted, ${notYet}. ${capitalise(retry)}.`;
		default:
			return words.otherwise ?? `${capitalise(what)} could not be ${done}. ${capitalise(retry)}.`;
	}
}
