import "server-only";
import { db } from "@/lib/db/client";
import { chartStatusData } from "@/lib/timeline/issue-read-model";
import { frozenHistory } from "@/lib/timeline/frozen-history";
import { defaultChartRange, type ChartRange, type StatusChange, type StatusSummary } from "@/lib/timeline/status-segments";
import { visibleIssuesWhere } from "@/lib/timeline/visibility";

/**
 * A negotiation's dashboard: every issue with its status, last change and number of distinct
 * sources, plus each issue's status changes for the chart. Live, all of it is what the write path
 * maintains (the issue rows and their status segments, only those the chart's `range` can draw,
 * with each issue's time in each status: three queries, whatever the timelines' length).
 * As of a past moment (a frozen share link), each issue's history as it stood then is derived once
 * per issue version and kept (frozenHistory): statuses, counts, the chart's changes and table.
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
  // Derived once per issue version and kept (see frozenHistory), as the frozen issue page does.
  const histories = await Promise.all(issues.map((issue) => frozenHistory(issue, asOf)));
  const firstChangeAt = Math.min(asOf.getTime(), ...histories.flatMap((history) => (history.firstChangeAt ? [history.firstChangeAt.getTime()] : [])));
  const shown = range ?? defaultChartRange(firstChangeAt, asOf);
  return {
    issues: issues.map((issue, index) => {
      const history = histories[index]!;
      return { ...issue, status: history.status, lastUpdateAt: history.lastUpdateAt, sourceCount: history.sourceCount, updateCount: history.total };
    }),
    changesByIssue: new Map(issues.map((issue, index) => [issue.id, histories[index]!.chartChanges(shown)])),
    summaries: new Map(issues.map((issue, index) => [issue.id, histories[index]!.summary])),
    range: shown as ChartRange | undefined,
  };
}

export type DashboardIssue = Awaited<ReturnType<typeof getDashboard>>["issues"][number];
