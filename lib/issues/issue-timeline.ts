import "server-only";
import { getIssueStatusChanges } from "@/lib/issues/queries";
import { currentStatus } from "@/lib/timeline/status-segments";
import { countTimeline, getTimelinePage, lastOccurredAt, type TimelineOrder } from "@/lib/updates/timeline";

export interface TimelineQuery {
  order?: string;
  after?: string;
}

/**
 * Everything an issue page shows below its title, live or as of a past moment (a frozen share
 * link): one page of the timeline, its size, the status changes, and the status they lead to.
 */
export async function getIssueTimeline(
  issue: { id: string; status: string },
  query: TimelineQuery,
  options: { asOf?: Date; pageSize?: number } = {},
) {
  const { asOf, pageSize } = options;
  const order: TimelineOrder = query.order === "oldest" ? "oldest" : "newest";
  const [page, total, changes, lastUpdateAt] = await Promise.all([
    getTimelinePage(issue.id, { order, after: query.after, asOf, pageSize }),
    countTimeline(issue.id, asOf),
    getIssueStatusChanges(issue.id, asOf),
    asOf ? lastOccurredAt(issue.id, asOf) : undefined,
  ]);
  return {
    order,
    page,
    total,
    changes,
    status: asOf ? currentStatus(changes) : (issue.status as ReturnType<typeof currentStatus>),
    /** Only as of a past moment; live, the issue row has it. */
    lastUpdateAt,
  };
}

/** Link to a timeline page, keeping only the parameters that differ from the defaults. */
export function timelineHref(path: string, { order, after }: { order: TimelineOrder; after?: string }): string {
  const params = new URLSearchParams();
  if (order !== "newest") params.set("order", order);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
