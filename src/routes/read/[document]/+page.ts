import type { PageLoad } from './$types';

// The reader finds its document among the banks in the browser; the fallback page serves it.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = ({ params, url }) => ({
	documentId: params.document,
	questionId: url.searchParams.get('q')
});
