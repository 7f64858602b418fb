import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createActor, ownerPrisma, prisma, tag } from "./helpers";

/**
 * Runs `change` with the append-only trigger off, as the database owner bent on tampering could
 * (the app's own role may not: tests/db/app-role.test.ts).
 */
async function tamper(change: string) {
  await ownerPrisma().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`);
    await tx.$executeRawUnsafe(change);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_delete"`);
  });
}

describe("the audit hash chain", () => {
  // One test: tampering breaks the chain for everything written after it, so the order matters.
  it("holds across concurrent writers, and names the first event changed or removed behind the trigger's back", async () => {
    const actor = await createActor("ANALYST");
    const write = (note: string) =>
      prisma.$transaction((tx) =>
        recordAudit(tx, {
          actorId: actor.id,
          action: "issue.edit",
          entityType: "issue",
          entityId: `issue-${tag()}`,
          after: { note, nested: { b: 1, a: [2, "ü"] } },
        }),
      );
    await Promise.all(Array.from({ length: 12 }, (_, index) => write(`concurrent ${index}`)));
    const intact = await verifyAuditChain(prisma);
    expect(intact.broken).toBeNull();
    expect(intact.verified).toBeGreaterThanOrEqual(12);

    const events = await prisma.auditEvent.findMany({ where: { actorId: actor.id }, orderBy: { id: "asc" } });
    const edited = events[3]!;
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"note":"rewritten"}' WHERE "id" = ${edited.id}`);
    expect((await verifyAuditChain(prisma)).broken?.id).toBe(edited.id);
    await tamper(`UPDATE "AuditEvent" SET "after" = '${JSON.stringify(edited.after)}' WHERE "id" = ${edited.id}`);
    expect((await verifyAuditChain(prisma)).broken).toBeNull();

    const removed = events[6]!;
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${removed.id}`);
    expect((await verifyAuditChain(prisma)).broken?.id).toBe(events[7]!.id);
  });
});
