import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { enableAppRoleLogin } from "@/lib/db/app-role";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";

export interface ThrowawayDatabase {
  /** What DATABASE_URL was set to: the app role's URL with `connectAs: "app"`, else the owner's. */
  url: string;
  /** The owner's (a superuser's) URL, for migrations and for tests that must act as the owner. */
  ownerUrl: string;
  /** Stops PostgreSQL and deletes its files; safe to call more than once. */
  stop: () => Promise<void>;
}

/**
 * A real PostgreSQL in a temporary folder, migrated and loaded with the demo data, for tests and
 * benchmarks. Sets DATABASE_URL for this process and its children: with `connectAs: "app"` the
 * least-privileged app role's (as `npm start` connects the app; a missing grant then fails a test),
 * and MIGRATION_DATABASE_URL to the owner's. Ctrl-C stops it and deletes the folder.
 */
export async function startThrowawayDatabase(label: string, options: { connectAs?: "owner" | "app" } = {}): Promise<ThrowawayDatabase> {
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
    const appUrl = options.connectAs === "app" ? await enableAppRoleLogin(server.url, randomBytes(24).toString("hex")) : server.url;
    process.env.DATABASE_URL = appUrl;
    process.env.MIGRATION_DATABASE_URL = server.url;
    await prepareDatabase({ ownerUrl: server.url, appUrl }, (line) => console.log(`[db] ${line}`), { isDemo: false });
    return { url: appUrl, ownerUrl: server.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
