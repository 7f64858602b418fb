import { describe, expect, it } from "vitest";
import { issueStatusHistory, listParties, listSources } from "@/lib/api/v1/catalog-reads";
import { partyListSchema, sourceListSchema, statusHistorySchema } from "@/lib/api/v1/schemas";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, expectAppError, prisma, tag } from "./helpers";

describe("API reads: sources, parties, status history", () => {
  it("finds sources by URL or text and answers in the documented shape", async () => {
    const analyst = await createActor("ANALYST");
    const marker = tag();
    const source = await createSourceRow(analyst.id, `https://news-${marker}.example.org/ceasefire`);
    const byUrl = await listSources({ q: `news-${marker}.example`, page: 1 });
    expect(byUrl.data.map((row) => row.id)).toEqual([source.id]);
    expect(sourceListSchema.safeParse(byUrl).success).toBe(true);
    const byText = await listSources({ q: `SOURCE HTTPS://NEWS-${marker}`, page: 1 });
    expect(byText.total).toBe(1);
    expect((await listSources({ q: `nothing-${marker}`, page: 1 })).data).toEqual([]);
  });

  it("lists a negotiation's live parties in order", async () => {
    const negotiation = await createNegotiationRow();
    await prisma.party.createMany({
      data: [
        { negotiationId: negotiation.id, name: "Second", position: 2 },
        { negotiationId: negotiation.id, name: "First", position: 1 },
        { negotiationId: negotiation.id, name: "Gone", position: 0, deletedAt: new Date() },
      ],
    });
    const parties = await listParties(negotiation.id);
    expect(parties.data.map((party) => party.name)).toEqual(["First", "Second"]);
    expect(partyListSchema.safeParse(parties).success).toBe(true);
    await expectAppError(listParties("missing"), "NOT_FOUND");
  });

  it("gives an issue's status changes oldest first, each with the status before it", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const log = (day: string, newStatus?: string) => logUpdate(analyst, issue.id, logUpdateSchema.parse({ summary: `On ${day}`, occurredAt: day, newStatus }));
    await log("2025-02-01", "CONVERGING");
    await log("2025-01-01", "UNDER_DISCUSSION");
    await log("2025-03-01");
    const history = await issueStatusHistory(issue.id);
    expect(history.status).toBe("CONVERGING");
    expect(history.data.map((change) => [change.occurredAt, change.fromStatus, change.toStatus])).toEqual([
      ["2025-01-01", "NOT_DISCUSSED", "UNDER_DISCUSSION"],
      ["2025-02-01", "UNDER_DISCUSSION", "CONVERGING"],
    ]);
    expect(statusHistorySchema.safeParse(history).success).toBe(true);
    await expectAppError(issueStatusHistory("missing"), "NOT_FOUND");
  });
});
