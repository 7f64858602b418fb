import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { lockLiveUpdate } from "@/lib/updates/edit-update";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";

/**
 * Takes an update off its issue's timeline. The row stays (with its revisions) and the deletion is
 * audited; the issue's status is re-derived from the updates that remain. Deleting twice is NOT_FOUND.
 */
export async function deleteUpdate(actor: Actor | null, updateId: string) {
  assertCan(actor, "update.delete");
  return db().$transaction(async (tx) => {
    const current = await lockLiveUpdate(tx, updateId);
    const deletedAt = new Date();
    const deleted = await tx.update.update({ where: { id: updateId }, data: { deletedAt } });
    const statusAfter = await recomputeIssueState(tx, current.issueId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update.delete",
      entityType: "update",
      entityId: updateId,
      issueId: current.issueId,
      negotiationId: current.issue.negotiationId,
      before: {
        summary: current.summary,
        occurredAt: current.occurredAt,
        toStatus: current.toStatus,
        authorId: current.authorId,
        sourceIds: current.sources.map((citation) => citation.sourceId),
        status: current.issue.status,
      },
      after: { deletedAt, status: statusAfter },
    });
    return deleted;
  });
}
