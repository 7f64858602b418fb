// Vitest global setup: the tests in tests/db need a real PostgreSQL. `npm test` provides one in
// DATABASE_URL; run on its own (`npm run test:unit`), vitest starts a throwaway one here.
import { startThrowawayDatabase, type ThrowawayDatabase } from "@/scripts/lib/throwaway-database";

let database: ThrowawayDatabase | undefined;

export async function setup() {
  if (process.env.DATABASE_URL) return;
  // Set before the workers start, so they inherit it.
  database = await startThrowawayDatabase("vitest");
}

export async function teardown() {
  await database?.stop();
}
