/**
 * Hands a file to the browser's download manager, as a link the person clicked would. The link
 * is in the document while it is clicked because Firefox ignores clicks on detached links.
 * @example saveFile(new Blob([text], { type: 'text/plain' }), 'notes.txt')
 */
export function saveFile(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.download = fileName;
	anchor.hidden = true;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	// The browser reads the file after this function returns, and a large one (a long review log)
	// takes a while: the URL stays valid long enough, then its memory is given back.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
