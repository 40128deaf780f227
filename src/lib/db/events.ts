/**
 * Dispatched on `window` when a newer version of the app upgraded the database in another tab.
 * Its own module, so the app shell can listen without loading the database code.
 */
export const UPGRADED_ELSEWHERE = 'footnote:database-upgraded-elsewhere';
