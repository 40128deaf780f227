// A receipt travels in the URL fragment and is opened with keys in IndexedDB: browser only.
export const prerender = false;
export const ssr = false;
