// Stands in for the "server-only" guard under vitest, which runs server code directly.
export {};
