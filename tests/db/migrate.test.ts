import { createHash, randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { ownerDatabaseUrl as databaseUrl } from "./helpers";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** Migration folders and their SHA-256 checksums, as Prisma records them. */
async function migrationsOnDisk(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql"), "utf8"))
        .digest("hex"),
    })),
  );
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Empty databases on the test server, dropped after the file's tests. */
const created: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `parley_migrate_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await query(databaseUrl, `CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  for (const name of created) await query(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function recorded(url: string) {
  return query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

describe("applyMigrations", () => {
  let onDisk: { name: string; checksum: string }[];

  beforeAll(async () => {
    onDisk = await migrationsOnDisk();
    expect(onDisk.length).toBeGreaterThan(0);
  });

  it("applies every migration to an empty database, in order, then nothing on a second run", async () => {
    const url = await freshDatabase();
    const lines: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: MIGRATIONS_DIR, log: (line) => lines.push(line) })).toEqual(onDisk.map((m) => m.name));
    expect(lines).toEqual(onDisk.map((m) => `applying migration ${m.name}`));

    const rows = await recorded(url);
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count, row.rolled_back_at])).toEqual(
      onDisk.map((m) => [m.name, m.checksum, 1, null]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);

    // The schema is really there.
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["Negotiation", "Issue", "Update", "Source", "UpdateSource", "User"]));

    const secondLog: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: MIGRATIONS_DIR, log: (line) => secondLog.push(line) })).toEqual([]);
    expect(secondLog).toEqual([]);
    expect(await recorded(url)).toEqual(rows);
  });

  it("applies nothing to the already-prepared test database", async () => {
    const before = await recorded(databaseUrl);
    expect(await applyMigrations(databaseUrl, { migrationsDir: MIGRATIONS_DIR })).toEqual([]);
    expect(await recorded(databaseUrl)).toEqual(before);
    expect(before.map((row) => row.migration_name)).toEqual(onDisk.map((m) => m.name));
  });

  it("applies each migration once when two processes migrate at the same time", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([applyMigrations(url, { migrationsDir: MIGRATIONS_DIR }), applyMigrations(url, { migrationsDir: MIGRATIONS_DIR })]);
    expect([...a, ...b].sort()).toEqual(onDisk.map((m) => m.name));
    expect((await recorded(url)).map((row) => row.migration_name)).toEqual(onDisk.map((m) => m.name));
  });

  describe("with a migrations folder of its own", () => {
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "parley-migrations-"));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
    });

    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("rolls back a failing migration without recording it, and applies it once fixed", async () => {
      const url = await freshDatabase();
      await applyMigrations(url, { migrationsDir: dir });
      const name = "99990101000000_test_extra";
      await cp(path.join(dir, onDisk[0]!.name), path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "TestExtra" (id INT);\nSELECT * FROM "NoSuchTable";\n`);

      await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(`Migration ${name} failed`);
      expect((await recorded(url)).map((row) => row.migration_name)).not.toContain(name);
      expect(await query(url, `SELECT to_regclass('"TestExtra"') AS t`)).toEqual([{ t: null }]);

      await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "TestExtra" (id INT);\n`);
      expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([name]);
      expect((await recorded(url)).map((row) => row.migration_name)).toContain(name);

      // Editing an applied migration is reported, not re-applied.
      await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "TestExtra" (id INT);\n-- edited\n`);
      const lines: string[] = [];
      expect(await applyMigrations(url, { migrationsDir: dir, log: (line) => lines.push(line) })).toEqual([]);
      expect(lines).toEqual([`warning: migration ${name} was edited after it was applied`]);
    });
  });
});
