import { rmSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";

export interface ThrowawayDatabase {
  url: string;
  /** Stops PostgreSQL and deletes its files; safe to call more than once. */
  stop: () => Promise<void>;
}

/**
 * A real PostgreSQL in a temporary folder, migrated and loaded with the demo data, for tests and
 * benchmarks. Sets DATABASE_URL for this process and its children. Ctrl-C stops it and deletes
 * the folder.
 */
export async function startThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `parley-${label}-db-`));
  // As root, PostgreSQL runs as a separate system user that must be able to enter this folder.
  await chmod(dir, 0o755);
  // embedded-postgres exits at once on SIGINT/SIGTERM, possibly before stop() runs.
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  console.log(`=== starting a throwaway PostgreSQL in ${dir}`);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), isThrowaway: true }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    })());
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  process.on("SIGTERM", () => void stop().then(() => process.exit(143)));
  try {
    process.env.DATABASE_URL = server.url;
    await prepareDatabase(server.url, (line) => console.log(`[db] ${line}`), { isDemo: false });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: server.url, stop };
}
