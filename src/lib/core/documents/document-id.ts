import { hashText } from '../hash.ts';
import { slugify } from '../text.ts';

/**
 * The id of a document imported on a device: its title's slug and a hash of its text, so that
 * importing the same text again under the same title replaces it (progress kept), and two
 * documents with one title stay apart.
 */
export function importedDocumentId(title: string, text: string): string {
	const slug = slugify(title).slice(0, 48).replace(/-+$/, '') || 'document';
	return `${slug}-${hashText(text).slice(-6)}`;
}
