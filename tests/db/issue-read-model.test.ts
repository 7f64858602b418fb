import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { currentStatusBasis } from "@/lib/sources/evidence-basis";
import { getDashboard } from "@/lib/timeline/dashboard";
import { checkIssueReadModels } from "@/lib/timeline/check-read-model";
import { getIssueTimeline } from "@/lib/timeline/issue-timeline";
import { chartStatusData } from "@/lib/timeline/issue-read-model";
import { CHART_RANGES, chartWindow, LATEST_CHANGES, shortestVisibleMs, statusSegments, type ChartRange } from "@/lib/timeline/status-segments";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { restoreUpdate } from "@/lib/updates/restore-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, prisma } from "./helpers";

const update = (summary: string, occurredAt: string, newStatus = "", sourceIds: string[] = []) =>
  logUpdateSchema.parse({ summary, occurredAt, newStatus, sources: sourceIds.map((id) => ({ id })) });
const STATUSES = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "DEADLOCKED", ""] as const;

/**
 * The maintained values next to the same facts counted straight from the tables (not through the
 * read model's own derivation), so a wrong rule would show here even if the check agreed with it.
 */
async function maintainedAndCounted(issueId: string) {
  const issue = await prisma.issue.findUniqueOrThrow({ where: { id: issueId } });
  const live = await prisma.update.findMany({
    where: { issueId, deletedAt: null },
    include: { sources: true },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
  });
  const changes = live.flatMap((row) => (row.toStatus ? [{ occurredAt: row.occurredAt, toStatus: row.toStatus }] : []));
  const until = new Date(8.64e15);
  const segments = statusSegments(changes, until).map((segment) => ({
    status: segment.status,
    fromAt: segment.start,
    toAt: segment.end.getTime() === until.getTime() ? null : segment.end,
  }));
  const stored = await prisma.issueStatusSegment.findMany({
    where: { issueId },
    orderBy: { fromAt: "asc" },
    select: { status: true, fromAt: true, toAt: true },
  });
  const closedStatusMs: Record<string, number> = {};
  for (const { status, fromAt, toAt } of segments) if (toAt) closedStatusMs[status] = (closedStatusMs[status] ?? 0) + toAt.getTime() - fromAt.getTime();
  return {
    maintained: {
      updateCount: issue.updateCount,
      sourceCount: issue.sourceCount,
      statusSince: issue.statusSince,
      lastUpdateAt: issue.lastUpdateAt,
      segments: stored,
      closedStatusMs: issue.closedStatusMs,
      statusChangeCount: issue.statusChangeCount,
    },
    counted: {
      updateCount: live.length,
      sourceCount: new Set(live.flatMap((row) => row.sources.map((cited) => cited.sourceId))).size,
      statusSince: segments.at(-1)?.fromAt ?? null,
      lastUpdateAt: live.at(-1)?.occurredAt ?? null,
      segments,
      closedStatusMs,
      statusChangeCount: Math.max(0, segments.length - 1),
    },
  };
}

describe("the maintained issue read model", () => {
  it("agrees with the timeline after every log, edit, deletion and restore", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const sources = await Promise.all([1, 2, 3, 4].map(() => createSourceRow(analyst.id)));
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const live: string[] = [];
    const deleted: string[] = [];
    for (let step = 0; step < 24; step++) {
      // Few distinct days, so same-day ties and backdated changes come up often.
      const day = `2025-11-${String(1 + next(6)).padStart(2, "0")}`;
      const status = STATUSES[next(STATUSES.length)];
      const cited = sources.filter(() => next(3) === 0).map((source) => source.id);
      const action = live.length > 2 ? next(5) : 0;
      if (action === 2) await editUpdate(analyst, live[next(live.length)]!, update(`Edited ${step}`, day, status, cited));
      else if (action === 3) {
        const id = live.splice(next(live.length), 1)[0]!;
        await deleteUpdate(analyst, id);
        deleted.push(id);
      } else if (action === 4 && deleted.length > 0) {
        const id = deleted.splice(next(deleted.length), 1)[0]!;
        await restoreUpdate(analyst, id);
        live.push(id);
      } else live.push((await logUpdate(analyst, issue.id, update(`Step ${step}`, day, status, cited))).id);
      expect(await checkIssueReadModels(prisma, [issue.id])).toEqual([]);
      const { maintained, counted } = await maintainedAndCounted(issue.id);
      expect(maintained).toEqual(counted);
    }
  }, 90_000);

  it("agrees after concurrent writers on two issues", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    const [first, second] = [await createIssueRow(negotiation.id), await createIssueRow(negotiation.id)];
    const source = await createSourceRow(analyst.id);
    const seeds = await Promise.all(
      [first, second].map((issue) => logUpdate(analyst, issue.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION", [source.id]))),
    );
    const days = [9, 3, 7, 1, 5, 2, 8, 4];
    await Promise.all([
      ...days.map((day, index) =>
        logUpdate(analyst, (index % 2 ? first : second).id, update(`Day ${day}`, `2025-12-0${day}`, STATUSES[index % 4], index % 3 ? [] : [source.id])),
      ),
      deleteUpdate(analyst, seeds[0]!.id),
      editUpdate(analyst, seeds[1]!.id, update("Opened (edited).", "2025-12-05", "CONVERGING")),
    ]);
    expect(await checkIssueReadModels(prisma, [first.id, second.id])).toEqual([]);
    for (const issue of [first, second]) {
      const { maintained, counted } = await maintainedAndCounted(issue.id);
      expect(maintained).toEqual(counted);
    }
    // What the pages read is the maintained copy.
    const stored = await prisma.issue.findUniqueOrThrow({ where: { id: first.id } });
    const view = await getIssueTimeline(stored, {});
    expect(view.total).toBe(stored.updateCount);
    const dashboard = await getDashboard(negotiation.id);
    expect(dashboard.issues.find((issue) => issue.id === first.id)).toMatchObject({ updateCount: 4, sourceCount: stored.sourceCount });
    expect(dashboard.changesByIssue.get(first.id)).toEqual(view.changes);
  }, 60_000);

  it("names what differs when a maintained value has drifted", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION"));
    await logUpdate(analyst, issue.id, update("Stuck.", "2025-11-03", "DEADLOCKED"));
    await prisma.issue.update({ where: { id: issue.id }, data: { updateCount: 7 } });
    await prisma.issueStatusSegment.deleteMany({ where: { issueId: issue.id, status: "DEADLOCKED" } });
    const found = await checkIssueReadModels(prisma, [issue.id]);
    expect(found.map((disagreement) => disagreement.field)).toEqual(["updateCount", "statusSegments"]);
    expect(found[0]).toMatchObject({ stored: "7", derived: "2" });
    // The chart's sums: a day too many in a status, one change too few.
    const { closedStatusMs } = await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(closedStatusMs).toEqual({ UNDER_DISCUSSION: 2 * 86_400_000 });
    await prisma.issue.update({ where: { id: issue.id }, data: { closedStatusMs: { UNDER_DISCUSSION: 3 * 86_400_000 }, statusChangeCount: 0 } });
    const drifted = await checkIssueReadModels(prisma, [issue.id]);
    expect(drifted.map((disagreement) => disagreement.field)).toEqual(["updateCount", "statusSegments", "statusChangeCount", "closedStatusMs"]);
    expect(drifted.at(-1)).toMatchObject({ stored: '{"UNDER_DISCUSSION":259200000}', derived: '{"UNDER_DISCUSSION":172800000}' });
  });

  it("is filled by the migration the same way the write path keeps it", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const source = await createSourceRow(analyst.id);
    // Same-day ties, a repeated status, a deletion: the cases where the fold's rules matter.
    await logUpdate(analyst, issue.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION", [source.id]));
    await logUpdate(analyst, issue.id, update("Apart.", "2025-11-02", "GAPS_REMAIN"));
    await logUpdate(analyst, issue.id, update("Closer.", "2025-11-02", "CONVERGING", [source.id]));
    await logUpdate(analyst, issue.id, update("Still closer.", "2025-11-04", "CONVERGING"));
    const stuck = await logUpdate(analyst, issue.id, update("Stuck.", "2025-11-05", "DEADLOCKED"));
    await deleteUpdate(analyst, stuck.id);
    const migration = readFileSync("prisma/migrations/20261129010000_issue_read_model/migration.sql", "utf8");
    const sums = readFileSync("prisma/migrations/20261129060000_status_time_sums/migration.sql", "utf8");
    const backfill = migration.slice(migration.indexOf('UPDATE "Issue" i SET')) + sums.slice(sums.indexOf('UPDATE "Issue" i SET'));
    await prisma.$transaction(async (tx) => {
      await tx.issueStatusSegment.deleteMany({});
      await tx.issue.updateMany({ data: { updateCount: 0, sourceCount: 0, statusSince: null, closedStatusMs: {}, statusChangeCount: 0 } });
      for (const statement of backfill.split(/;\s*\n/).filter((text) => text.trim())) await tx.$executeRawUnsafe(statement);
    });
    // Every issue the database tests made so far, not only this one.
    expect(await checkIssueReadModels(prisma)).toEqual([]);
    expect(await prisma.issueStatusSegment.findMany({ where: { issueId: issue.id }, orderBy: { fromAt: "asc" }, select: { status: true } })).toEqual([
      { status: "UNDER_DISCUSSION" },
      { status: "CONVERGING" },
    ]);
  }, 60_000);

  it("rests each issue's status on the newest live update that set it, one issue at a time", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    const [first, second, silent] = [await createIssueRow(negotiation.id), await createIssueRow(negotiation.id), await createIssueRow(negotiation.id)];
    const [older, newer] = [await createSourceRow(analyst.id), await createSourceRow(analyst.id)];
    await logUpdate(analyst, first.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION", [older.id]));
    await logUpdate(analyst, first.id, update("No change, newer.", "2025-11-09", "", [newer.id]));
    const deleted = await logUpdate(analyst, first.id, update("Retracted.", "2025-11-08", "DEADLOCKED", [newer.id]));
    await deleteUpdate(analyst, deleted.id);
    await logUpdate(analyst, second.id, update("Apart.", "2025-11-02", "GAPS_REMAIN"));
    await logUpdate(analyst, second.id, update("Closer.", "2025-11-06", "CONVERGING", [older.id, newer.id]));
    await logUpdate(analyst, silent.id, update("Talked about, no status.", "2025-11-03"));
    const basis = await currentStatusBasis([first.id, second.id, silent.id]);
    expect(Object.keys(basis).sort()).toEqual([first.id, second.id].sort());
    // The deleted change (citing the newer source) and the newer update without a status are passed over.
    expect(basis[first.id]?.reports.map((report) => report.origin.id)).toEqual([older.id]);
    expect(basis[second.id]?.reports.length).toBe(2);
  });
});

describe("the status chart's reads", () => {
  it("read every segment each range can show, no more, and sum up all of them", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const until = new Date(Date.UTC(2026, 0, 1));
    const HOUR = 3_600_000;
    const DAY = 24 * HOUR;
    const at = (daysBefore: number) => until.getTime() - daysBefore * DAY;
    // Two years ago, 600 changes an hour apart (too short to see in any range); a long segment
    // from 300 to 80 days ago; 50 changes twelve hours apart (visible in 90 days, not in all);
    // a long one from 55 to 20 days ago; then 100 changes four hours apart (visible in 30 days).
    const starts = [
      ...Array.from({ length: 600 }, (_, index) => at(730) + index * HOUR),
      at(300),
      ...Array.from({ length: 50 }, (_, index) => at(80) + index * 12 * HOUR),
      at(55),
      ...Array.from({ length: 100 }, (_, index) => at(20) + index * 4 * HOUR),
    ];
    const cycle = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "DEADLOCKED"] as const;
    // Written past the write path (as a bulk import does), then derived by the write path's recompute.
    await prisma.update.createMany({
      data: starts.map((start, index) => ({
        issueId: issue.id,
        authorId: analyst.id,
        summary: `Change ${index}`,
        occurredAt: new Date(start),
        loggedAt: new Date(start),
        toStatus: cycle[index % cycle.length],
      })),
    });
    await prisma.$transaction((tx) => recomputeIssueState(tx, issue.id), { timeout: 60_000 });
    expect(await checkIssueReadModels(prisma, [issue.id])).toEqual([]);
    const segments = statusSegments(
      starts.map((start, index) => ({ occurredAt: new Date(start), toStatus: cycle[index % cycle.length]! })),
      until,
    );
    expect(segments.length).toBe(starts.length);

    const read = async (range?: ChartRange) => {
      const data = await chartStatusData([issue.id], { range, until });
      const { changes, summary } = data.byIssue.get(issue.id)!;
      return { range: data.range, changes, summary, starts: changes.map((change) => change.occurredAt.getTime()) };
    };
    const first = starts[0]!;
    const latest = starts.slice(-(LATEST_CHANGES + 1));
    const twelveHourly = starts.slice(601, 651);
    const fourHourly = starts.slice(652);
    // By hand, per range: what it can show, the first segment (the span of "all") and the latest few.
    const expected: Record<ChartRange, number[]> = {
      "30": [first, at(55), ...fourHourly],
      "90": [first, at(300), ...twelveHourly, at(55), ...fourHourly],
      all: [first, starts[599]!, at(300), at(55), ...latest],
    };
    for (const range of CHART_RANGES) {
      const data = await read(range);
      expect(data.range).toBe(range);
      expect(data.starts).toEqual(expected[range]);
      // And by the rule: every segment reaching into the range that is at least half a step long.
      const window = chartWindow(range, first, until);
      const visible = segments.filter(
        (segment) => segment.end.getTime() > window.start && segment.end.getTime() - segment.start.getTime() >= shortestVisibleMs(window),
      );
      expect(visible.length).toBeGreaterThan(3);
      for (const segment of visible) expect(data.starts).toContain(segment.start.getTime());
      expect(data.changes.at(-1)).toEqual({ occurredAt: new Date(starts.at(-1)!), toStatus: segments.at(-1)!.status });
      // The sums cover every segment, read or not, up to `until`.
      expect(data.summary.changeCount).toBe(starts.length - 1);
      const counted = new Map<string, number>();
      segments.forEach((segment) => counted.set(segment.status, (counted.get(segment.status) ?? 0) + segment.end.getTime() - segment.start.getTime()));
      expect(new Map(data.summary.timeInStatus.map(({ status, ms }) => [status, ms]))).toEqual(counted);
      expect(data.summary.timeInStatus.map(({ ms }) => ms)).toEqual([...data.summary.timeInStatus.map(({ ms }) => ms)].sort((a, b) => b - a));
    }
    // Without a range: the last 90 days, as the history is longer than that.
    const byDefault = await read();
    expect(byDefault.range).toBe("90");
    expect(byDefault.starts).toEqual(expected["90"]);
  }, 60_000);

  it("shows all of a history shorter than 90 days by default, and nothing for an issue without changes", async () => {
    const analyst = await createActor("ANALYST");
    const negotiation = await createNegotiationRow();
    const [issue, silent] = [await createIssueRow(negotiation.id), await createIssueRow(negotiation.id)];
    await logUpdate(analyst, issue.id, update("Opened.", "2025-11-01", "UNDER_DISCUSSION"));
    await logUpdate(analyst, issue.id, update("Apart.", "2025-11-11", "GAPS_REMAIN"));
    const until = new Date(Date.UTC(2025, 11, 1));
    const data = await chartStatusData([issue.id, silent.id], { until });
    expect(data.range).toBe("all");
    expect(data.byIssue.get(issue.id)?.summary).toEqual({
      timeInStatus: [
        { status: "GAPS_REMAIN", ms: 20 * 86_400_000 },
        { status: "UNDER_DISCUSSION", ms: 10 * 86_400_000 },
      ],
      changeCount: 1,
    });
    expect(data.byIssue.get(silent.id)).toEqual({ changes: [], summary: { timeInStatus: [], changeCount: 0 } });
    // The dashboard passes a range asked for through.
    expect((await getDashboard(negotiation.id, undefined, "30")).range).toBe("30");
  });
});
