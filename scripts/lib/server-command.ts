// How the production app server (scripts/serve.ts) is started: the same for `npm start`, the
// end-to-end tests and `npm run bench -- --http`, so what is tested and measured is what runs.

/**
 * V8's old-generation cap for the app server, in MB. Left to itself, V8 sizes the heap for the
 * machine's memory and lets garbage pile up under load: `npm run bench -- --http --memory` saw RSS go
 * from about 290 MB to over 1 GB in two minutes. Capped, it collects sooner and holds at about 400 MB.
 * The live heap is 100–150 MB; the same bench loads the largest import the server accepts
 * (IMPORT_LIMIT_BYTES) under load within this cap.
 */
export const SERVER_HEAP_MB = 256;

/**
 * The app server's environment, on top of the caller's. glibc's malloc gives each thread that
 * allocates (Node's main thread, libuv's pool, V8's helpers) its own arena, up to eight per core,
 * and each keeps what it freed: under `npm run bench -- --http --memory` that was about 170 MB of
 * the server's RSS. Two arenas held the same load in about 115 MB less, at no measurable cost in
 * throughput. Set MALLOC_ARENA_MAX yourself to choose otherwise; other C libraries ignore it.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };

/** Node's flags for the app server, before the loader and script. */
export const SERVER_NODE_FLAGS = [`--max-old-space-size=${SERVER_HEAP_MB}`];

/** The app server's arguments to `node`: flags, the TypeScript loader, the script and where to listen. */
export function serverNodeArgs({ tsxLoader, script, port, host }: { tsxLoader: string; script: string; port: string | number; host?: string }): string[] {
  return [...SERVER_NODE_FLAGS, "--import", tsxLoader, script, "--port", String(port), ...(host ? ["--host", host] : [])];
}
