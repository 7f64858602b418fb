/**
 * Largest export document the import route accepts: Next.js buffers request bodies that pass
 * through proxy.ts up to 10 MiB (experimental.proxyClientMaxBodySize) and cuts larger ones short,
 * so a larger file is refused with 413 up front. A larger workspace goes through `npm run restore`.
 */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
