import "server-only";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { countTimeline, getTimelinePage, lastOccurredAt, type TimelineOrder } from "@/lib/timeline/entries";
import { deriveStatuses } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";

export interface TimelineQuery {
  order?: string;
  after?: string;
}

/**
 * Everything an issue page shows below its title, live or as of a past moment (a frozen share
 * link): one page of the timeline, its size, the status changes, and the status they lead to.
 */
export async function getIssueTimeline(issue: { id: string; status: IssueStatus }, query: TimelineQuery, options: { asOf?: Date; pageSize?: number } = {}) {
  const { asOf, pageSize } = options;
  const order: TimelineOrder = query.order === "oldest" ? "oldest" : "newest";
  // The status changes are read once: the page needs them (as of a moment) for "from" statuses.
  const changes = await getIssueStatusChanges(issue.id, asOf);
  const [page, total, lastUpdateAt] = await Promise.all([
    getTimelinePage(issue.id, { order, after: query.after, asOf, pageSize, changes }),
    countTimeline(issue.id, asOf),
    asOf ? lastOccurredAt(issue.id, asOf) : undefined,
  ]);
  return {
    order,
    page,
    total,
    changes,
    status: asOf ? deriveStatuses(changes).status : issue.status,
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
