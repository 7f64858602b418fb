import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, prisma } from "./helpers";

const update = (summary: string, occurredAt: string, newStatus: string) => logUpdateSchema.parse({ summary, occurredAt, newStatus });

describe("concurrent changes to one issue's timeline", () => {
  it("leave the issue's status and every from-status consistent with the timeline", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const seed = await logUpdate(analyst, issue.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION"));
    // Ten writers at once, dates out of order, plus an edit racing them.
    const days = [9, 3, 7, 1, 5, 10, 2, 8, 4, 6];
    const statuses = ["GAPS_REMAIN", "CONVERGING", "DEADLOCKED"];
    await Promise.all([
      ...days.map((day, index) => logUpdate(analyst, issue.id, update(`Day ${day}`, `2025-12-${String(day).padStart(2, "0")}`, statuses[index % 3]!))),
      editUpdate(analyst, seed.id, update("Opened (edited).", "2025-11-01", "UNDER_DISCUSSION")),
    ]);
    const timeline = await prisma.update.findMany({
      where: { issueId: issue.id, deletedAt: null, toStatus: { not: null } },
      orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
    });
    expect(timeline).toHaveLength(11);
    timeline.forEach((entry, index) => expect(entry.fromStatus).toBe(index === 0 ? "NOT_DISCUSSED" : timeline[index - 1]!.toStatus));
    const latest = timeline.at(-1)!;
    expect(latest.summary).toBe("Day 10");
    const stored = await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(stored.status).toBe(latest.toStatus);
    expect(stored.lastUpdateAt?.toISOString()).toBe("2025-12-10T00:00:00.000Z");
  });
});

describe("concurrent first mentions of a new article and outlet", () => {
  it("end with one source and one outlet, each created and audited once, every update citing it", async () => {
    const analyst = await createActor("ANALYST");
    const marker = randomUUID().slice(0, 8);
    const url = `https://race-${marker}.example.org/story`;
    const outlet = `Race Wire ${marker}`;
    const issues = await Promise.all(Array.from({ length: 6 }, () => createIssueRow()));
    const logged = await Promise.all(
      issues.map((issue, index) =>
        logUpdate(
          analyst,
          issue.id,
          logUpdateSchema.parse({
            summary: `Report ${index}`,
            occurredAt: "2025-11-30",
            newStatus: "",
            newSources: [{ url, title: "The same story", outlet, quote: "" }],
          }),
        ),
      ),
    );
    const source = await prisma.source.findUniqueOrThrow({ where: { url }, include: { outlet: true } });
    expect(source.outlet?.name).toBe(outlet);
    expect(await prisma.outlet.count({ where: { name: outlet } })).toBe(1);
    const citations = await prisma.updateSource.findMany({ where: { updateId: { in: logged.map((update) => update.id) } } });
    expect(citations.map((citation) => citation.sourceId)).toEqual(logged.map(() => source.id));
    expect(await prisma.auditEvent.count({ where: { action: "source.create", entityId: source.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "outlet.create", entityId: source.outletId! } })).toBe(1);
  });
});
