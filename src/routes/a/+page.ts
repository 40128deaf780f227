// The assignment travels in the URL fragment, which only the browser sees: rendered there alone.
export const prerender = false;
export const ssr = false;
