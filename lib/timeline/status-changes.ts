import "server-only";
import { db } from "@/lib/db/client";
import { revisionsAsOf } from "@/lib/timeline/revisions";
import { deriveStatuses, type OrderedStatusChange } from "@/lib/timeline/status";
import { visibleUpdatesWhere } from "@/lib/timeline/visibility";

/**
 * The status changes of several issues, each issue's in timeline order (few even on long
 * timelines), live or as the timelines stood at `asOf`. Two queries whatever the number of issues:
 * the updates, then (as of a past moment) the earlier versions of those edited since.
 */
export async function statusChangesByIssue(issueIds: string[], asOf?: Date): Promise<Map<string, OrderedStatusChange[]>> {
  const byIssue = new Map<string, OrderedStatusChange[]>(issueIds.map((id) => [id, []]));
  if (issueIds.length === 0) return byIssue;
  const rows = await db().update.findMany({
    where: {
      issueId: { in: issueIds },
      ...visibleUpdatesWhere(asOf),
      // An update edited since may have gained or lost its status change.
      AND: [asOf ? { OR: [{ toStatus: { not: null } }, { editedAt: { gt: asOf } }] } : { toStatus: { not: null } }],
    },
    select: { id: true, issueId: true, occurredAt: true, loggedAt: true, toStatus: true, editedAt: true },
  });
  const revisions = asOf ? await revisionsAsOf(rows, asOf) : new Map<string, never>();
  const changes = rows.flatMap((row) => {
    const revision = revisions.get(row.id);
    const toStatus = revision ? revision.toStatus : row.toStatus;
    const occurredAt = revision ? revision.occurredAt : row.occurredAt;
    return toStatus ? [{ id: row.id, issueId: row.issueId, occurredAt, loggedAt: row.loggedAt, toStatus }] : [];
  });
  for (const change of deriveStatuses(changes).ordered) byIssue.get(change.issueId)?.push(change);
  return byIssue;
}

/** One issue's status changes, in timeline order; see {@link statusChangesByIssue}. */
export async function getIssueStatusChanges(issueId: string, asOf?: Date): Promise<OrderedStatusChange[]> {
  return (await statusChangesByIssue([issueId], asOf)).get(issueId) ?? [];
}
