/** Largest export document the import route accepts; a larger workspace goes through `npm run restore`. */
export const IMPORT_LIMIT_BYTES = 100 * 1024 * 1024;
