import "server-only";
import type { Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { deriveStatuses, INITIAL_STATUS } from "@/lib/timeline/status";

/**
 * Takes the issue's row lock. Call it before changing an issue's updates: writers then take turns,
 * and each one's recompute sees the updates the others committed.
 */
export async function lockIssueTimeline(tx: Tx, issueId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
}

/**
 * Re-derives everything that follows from an issue's live updates, inside the caller's transaction:
 * each status change's "from" status, the issue's current status, and its last-update date. The
 * issue's status is never written anywhere else, so it cannot drift from its timeline; the rule
 * itself is lib/timeline/status.ts, the same one the "as of a moment" reads use.
 */
export async function recomputeIssueState(tx: Tx, issueId: string): Promise<IssueStatus> {
  const rows = await tx.update.findMany({
    where: { issueId, deletedAt: null, toStatus: { not: null } },
    select: { id: true, occurredAt: true, loggedAt: true, toStatus: true, fromStatus: true },
  });
  const changes = rows.flatMap((row) => (row.toStatus ? [{ ...row, toStatus: row.toStatus }] : []));
  const { fromStatus, status } = deriveStatuses(changes);
  // Only the rows whose "from" status moved are written, grouped by their new value.
  const staleByStatus = new Map<IssueStatus, string[]>();
  for (const change of changes) {
    const next = fromStatus.get(change.id) ?? INITIAL_STATUS;
    if (change.fromStatus !== next) staleByStatus.set(next, [...(staleByStatus.get(next) ?? []), change.id]);
  }
  for (const [from, ids] of staleByStatus) {
    await tx.update.updateMany({ where: { id: { in: ids } }, data: { fromStatus: from } });
  }
  const last = await tx.update.aggregate({ where: { issueId, deletedAt: null }, _max: { occurredAt: true } });
  await tx.issue.update({ where: { id: issueId }, data: { status, lastUpdateAt: last._max.occurredAt } });
  return status;
}
