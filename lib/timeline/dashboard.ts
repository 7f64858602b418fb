import "server-only";
import { db } from "@/lib/db/client";
import { deriveStatuses, type OrderedStatusChange } from "@/lib/timeline/status";
import { statusChangesByIssue } from "@/lib/timeline/status-changes";
import { visibleIssuesWhere, visibleUpdatesSql } from "@/lib/timeline/visibility";

/**
 * A negotiation's dashboard: every issue with its status, last change and number of distinct
 * sources, plus each issue's status changes for the chart. Live, or as of a past moment (a frozen
 * share link), when statuses are re-derived from the timeline as it stood then. The same few
 * queries whatever the number of issues.
 */
export async function getDashboard(negotiationId: string, asOf?: Date) {
  const issues = await db().issue.findMany({
    where: { negotiationId, ...visibleIssuesWhere(asOf) },
    include: { category: true },
    orderBy: [{ lastUpdateAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  if (issues.length === 0) return { issues: [], changesByIssue: new Map<string, OrderedStatusChange[]>() };
  const ids = issues.map((issue) => issue.id);
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
      status: asOf ? deriveStatuses(changesByIssue.get(issue.id) ?? []).status : issue.status,
      lastUpdateAt: asOf ? (byIssue.get(issue.id)?.lastUpdateAt ?? null) : issue.lastUpdateAt,
      sourceCount: byIssue.get(issue.id)?.sources ?? 0,
      updateCount: byIssue.get(issue.id)?.updates ?? 0,
    })),
    changesByIssue,
  };
}

export type DashboardIssue = Awaited<ReturnType<typeof getDashboard>>["issues"][number];
