/** Why something could not be saved, in a sentence for the person: `what` is its subject. */
export function describeStorageProblem(error: unknown, what: string): string {
	const name =
		(error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as Error)?.name;
	if (name === 'QuotaExceededError') {
		return `${what} was not saved: this device is out of storage space. Free some space, then try again; nothing is lost meanwhile.`;
	}
	return `${what} could not be saved. Try again; if it keeps failing, reload the page.`;
}
