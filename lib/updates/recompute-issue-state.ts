import "server-only";
import type { Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { deriveIssueReadModel } from "@/lib/timeline/issue-read-model";
import { INITIAL_STATUS } from "@/lib/timeline/status";

/**
 * Takes the issue's row lock. Call it before changing an issue's updates: writers then take turns,
 * and each one's recompute sees the updates the others committed.
 */
export async function lockIssueTimeline(tx: Tx, issueId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
}

/**
 * Re-derives everything that follows from an issue's live updates, inside the caller's transaction:
 * each status change's "from" status, the issue's current status, last-update date, counts, status
 * segments and the time spent in each status over the closed ones. None of these is written anywhere else, so they cannot drift from the timeline;
 * the rule itself is lib/timeline/issue-read-model.ts (over lib/timeline/status.ts, the same one
 * the "as of a moment" reads use), and `npm run read-model:check` compares the two.
 */
export async function recomputeIssueState(tx: Tx, issueId: string): Promise<IssueStatus> {
  const model = await deriveIssueReadModel(tx, issueId);
  // Only the rows whose "from" status moved are written, grouped by their new value.
  const staleByStatus = new Map<IssueStatus, string[]>();
  for (const change of model.changes) {
    const next = model.fromStatus.get(change.id) ?? INITIAL_STATUS;
    if (change.fromStatus !== next) staleByStatus.set(next, [...(staleByStatus.get(next) ?? []), change.id]);
  }
  for (const [from, ids] of staleByStatus) {
    await tx.update.updateMany({ where: { id: { in: ids } }, data: { fromStatus: from } });
  }
  await tx.issueStatusSegment.deleteMany({ where: { issueId } });
  if (model.segments.length > 0) await tx.issueStatusSegment.createMany({ data: model.segments.map((segment) => ({ issueId, ...segment })) });
  await tx.issue.update({
    where: { id: issueId },
    data: {
      status: model.status,
      lastUpdateAt: model.lastUpdateAt,
      updateCount: model.updateCount,
      sourceCount: model.sourceCount,
      statusSince: model.statusSince,
      closedStatusMs: model.closedStatusMs,
      statusChangeCount: model.statusChangeCount,
    },
  });
  return model.status;
}
