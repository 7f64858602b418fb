import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { logUpdate } from "@/lib/updates/log-update";
import { restoreUpdate } from "@/lib/updates/restore-update";
import { countTimeline } from "@/lib/timeline/entries";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, expectAppError, prisma } from "./helpers";

let analyst: Actor;
let viewer: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
  viewer = await createActor("VIEWER");
});

const input = (raw: Record<string, unknown>) => logUpdateSchema.parse({ summary: "Something happened.", ...raw });

describe("restoreUpdate (the Undo after a deletion)", () => {
  it("puts the update back, re-derives the status and audits the restoration", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-05-01", newStatus: "UNDER_DISCUSSION" }));
    const later = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-05-10", newStatus: "CONVERGING" }));
    await deleteUpdate(analyst, later.id);
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("UNDER_DISCUSSION");

    const restored = await restoreUpdate(analyst, later.id);
    expect(restored.deletedAt).toBeNull();
    expect(await countTimeline(issue.id)).toBe(2);
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("CONVERGING");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: later.id, action: "update.restore" } });
    expect(event).toMatchObject({
      actorId: analyst.id,
      issueId: issue.id,
      before: { status: "UNDER_DISCUSSION" },
      after: { deletedAt: null, status: "CONVERGING" },
    });
  });

  it("refuses a viewer and changes nothing", async () => {
    const issue = await createIssueRow();
    const update = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-05-01" }));
    await deleteUpdate(analyst, update.id);
    await expectAppError(restoreUpdate(viewer, update.id), "FORBIDDEN");
    await expectAppError(restoreUpdate(null, update.id), "UNAUTHENTICATED");
    expect((await prisma.update.findUniqueOrThrow({ where: { id: update.id } })).deletedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: update.id, action: "update.restore" } })).toBe(0);
  });

  it("is NOT_FOUND for a live or unknown update, so a second Undo changes nothing", async () => {
    const issue = await createIssueRow();
    const update = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-05-01" }));
    await expectAppError(restoreUpdate(analyst, update.id), "NOT_FOUND");
    await deleteUpdate(analyst, update.id);
    await restoreUpdate(analyst, update.id);
    await expectAppError(restoreUpdate(analyst, update.id), "NOT_FOUND");
    await expectAppError(restoreUpdate(analyst, "no-such-update"), "NOT_FOUND");
    expect(await prisma.auditEvent.count({ where: { entityId: update.id, action: "update.restore" } })).toBe(1);
  });
});
