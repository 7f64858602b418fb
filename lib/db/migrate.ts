import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies the SQL migrations under prisma/migrations in order, recording them in Prisma's own
 * `_prisma_migrations` table (same columns, same checksums), so `prisma migrate status` agrees with
 * it. This lets `npm start` migrate a database without the Prisma CLI's native schema engine.
 */
export async function applyMigrations(databaseUrl: string, options: { migrationsDir?: string; log?: (line: string) => void } = {}): Promise<string[]> {
  const dir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = options.log ?? (() => undefined);
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    // One migrator at a time, even if two app processes start together.
    await client.query("SELECT pg_advisory_lock(72707269)");
    // Created only when missing: the app's own role may check an up-to-date schema, not create tables.
    const hasLog = await client.query<{ log: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS "log"`);
    if (!hasLog.rows[0]?.log)
      await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.rows.map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      const previous = byName.get(migration.name);
      if (previous?.finished_at) {
        if (previous.checksum !== migration.checksum) {
          log(`warning: migration ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      if (previous) {
        throw new Error(`Migration ${migration.name} failed earlier and needs attention (see _prisma_migrations.logs).`);
      }
      log(`applying migration ${migration.name}`);
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [id, migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const isRefused = (error as { code?: string }).code === "42501";
        const hint = isRefused ? " (migrations run as the schema's owner: set MIGRATION_DATABASE_URL to its connection)" : "";
        throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}${hint}`);
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707269)").catch(() => undefined);
    await client.end();
  }
  return applied;
}

async function readMigrations(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}
