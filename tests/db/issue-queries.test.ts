import { describe, expect, it } from "vitest";
import { getIssue } from "@/lib/issues/queries";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, prisma } from "./helpers";

describe("getIssue", () => {
  it("reads an issue with its category and negotiation exactly as Prisma's include does", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    await prisma.negotiation.update({ where: { id: negotiation.id }, data: { timeZone: "Europe/Kyiv" } });
    const issue = await createIssueRow(negotiation.id);
    const source = await createSourceRow(analyst.id);
    await logUpdate(
      analyst,
      issue.id,
      logUpdateSchema.parse({ summary: "Apart.", occurredAt: "2025-11-02", newStatus: "GAPS_REMAIN", sources: [{ id: source.id }] }),
    );
    await logUpdate(analyst, issue.id, logUpdateSchema.parse({ summary: "Closer.", occurredAt: "2025-11-06", newStatus: "CONVERGING" }));
    const expected = await prisma.issue.findFirstOrThrow({
      where: { id: issue.id },
      include: { category: true, negotiation: { select: { id: true, slug: true, title: true, timeZone: true } } },
    });
    expect(expected.closedStatusMs).not.toEqual({});
    const read = await getIssue(negotiation.slug, issue.slug);
    expect(read).toEqual(expected);
    expect(read?.lastUpdateAt).toBeInstanceOf(Date);
  });

  it("finds nothing for an issue of another negotiation, or an unknown slug", async () => {
    const issue = await createIssueRow();
    const other = await createNegotiationRow();
    expect(await getIssue(other.slug, issue.slug)).toBeNull();
    expect(await getIssue(other.slug, "no-such-issue")).toBeNull();
  });
});
