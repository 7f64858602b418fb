import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { APP_ROLE } from "@/lib/db/app-role";
import { applyMigrations } from "@/lib/db/migrate";
import { createActor, databaseUrl, ownerPrisma, prisma, tag } from "./helpers";

// These tests run on the app's own connection (DATABASE_URL: the test setup connects as the app
// role, as `npm start` does) and prove what it may not do.
const client = new pg.Client({ connectionString: databaseUrl });

beforeAll(async () => {
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** The PostgreSQL error a statement fails with, or null when it succeeds (then rolled back). */
async function failureOf(sql: string): Promise<{ code?: string; message: string } | null> {
  await client.query("BEGIN");
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  } finally {
    await client.query("ROLLBACK");
  }
}

const INSUFFICIENT_PRIVILEGE = "42501";

describe("the app's database role", () => {
  it("is the app role, no superuser, and owns nothing", async () => {
    const { rows } = await client.query<{ role: string; isSuperuser: boolean; isMember: boolean; owned: string[] }>(
      `SELECT current_user AS "role", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS "isSuperuser",
              pg_has_role(current_user, $1, 'USAGE') AS "isMember",
              ARRAY(SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')) AS "owned"`,
      [APP_ROLE],
    );
    expect(rows[0]).toEqual({ role: APP_ROLE, isSuperuser: false, isMember: true, owned: [] });
  });

  it("may read and write every app table, only read and append the audit trail, and only read the migration log", async () => {
    const { rows } = await client.query<{ table: string; privileges: string[] }>(
      `SELECT tablename AS "table",
              ARRAY(SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) AS p
                    WHERE has_table_privilege(current_user, format('%I.%I', schemaname, tablename), p)) AS "privileges"
       FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const { table, privileges } of rows) {
      const expected = table === "AuditEvent" ? ["SELECT", "INSERT"] : table === "_prisma_migrations" ? ["SELECT"] : ["SELECT", "INSERT", "UPDATE", "DELETE"];
      expect({ table, privileges }).toEqual({ table, privileges: expected });
    }
    const sequences = await client.query<{ name: string; isUsable: boolean }>(
      `SELECT sequencename AS "name", has_sequence_privilege(current_user, format('%I.%I', schemaname, sequencename), 'USAGE') AS "isUsable"
       FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const sequence of sequences.rows) expect(sequence).toEqual({ name: sequence.name, isUsable: true });
  });

  it("appends to the audit trail but cannot change, delete, truncate or unprotect it", async () => {
    const actor = await createActor("ANALYST");
    const event = await prisma.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, action: "issue.edit", entityType: "issue", entityId: `issue-${tag()}`, after: { title: "kept" } }),
    );
    const id = String(event.id);
    for (const sql of [
      `UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "id" = ${id}`,
      `DELETE FROM "AuditEvent" WHERE "id" = ${id}`,
      `TRUNCATE "AuditEvent"`,
    ]) {
      const failure = await failureOf(sql);
      expect(failure?.code, sql).toBe(INSUFFICIENT_PRIVILEGE);
      expect(failure?.message, sql).toMatch(/permission denied for table AuditEvent/);
    }
    for (const sql of [
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`,
      `DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent"`,
      `ALTER TABLE "AuditEvent" DROP COLUMN "hash"`,
    ]) {
      const failure = await failureOf(sql);
      expect(failure?.code, sql).toBe(INSUFFICIENT_PRIVILEGE);
      expect(failure?.message, sql).toMatch(/must be owner/);
    }
    // Replica mode would skip every trigger; only superusers (or roles granted it) may set it.
    expect(await failureOf(`SET session_replication_role = replica`)).toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    const stored = await ownerPrisma().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("issue.edit");
  });

  it("cannot create, alter or drop tables, nor grant itself more", async () => {
    for (const sql of [
      `CREATE TABLE "Intruder" (id int)`,
      `CREATE TABLE public."Intruder" (id int)`,
      `CREATE FUNCTION public.intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
      // Replacing the trigger's function would defuse it without touching the table.
      `CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
      `ALTER TABLE "User" ADD COLUMN "intruder" int`,
      `DROP TABLE "RateLimitWindow"`,
      `ALTER ROLE ${APP_ROLE} SUPERUSER`,
    ]) {
      expect(await failureOf(sql), sql).toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    }
    // A grant by a non-owner only warns ("no privileges were granted"); the privilege stays absent.
    await client.query(`GRANT UPDATE, DELETE ON "AuditEvent" TO ${APP_ROLE}`);
    const { rows } = await client.query<{ canUpdate: boolean }>(`SELECT has_table_privilege('"AuditEvent"', 'UPDATE') AS "canUpdate"`);
    expect(rows).toEqual([{ canUpdate: false }]);
  });

  it("is granted rights on tables that later migrations create (default privileges of the owner)", async () => {
    const owner = ownerPrisma();
    const table = `Later_${tag()}`;
    await owner.$executeRawUnsafe(`CREATE TABLE "${table}" (id serial PRIMARY KEY, note text)`);
    try {
      await client.query(`INSERT INTO "${table}" (note) VALUES ('written by the app')`);
      const { rows } = await client.query<{ note: string }>(`SELECT note FROM "${table}"`);
      expect(rows).toEqual([{ note: "written by the app" }]);
    } finally {
      await owner.$executeRawUnsafe(`DROP TABLE "${table}"`);
    }
  });

  it("can confirm the schema is up to date, but not migrate it", async () => {
    const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    expect(await applyMigrations(databaseUrl, { migrationsDir })).toEqual([]);
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-app-role-"));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await mkdir(path.join(dir, "99990101000000_pending"));
      await writeFile(path.join(dir, "99990101000000_pending", "migration.sql"), `CREATE TABLE "Pending" (id int);\n`);
      await expect(applyMigrations(databaseUrl, { migrationsDir: dir })).rejects.toThrow(/permission denied.*MIGRATION_DATABASE_URL/);
      const { rows } = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_pending'`);
      expect(rows).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
