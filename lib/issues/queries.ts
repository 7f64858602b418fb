import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { revisionsAsOf, visibleUpdatesWhere } from "@/lib/updates/as-of";

/** Cached per request: the page and its metadata share one query. */
export const getIssue = cache(async (negotiationSlug: string, issueSlug: string) => {
  return db().issue.findFirst({
    where: { slug: issueSlug, negotiation: { slug: negotiationSlug } },
    include: { category: true, negotiation: { select: { id: true, slug: true, title: true } } },
  });
});

/**
 * Status changes of one issue, oldest first (few even on a long timeline), drawn as a strip. With
 * `asOf`, the changes as the timeline stood at that moment.
 */
export async function getIssueStatusChanges(issueId: string, asOf?: Date) {
  const rows = await db().update.findMany({
    where: {
      issueId,
      ...visibleUpdatesWhere(asOf),
      // An update edited since may have gained or lost its status change.
      AND: [asOf ? { OR: [{ toStatus: { not: null } }, { editedAt: { gt: asOf } }] } : { toStatus: { not: null } }],
    },
    select: { id: true, occurredAt: true, loggedAt: true, toStatus: true, editedAt: true },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
  });
  if (!asOf) return rows.flatMap((row) => (row.toStatus ? [{ id: row.id, occurredAt: row.occurredAt, toStatus: row.toStatus }] : []));
  const revisions = await revisionsAsOf(rows, asOf);
  return rows
    .flatMap((row) => {
      const revision = revisions.get(row.id);
      const toStatus = revision ? revision.toStatus : row.toStatus;
      const occurredAt = revision ? revision.occurredAt : row.occurredAt;
      return toStatus ? [{ id: row.id, occurredAt, loggedAt: row.loggedAt, toStatus }] : [];
    })
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.loggedAt.getTime() - b.loggedAt.getTime() || (a.id < b.id ? -1 : 1))
    .map(({ id, occurredAt, toStatus }) => ({ id, occurredAt, toStatus }));
}
