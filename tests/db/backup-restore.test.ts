import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/data-export/document-schema";
import { streamExport } from "@/lib/data-export/stream-export";
import { checkDocument } from "@/lib/data-import/check-document";
import { loadDocument } from "@/lib/data-import/import-document";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { logUpdate } from "@/lib/updates/log-update";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, ownerDatabaseUrl, ownerPrisma, prisma } from "./helpers";

async function exportText(client: Parameters<typeof streamExport>[2], at: Date): Promise<string> {
  let all = "";
  for await (const chunk of streamExport({ kind: "workspace" }, at, client)) all += chunk;
  return all;
}

describe("backup and restore (the workspace export into a fresh database)", () => {
  it("restores every record into a new, migrated database, and exporting that gives the same document", { timeout: 120_000 }, async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const update = await logUpdate(
      analyst,
      issue.id,
      logUpdateSchema.parse({ summary: "Kept for the backup.", occurredAt: "2025-05-01", newStatus: "CONVERGING" }),
    );
    const dropped = await logUpdate(analyst, issue.id, logUpdateSchema.parse({ summary: "Deleted before the backup.", occurredAt: "2025-05-02" }));
    await deleteUpdate(analyst, dropped.id);

    const at = new Date();
    const backup = await exportText(prisma, at);
    const document = checkDocument(JSON.parse(backup));
    expect(document.updates.map((row) => row.id)).toEqual(expect.arrayContaining([update.id, dropped.id]));
    expect(document.people.find((person) => person.id === analyst.id)).toMatchObject({ email: analyst.email, role: "ANALYST" });

    const name = `restore_${randomUUID().slice(0, 8)}`;
    // Creating a database and migrating it are the owner's work, as for `npm run restore`.
    await ownerPrisma().$executeRawUnsafe(`CREATE DATABASE ${name}`);
    const url = new URL(ownerDatabaseUrl);
    url.pathname = `/${name}`;
    const restored = createPrismaClient(url.toString(), 2);
    try {
      await applyMigrations(url.toString());
      const summary = await loadDocument(document, null, restored);
      expect(summary.updates).toBe(document.updates.length);
      expect(summary.reused).toEqual({ people: 0, categories: 0, outlets: 0, sources: 0 });
      const again = JSON.parse(await exportText(restored, at)) as ExportDocument;
      // The restored database's own trail starts with the restore; the records are the same.
      expect({ ...again, auditTrail: [] }).toEqual({ ...JSON.parse(backup), auditTrail: [] });
      expect(again.auditTrail.map((event) => event.action)).toEqual(["data.import"]);
      const restoredUser = await restored.user.findUniqueOrThrow({ where: { id: analyst.id } });
      expect(restoredUser.passwordHash).toBeNull();
    } finally {
      await restored.$disconnect();
      await ownerPrisma().$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
