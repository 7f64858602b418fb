import "server-only";
import { db } from "@/lib/db/client";
import { chartStatusData } from "@/lib/timeline/issue-read-model";
import { deriveStatuses } from "@/lib/timeline/status";
import { statusChangesByIssue } from "@/lib/timeline/status-changes";
import type { ChartRange, StatusChange, StatusSummary } from "@/lib/timeline/status-segments";
import { visibleIssuesWhere, visibleUpdatesSql } from "@/lib/timeline/visibility";

/**
 * A negotiation's dashboard: every issue with its status, last change and number of distinct
 * sources, plus each issue's status changes for the chart. Live, all of it is what the write path
 * maintains (the issue rows and their status segments, only those the chart's `range` can draw,
 * with each issue's time in each status: three queries, whatever the timelines' length).
 * As of a past moment (a frozen share link), statuses and counts are re-derived from the timeline
 * as it stood then. The same few queries whatever the number of issues.
 */
export async function getDashboard(negotiationId: string, asOf?: Date, range?: ChartRange) {
  const issues = await db().issue.findMany({
    where: { negotiationId, ...visibleIssuesWhere(asOf) },
    include: { category: true },
    orderBy: [{ lastUpdateAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  const ids = issues.map((issue) => issue.id);
  if (!asOf || issues.length === 0) {
    const chart = await chartStatusData(ids, { range });
    const changesByIssue = new Map<string, StatusChange[]>([...chart.byIssue].map(([id, data]) => [id, data.changes]));
    const summaries: Map<string, StatusSummary> | undefined = new Map([...chart.byIssue].map(([id, data]) => [id, data.summary]));
    return { issues, changesByIssue, summaries, range: chart.range as ChartRange | undefined };
  }
  const [counts, changesByIssue] = await Promise.all([
    db().$queryRaw<{ issueId: string; sources: number; updates: number; lastUpdateAt: Date | null }[]>`
      SELECT u."issueId", COUNT(DISTINCT us."sourceId")::int AS sources, COUNT(DISTINCT u.id)::int AS updates,
             MAX(u."occurredAt") AS "lastUpdateAt"
      FROM "Update" u LEFT JOIN "UpdateSource" us ON us."updateId" = u.id
      WHERE u."issueId" = ANY(${ids}) AND ${visibleUpdatesSql(asOf)}
      GROUP BY u."issueId"`,
    statusChangesByIssue(ids, asOf),
  ]);
  const byIssue = new Map(counts.map((row) => [row.issueId, row]));
  return {
    issues: issues.map((issue) => ({
      ...issue,
      status: deriveStatuses(changesByIssue.get(issue.id) ?? []).status,
      lastUpdateAt: byIssue.get(issue.id)?.lastUpdateAt ?? null,
      sourceCount: byIssue.get(issue.id)?.sources ?? 0,
      updateCount: byIssue.get(issue.id)?.updates ?? 0,
    })),
    changesByIssue: new Map<string, StatusChange[]>(
      [...changesByIssue].map(([id, changes]) => [id, changes.map(({ occurredAt, toStatus }) => ({ occurredAt, toStatus }))]),
    ),
    /** Live only; as of a moment the chart sums up the changes themselves. */
    summaries: undefined,
    /** As asked: every change is read, and the chart picks its default range itself. */
    range,
  };
}

export type DashboardIssue = Awaited<ReturnType<typeof getDashboard>>["issues"][number];
