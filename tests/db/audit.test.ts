import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/audit/actions";
import { listAuditEvents } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { createActor, createIssueRow, createNegotiationRow, ownerPrisma, prisma, tag } from "./helpers";

let analyst: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
});

/** Through recordAudit, so the events join the hash chain like every other. */
async function createEvent(data: { issueId?: string; negotiationId?: string; actorId?: string | null; action?: AuditAction }) {
  return prisma.$transaction((tx) =>
    recordAudit(tx, {
      actorId: data.actorId === undefined ? analyst.id : data.actorId,
      action: data.action ?? "update.log",
      entityType: "update",
      entityId: `entity-${tag()}`,
      issueId: data.issueId ?? null,
      negotiationId: data.negotiationId ?? null,
      before: { status: "NOT_DISCUSSED" },
      after: { status: "CONVERGING" },
    }),
  );
}

describe("AuditEvent is append-only", () => {
  it("refuses TRUNCATE, UPDATE and DELETE through the database triggers, even to the owner, and keeps the row", async () => {
    const event = await createEvent({ action: "issue.edit" });
    const owner = ownerPrisma();
    await expect(owner.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "id" = $1`, event.id)).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, event.id)).rejects.toThrow(/append-only/);
    const stored = await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("issue.edit");
  });
});

describe("listAuditEvents", () => {
  it("pages one issue's events newest first, each event exactly once", async () => {
    const issue = await createIssueRow();
    const other = await createIssueRow();
    const created: bigint[] = [];
    for (let index = 0; index < 7; index++) {
      created.push((await createEvent({ issueId: issue.id, negotiationId: issue.negotiationId })).id);
      await createEvent({ issueId: other.id, negotiationId: other.negotiationId });
    }
    const expected = created.map(String).reverse();

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await listAuditEvents(analyst, { issueId: issue.id, before, limit: 3 });
      pageSizes.push(page.events.length);
      seen.push(...page.events.map((event) => event.id));
      for (const event of page.events) expect(event.issueId).toBe(issue.id);
      before = page.nextCursor;
      if (!before) break;
    }
    expect(pageSizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(expected);
  });

  it("has no next page when the events fit exactly", async () => {
    const issue = await createIssueRow();
    for (let index = 0; index < 3; index++) await createEvent({ issueId: issue.id });
    const page = await listAuditEvents(analyst, { issueId: issue.id, limit: 3 });
    expect(page.events).toHaveLength(3);
    expect(page.nextCursor).toBeUndefined();
  });

  it("includes the actor, and the issue or negotiation to link to, in the workspace view", async () => {
    const issue = await createIssueRow();
    const negotiation = await createNegotiationRow();
    const issueEvent = await createEvent({ issueId: issue.id, negotiationId: issue.negotiationId });
    const negotiationEvent = await createEvent({ negotiationId: negotiation.id, action: "negotiation.create" });
    const systemEvent = await createEvent({ actorId: null, action: "user.create" });

    // The three newest events in the whole workspace are these, newest first.
    const page = await listAuditEvents(analyst, { limit: 3 });
    expect(page.events.map((event) => event.id)).toEqual([systemEvent.id, negotiationEvent.id, issueEvent.id].map(String));
    expect(page.nextCursor).toBe(String(issueEvent.id));
    const [system, ofNegotiation, ofIssue] = page.events;

    expect(system?.actor).toBeNull();
    expect(system?.issue).toBeNull();
    expect(system?.negotiation).toBeNull();

    expect(ofNegotiation?.actor).toEqual({ id: analyst.id, name: analyst.name });
    expect(ofNegotiation?.negotiation).toEqual({ id: negotiation.id, slug: negotiation.slug, title: negotiation.title });
    expect(ofNegotiation?.issue).toBeNull();

    const issueNegotiation = await prisma.negotiation.findUniqueOrThrow({ where: { id: issue.negotiationId } });
    expect(ofIssue?.issue).toEqual({
      id: issue.id,
      slug: issue.slug,
      title: issue.title,
      negotiation: { slug: issueNegotiation.slug, title: issueNegotiation.title },
    });
    expect(ofIssue?.before).toEqual({ status: "NOT_DISCUSSED" });
    expect(ofIssue?.after).toEqual({ status: "CONVERGING" });

    // The cursor continues strictly below the last event shown.
    const next = await listAuditEvents(analyst, { before: page.nextCursor, limit: 1 });
    expect(BigInt(next.events[0]?.id ?? "0")).toBeLessThan(issueEvent.id);
  });

  it("shows email addresses in user events to administrators only; others read names", async () => {
    const admin = await createActor("ADMIN");
    const viewer = await createActor("VIEWER");
    const event = await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actorId: admin.id,
        action: "user.role",
        entityType: "user",
        entityId: viewer.id,
        before: { email: viewer.email, name: viewer.name, role: "ANALYST" },
        after: { email: viewer.email, name: viewer.name, role: "VIEWER" },
      }),
    );
    const eventAs = async (reader: Actor) => (await listAuditEvents(reader, { limit: 1 })).events.find((row) => row.id === String(event.id));
    expect((await eventAs(admin))?.after).toEqual({ email: viewer.email, name: viewer.name, role: "VIEWER" });
    for (const reader of [viewer, analyst]) {
      const seen = await eventAs(reader);
      expect(seen?.before).toEqual({ name: viewer.name, role: "ANALYST" });
      expect(seen?.after).toEqual({ name: viewer.name, role: "VIEWER" });
      expect(JSON.stringify(seen)).not.toContain(viewer.email);
    }
  });

  it("shows the first page for a cursor that is not an event id", async () => {
    const issue = await createIssueRow();
    const event = await createEvent({ issueId: issue.id });
    for (const before of ["abc", "-1", "1e5", ""]) {
      const page = await listAuditEvents(analyst, { issueId: issue.id, before });
      expect(page.events.map((row) => row.id)).toEqual([String(event.id)]);
    }
  });
});
