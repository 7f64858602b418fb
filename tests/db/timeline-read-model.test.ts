import { describe, expect, it } from "vitest";
import { createIssue } from "@/lib/issues/create-issue";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { sharedFeed } from "@/lib/share-links/feed";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { getDashboard } from "@/lib/timeline/dashboard";
import { getIssueTimeline } from "@/lib/timeline/issue-timeline";
import { deriveStatuses } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { createIssueSchema } from "@/lib/validation/issue";
import { createShareLinkSchema } from "@/lib/validation/share-link";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, prisma } from "./helpers";

const update = (summary: string, occurredAt: string, newStatus?: string, sourceIds: string[] = []) =>
  logUpdateSchema.parse({ summary, occurredAt, newStatus: newStatus ?? "", sources: sourceIds.map((id) => ({ id })) });
const linkInput = createShareLinkSchema.parse({ label: "Frozen", expiry: "7d" });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const STATUSES = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "DEADLOCKED", ""] as const;

/** The status the write path stored, and each change's "from", next to what the read model derives. */
async function storedAndDerived(issueId: string) {
  const issue = await prisma.issue.findUniqueOrThrow({ where: { id: issueId } });
  const rows = await prisma.update.findMany({ where: { issueId, deletedAt: null, toStatus: { not: null } }, select: { id: true, fromStatus: true } });
  const changes = await getIssueStatusChanges(issueId);
  const derived = deriveStatuses(changes);
  return {
    stored: { status: issue.status, from: Object.fromEntries(rows.map((row) => [row.id, row.fromStatus])) },
    derived: { status: derived.status, from: Object.fromEntries(changes.map((change) => [change.id, derived.fromStatus.get(change.id)])) },
  };
}

describe("the timeline read model", () => {
  it("derives the same status and from-statuses as the write path stores, through logs, backdated edits and deletes", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    // A fixed pseudo-random walk: same days (ties broken by logging order), backdating, deletions.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const ids: string[] = [];
    for (let step = 0; step < 16; step++) {
      const day = `2025-11-${String(1 + next(9)).padStart(2, "0")}`;
      const status = STATUSES[next(STATUSES.length)];
      const action = ids.length > 3 ? next(4) : 0;
      if (action === 2) await editUpdate(analyst, ids[next(ids.length)]!, update(`Edited ${step}`, day, status)).catch(() => undefined);
      else if (action === 3) await deleteUpdate(analyst, ids.splice(next(ids.length), 1)[0]!);
      else ids.push((await logUpdate(analyst, issue.id, update(`Step ${step}`, day, status))).id);
      const { stored, derived } = await storedAndDerived(issue.id);
      expect(derived).toEqual(stored);
    }
    // Many small transactions in a row: allow for a busy machine.
  }, 60_000);

  it("creates an issue's first update through the same write path as logging one", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    const issue = await createIssue(
      analyst,
      negotiation.id,
      createIssueSchema.parse({ title: "Ceasefire line", category: "Territory", initialStatus: "DEADLOCKED" }),
    );
    const [first] = await prisma.update.findMany({ where: { issueId: issue.id } });
    expect(first).toMatchObject({ toStatus: "DEADLOCKED", fromStatus: "NOT_DISCUSSED" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: first!.id, action: "update.log" } });
    expect(audit.after).toMatchObject({ status: "DEADLOCKED", toStatus: "DEADLOCKED", sourceIds: [] });
  });

  it("reads an issue, its negotiation's dashboard and its feed live and as of a frozen link", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    const issue = await createIssueRow(negotiation.id);
    const oldSource = await createSourceRow(analyst.id);
    const newSource = await createSourceRow(analyst.id);
    const first = await logUpdate(analyst, issue.id, update("Talks opened.", "2025-11-20", "UNDER_DISCUSSION", [oldSource.id]));
    const second = await logUpdate(analyst, issue.id, update("Gaps remain.", "2025-11-25", "GAPS_REMAIN"));
    await tick();
    const { token } = await createShareLink(analyst, { negotiationId: negotiation.id }, { ...linkInput, isSnapshot: true });
    const { token: liveToken } = await createShareLink(analyst, { negotiationId: negotiation.id }, { ...linkInput, isSnapshot: false });
    await tick();
    await editUpdate(analyst, first.id, update("Talks opened in Geneva.", "2025-11-21", "CONVERGING", [newSource.id]));
    await deleteUpdate(analyst, second.id);
    const later = await createIssueRow(negotiation.id);
    await logUpdate(analyst, later.id, update("A new front.", "2025-11-28", "DEADLOCKED"));
    const link = (await resolveShareLink(token))!;
    const liveLink = (await resolveShareLink(liveToken))!;

    // Issue.
    const frozenIssue = await getIssueTimeline(await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }), {}, { asOf: link.asOf });
    expect(frozenIssue.status).toBe("GAPS_REMAIN");
    expect(frozenIssue.changes.map((change) => change.toStatus)).toEqual(["UNDER_DISCUSSION", "GAPS_REMAIN"]);
    expect(frozenIssue.page.entries.map((entry) => [entry.summary, entry.sources.map((cited) => cited.sourceId)])).toEqual([
      ["Gaps remain.", []],
      ["Talks opened.", [oldSource.id]],
    ]);
    const liveIssue = await getIssueTimeline(await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }), {});
    expect(liveIssue.page.entries.map((entry) => [entry.summary, entry.sources.map((cited) => cited.sourceId)])).toEqual([
      ["Talks opened in Geneva.", [newSource.id]],
    ]);

    // Negotiation.
    const frozenDashboard = await getDashboard(negotiation.id, link.asOf);
    expect(frozenDashboard.issues.map((row) => [row.id, row.status, row.updateCount, row.sourceCount])).toEqual([[issue.id, "GAPS_REMAIN", 2, 1]]);
    expect(frozenDashboard.issues[0]?.lastUpdateAt).toEqual(new Date("2025-11-25T00:00:00Z"));
    expect(frozenDashboard.changesByIssue.get(issue.id)?.map((change) => change.toStatus)).toEqual(["UNDER_DISCUSSION", "GAPS_REMAIN"]);
    expect(frozenDashboard.summaries?.get(issue.id)?.changeCount).toBe(1);
    expect(frozenDashboard.range).toBe("90");
    const liveDashboard = await getDashboard(negotiation.id);
    expect(new Map(liveDashboard.issues.map((row) => [row.id, [row.status, row.updateCount]]))).toEqual(
      new Map([
        [issue.id, ["CONVERGING", 1]],
        [later.id, ["DEADLOCKED", 1]],
      ]),
    );
    expect(liveDashboard.changesByIssue.get(issue.id)?.map((change) => change.toStatus)).toEqual(["CONVERGING"]);

    // Feed.
    const frozenFeed = await sharedFeed(link, "https://parley.example", token);
    expect(frozenFeed).toContain("Talks opened.");
    expect(frozenFeed).toContain("Gaps remain.");
    expect(frozenFeed).toContain(oldSource.url);
    expect(frozenFeed).not.toContain("Geneva");
    expect(frozenFeed).not.toContain("A new front.");
    const liveFeed = await sharedFeed(liveLink, "https://parley.example", liveToken);
    expect(liveFeed).toContain("Talks opened in Geneva.");
    expect(liveFeed).toContain(newSource.url);
    expect(liveFeed).toContain("A new front.");
    expect(liveFeed).not.toContain("Gaps remain.");

    // What it derived is kept per issue version: a row written past the write path (the version
    // unmoved) is not seen, and is once the version moves.
    const backdated = await prisma.update.create({
      data: {
        issueId: issue.id,
        authorId: analyst.id,
        summary: "Backdated.",
        occurredAt: new Date("2025-11-26"),
        loggedAt: new Date(link.asOf!.getTime() - 1),
      },
    });
    expect((await getDashboard(negotiation.id, link.asOf)).issues[0]?.updateCount).toBe(2);
    await prisma.issue.update({ where: { id: issue.id }, data: { updatedAt: new Date() } });
    expect((await getDashboard(negotiation.id, link.asOf)).issues[0]?.updateCount).toBe(3);
    // Gone again, so the read model agrees with the timeline for the tests that check every issue.
    await prisma.update.delete({ where: { id: backdated.id } });
  });
});
