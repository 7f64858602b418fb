import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { gradeCitation, gradeOutlet } from "@/lib/sources/grade";
import { citationGradeSchema, outletGradeSchema } from "@/lib/validation/grades";
import { createActor, createIssueRow, createSourceRow, expectAppError, prisma, tag } from "./helpers";

let analyst: Actor;
let viewer: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
  viewer = await createActor("VIEWER");
});

describe("Admiralty grades", () => {
  it("grades an outlet A–F, clears it, and audits each change", async () => {
    const outlet = await prisma.outlet.create({ data: { name: `Outlet ${tag()}` } });
    await gradeOutlet(analyst, outlet.id, outletGradeSchema.parse({ reliability: "B" }));
    expect((await prisma.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).reliability).toBe("B");
    await gradeOutlet(analyst, outlet.id, outletGradeSchema.parse({ reliability: "B" }));
    await gradeOutlet(analyst, outlet.id, outletGradeSchema.parse({ reliability: "" }));
    expect((await prisma.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).reliability).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: outlet.id, action: "outlet.grade" }, orderBy: { id: "asc" } });
    expect(events.map((event) => (event.after as { reliability: string | null }).reliability)).toEqual(["B", null]);
  });

  it("grades one citation 1–6 and refuses viewers", async () => {
    const issue = await createIssueRow();
    const source = await createSourceRow(analyst.id);
    const update = await prisma.update.create({
      data: { issueId: issue.id, authorId: analyst.id, occurredAt: new Date(), summary: "s", sources: { create: [{ sourceId: source.id }] } },
    });
    await gradeCitation(analyst, update.id, source.id, citationGradeSchema.parse({ credibility: "2" }));
    expect((await prisma.updateSource.findFirstOrThrow({ where: { updateId: update.id } })).credibility).toBe(2);
    await expectAppError(gradeCitation(viewer, update.id, source.id, citationGradeSchema.parse({ credibility: "5" })), "FORBIDDEN");
    await expectAppError(gradeOutlet(viewer, (await prisma.outlet.create({ data: { name: `O ${tag()}` } })).id, { reliability: "A" }), "FORBIDDEN");
    expect(await prisma.auditEvent.count({ where: { entityId: update.id, action: "citation.grade", issueId: issue.id } })).toBe(1);
  });

  it("rejects grades outside the scales", () => {
    expect(outletGradeSchema.safeParse({ reliability: "G" }).success).toBe(false);
    expect(citationGradeSchema.safeParse({ credibility: "7" }).success).toBe(false);
    expect(citationGradeSchema.safeParse({ credibility: "0" }).success).toBe(false);
    expect(citationGradeSchema.safeParse({ credibility: "2.5" }).success).toBe(false);
  });
});
