import { parseSessionSpec } from '$core/study/session-spec.ts';
import type { PageLoad } from './$types';

// A session reads IndexedDB and its URL: it is rendered in the browser only.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ url }) => ({
	spec: parseSessionSpec(url.searchParams),
	sessionKey: url.searchParams.get('sid')
});
