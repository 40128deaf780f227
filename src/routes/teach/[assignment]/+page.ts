import type { PageLoad } from './$types';

// Assignments live in this browser's storage, so the page is built in the browser only.
export const ssr = false;
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ assignmentId: params.assignment });
