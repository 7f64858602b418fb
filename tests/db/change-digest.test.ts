import { describe, expect, it } from "vitest";
import { getChangeDigest, statusesAt } from "@/lib/changes/digest";
import { digestToMarkdown } from "@/lib/changes/markdown";
import { sharedChangesFeed } from "@/lib/changes/share-feed";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { createShareLinkSchema } from "@/lib/validation/share-link";
import { recordNegotiationVisit, VISIT_GAP_MINUTES } from "@/lib/changes/visits";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, prisma } from "./helpers";

const update = (summary: string, occurredAt: string, newStatus = "", sourceIds: string[] = []) =>
  logUpdateSchema.parse({ summary, occurredAt, newStatus, sources: sourceIds.map((id) => ({ id })) });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

/**
 * A timeline with something at every boundary of a range (A, B]: an update logged exactly at A,
 * an update logged before A and deleted between A and B, one edited between A and B, one logged
 * between A and B and edited after B, one logged after B, an issue created between A and B.
 */
async function boundaryTimeline() {
  const analyst = await createActor("ANALYST");
  const negotiation = await createNegotiationRow();
  const issue = await createIssueRow(negotiation.id);
  const old = await logUpdate(analyst, issue.id, update("An old note.", "2025-11-10"));
  await tick();
  const atA = await logUpdate(analyst, issue.id, update("Talks opened.", "2025-11-20", "UNDER_DISCUSSION"));
  const a = (await prisma.update.findUniqueOrThrow({ where: { id: atA.id } })).loggedAt;
  await tick();
  await editUpdate(analyst, atA.id, update("Talks opened in Geneva.", "2025-11-21", "UNDER_DISCUSSION"));
  await deleteUpdate(analyst, old.id);
  const source = await createSourceRow(analyst.id);
  const inRange = await logUpdate(analyst, issue.id, update("Gaps remain.", "2025-11-25", "GAPS_REMAIN", [source.id]));
  const later = await createIssueRow(negotiation.id);
  await tick();
  const b = new Date();
  await tick();
  await editUpdate(analyst, inRange.id, update("Gaps remain on [the line](https://evil.example).", "2025-11-25", "CONVERGING"));
  await logUpdate(analyst, issue.id, update("After B.", "2025-11-29", "DEADLOCKED"));
  await logUpdate(analyst, later.id, update("Also after B.", "2025-11-29", "DEADLOCKED"));
  return { analyst, negotiation, issue, later, source, old, atA, inRange, a, b };
}

describe("the change digest", () => {
  it("reads (A, B] with the frozen-snapshot rules at both ends", async () => {
    const t = await boundaryTimeline();
    const digest = await getChangeDigest({ negotiationId: t.negotiation.id }, { from: t.a, to: t.b });
    expect(digest.issues.map((group) => group.issueId)).toEqual([t.issue.id, t.later.id]);
    const [main, added] = digest.issues;
    // Logged exactly at A: already there at A, so its status is the "from" and it is not new.
    expect(main).toMatchObject({ statusAtFrom: "UNDER_DISCUSSION", statusAtTo: "GAPS_REMAIN", isStatusChanged: true, isNew: false });
    expect(main!.entries.map((entry) => [entry.kind, entry.updateId, entry.summary])).toEqual([
      ["deleted", t.old.id, "An old note."],
      ["edited", t.atA.id, "Talks opened in Geneva."],
      // Edited after B: reads as it did at B, with the status change and sources it had then.
      ["new", t.inRange.id, "Gaps remain."],
    ]);
    expect(main!.entries[1]!.before).toMatchObject({ summary: "Talks opened." });
    expect(main!.entries[2]!.statusChange).toEqual({ from: "UNDER_DISCUSSION", to: "GAPS_REMAIN" });
    expect(main!.entries[2]!.sources.map((source) => source.id)).toEqual([t.source.id]);
    expect(main!.newSources.map((source) => source.id)).toEqual([t.source.id]);
    expect(added).toMatchObject({ isNew: true, statusAtFrom: null, statusAtTo: "NOT_DISCUSSED", entries: [] });
    expect(digest.counts).toEqual({ statusChanges: 1, newIssues: 1, newUpdates: 1, edits: 1, deletions: 1, newSources: 1 });
  });

  it("counts an update logged exactly at A as new once A moves a millisecond earlier", async () => {
    const t = await boundaryTimeline();
    const digest = await getChangeDigest({ negotiationId: t.negotiation.id, issueId: t.issue.id }, { from: ms(t.a, -1), to: t.b });
    expect(digest.issues).toHaveLength(1);
    expect(digest.issues[0]).toMatchObject({ statusAtFrom: "NOT_DISCUSSED", statusAtTo: "GAPS_REMAIN" });
    expect(digest.issues[0]!.entries.find((entry) => entry.updateId === t.atA.id)?.kind).toBe("new");
  });

  it("compares statuses at two moments, later edits and deletions left out", async () => {
    const t = await boundaryTimeline();
    const rows = await statusesAt({ negotiationId: t.negotiation.id }, t.a, t.b);
    expect(rows.map((row) => [row.issueId, row.statusAtFrom, row.statusAtTo])).toEqual(
      [
        [t.issue.id, "UNDER_DISCUSSION", "GAPS_REMAIN"],
        [t.later.id, null, "NOT_DISCUSSED"],
      ].sort((x, y) => (rows.find((row) => row.issueId === x[0])!.title < rows.find((row) => row.issueId === y[0])!.title ? -1 : 1)),
    );
    const now = await statusesAt({ negotiationId: t.negotiation.id }, t.b, new Date());
    expect(now.find((row) => row.issueId === t.issue.id)?.statusAtTo).toBe("DEADLOCKED");
  });

  it("never reads past a frozen link's moment, and leaves analysts' names out when asked", async () => {
    const t = await boundaryTimeline();
    const digest = await getChangeDigest({ negotiationId: t.negotiation.id, notAfter: t.b, hideAuthors: true }, { from: t.a, to: new Date() });
    expect(digest.to).toEqual(t.b);
    const text = JSON.stringify(digest);
    expect(text).not.toContain("After B.");
    expect(text).not.toContain(t.analyst.name);
  });

  it("writes Markdown that user text cannot add links or formatting to", async () => {
    const t = await boundaryTimeline();
    const digest = await getChangeDigest({ negotiationId: t.negotiation.id }, { from: t.b, to: new Date() });
    const markdown = digestToMarkdown(digest, "Talks *bold* [x](https://evil.example)\n# heading");
    expect(markdown).toContain("Gaps remain on \\[the line\\]\\(https\\:\\/\\/evil\\.example\\)\\.");
    expect(markdown).not.toContain("](https://evil");
    expect(markdown.split("\n")[0]).toBe("# What changed: Talks \\*bold\\* \\[x\\]\\(https\\:\\/\\/evil\\.example\\) \\# heading");
  });
});

describe("the shared change feed", () => {
  it("keeps to the link's issue, its frozen moment and its hidden names", async () => {
    const t = await boundaryTimeline();
    const input = createShareLinkSchema.parse({ label: "Digest", expiry: "7d" });
    const { token } = await createShareLink(t.analyst, { issueId: t.issue.id }, { ...input, isSnapshot: true, hideAuthors: true });
    const { token: liveToken } = await createShareLink(t.analyst, { negotiationId: t.negotiation.id }, { ...input, isSnapshot: false });
    await logUpdate(t.analyst, t.issue.id, update("After the link.", "2025-11-30"));
    const frozen = await sharedChangesFeed((await resolveShareLink(token))!, "https://parley.example", token);
    expect(frozen).toContain("Gaps remain on [the line]");
    expect(frozen).not.toContain("After the link.");
    expect(frozen).not.toContain(t.later.title);
    expect(frozen).not.toContain(t.analyst.name);
    const live = await sharedChangesFeed((await resolveShareLink(liveToken))!, "https://parley.example", liveToken);
    expect(live).toContain("After the link.");
    expect(live).toContain(t.later.title);
    expect(live).toContain(t.analyst.name);
  });
});

describe("visits", () => {
  it("keeps the previous visit while views come close together, and moves it after a gap", async () => {
    const user = await createActor("VIEWER");
    const negotiation = await createNegotiationRow();
    const t0 = new Date("2026-01-01T10:00:00Z");
    expect(await recordNegotiationVisit(user.id, negotiation.id, t0)).toBeNull();
    expect(await recordNegotiationVisit(user.id, negotiation.id, ms(t0, 60_000))).toBeNull();
    const nextDay = new Date("2026-01-02T10:00:00Z");
    expect(await recordNegotiationVisit(user.id, negotiation.id, nextDay)).toEqual(ms(t0, 60_000));
    // Re-rendering the page within the same visit keeps the same "previous".
    expect(await recordNegotiationVisit(user.id, negotiation.id, ms(nextDay, (VISIT_GAP_MINUTES - 1) * 60_000))).toEqual(ms(t0, 60_000));
    expect(await recordNegotiationVisit(user.id, negotiation.id, ms(nextDay, 3 * VISIT_GAP_MINUTES * 60_000))).toEqual(
      ms(nextDay, (VISIT_GAP_MINUTES - 1) * 60_000),
    );
  });
});
