import { QUESTION_KINDS, type QuestionKind } from '../questions/types.ts';
import type { ModePreference } from './plan.ts';

/**
 * What a study session is, as its URL says it, so a session can be linked, reloaded and returned
 * to: `review` (everything due, then new), one `document`, or a `practice` quiz.
 */
export interface SessionSpec {
	type: 'review' | 'document' | 'practice';
	documentId?: string;
	paragraph?: string;
	kinds: QuestionKind[];
	count?: number;
	/** Whether answers move the schedule. Reviews always do; practice only when asked. */
	counted: boolean;
	mode?: ModePreference;
}

export const MAX_PRACTICE_COUNT = 100;

/** What parsing needs of URLSearchParams, so this module stays free of DOM types. */
export interface SearchParams {
	get(name: string): string | null;
}

/** Reads a session from URL search parameters; anything unknown is ignored, never fatal. */
export function parseSessionSpec(params: SearchParams): SessionSpec {
	const documentId = params.get('document') || undefined;
	const paragraph = (documentId && params.get('paragraph')) || undefined;
	const kinds = (params.get('kinds') ?? '')
		.split(',')
		.filter((k: string): k is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(k));
	const count = Number(params.get('count'));
	const mode = params.get('mode');
	const practice = params.get('practice') === '1' || !!paragraph;
	let type: SessionSpec['type'] = documentId ? 'document' : 'review';
	if (practice) type = 'practice';
	const spec: SessionSpec = {
		type,
		kinds,
		counted: practice ? params.get('counted') === '1' : true
	};
	if (documentId) spec.documentId = documentId;
	if (paragraph) spec.paragraph = paragraph;
	if (Number.isInteger(count) && count > 0) spec.count = Math.min(count, MAX_PRACTICE_COUNT);
	if (mode === 'auto' || mode === 'choice' || mode === 'typed') spec.mode = mode;
	return spec;
}

/** The URL search string for a session: the inverse of parseSessionSpec. */
export function sessionSearch(spec: SessionSpec): string {
	const params: [string, string][] = [];
	if (spec.type === 'practice') params.push(['practice', '1']);
	if (spec.documentId) params.push(['document', spec.documentId]);
	if (spec.paragraph) params.push(['paragraph', spec.paragraph]);
	if (spec.kinds.length) params.push(['kinds', spec.kinds.join(',')]);
	if (spec.count) params.push(['count', String(spec.count)]);
	if (spec.type === 'practice' && spec.counted) params.push(['counted', '1']);
	if (spec.mode) params.push(['mode', spec.mode]);
	const search = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
	return search ? `?${search}` : '';
}
