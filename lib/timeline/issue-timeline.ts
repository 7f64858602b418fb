import "server-only";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { getTimelinePage, type TimelineOrder } from "@/lib/timeline/entries";
import { frozenHistory } from "@/lib/timeline/frozen-history";
import { chartStatusData } from "@/lib/timeline/issue-read-model";
import { parseChartRange, type ChartRange } from "@/lib/timeline/status-segments";

export interface TimelineQuery {
  order?: string;
  after?: string;
  /** The status chart's time range (see parseChartRange); anything else shows the default. */
  range?: string;
}

/**
 * Everything an issue page shows below its title, live or as of a past moment (a frozen share
 * link): one page of the timeline, its size, the status changes, and the status they lead to.
 * Live, the size and the changes (the starts of the maintained status segments, as finely as the
 * chart draws them, with the time spent in each status) are read from what the write path keeps, so the page costs the same on a long timeline as on a short one; as of a
 * past moment they are derived from the timeline as it stood then.
 */
export async function getIssueTimeline(
  issue: { id: string; status: IssueStatus; updateCount: number; updatedAt: Date },
  query: TimelineQuery,
  options: { asOf?: Date; pageSize?: number } = {},
) {
  const { asOf, pageSize } = options;
  const order: TimelineOrder = query.order === "oldest" ? "oldest" : "newest";
  const asked = parseChartRange(query.range);
  if (!asOf) {
    const [page, chart] = await Promise.all([
      getTimelinePage(issue.id, { order, after: query.after, pageSize }),
      chartStatusData([issue.id], { range: asked }),
    ]);
    const { changes, summary } = chart.byIssue.get(issue.id) ?? { changes: [], summary: undefined };
    return {
      order,
      page,
      total: issue.updateCount,
      changes,
      summary,
      range: chart.range as ChartRange | undefined,
      status: issue.status,
      lastUpdateAt: undefined,
    };
  }
  // Derived once per issue version and kept (see frozenHistory): the page, counts and chart of then.
  const history = await frozenHistory(issue, asOf);
  const page = await getTimelinePage(issue.id, { order, after: query.after, asOf, pageSize, fromStatus: history.fromStatus });
  const range = asked ?? history.defaultRange;
  return {
    order,
    page,
    total: history.total,
    changes: history.chartChanges(range),
    summary: history.summary,
    range: range as ChartRange | undefined,
    status: history.status,
    /** Only as of a past moment; live, the issue row has it. */
    lastUpdateAt: history.lastUpdateAt as Date | null | undefined,
  };
}

/**
 * Link to an issue page's view: a timeline page and the status chart's range, keeping only the
 * parameters that differ from the defaults.
 */
export function timelineHref(path: string, { order, after, range }: { order: TimelineOrder; after?: string; range?: ChartRange }): string {
  const params = new URLSearchParams();
  if (order !== "newest") params.set("order", order);
  if (after) params.set("after", after);
  if (range) params.set("range", range);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
