import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockIssueTimeline, recomputeIssueState } from "@/lib/updates/recompute-issue-state";

/**
 * Undoes a deletion: the update returns to its issue's timeline as it was, the issue's status is
 * re-derived, and the restoration is audited like the deletion was. Restoring a live update is
 * NOT_FOUND, so a second click on "Undo" changes nothing.
 */
export async function restoreUpdate(actor: Actor | null, updateId: string) {
  assertCan(actor, "update.delete");
  return db().$transaction(async (tx) => {
    const owner = await tx.update.findUnique({ where: { id: updateId }, select: { issueId: true } });
    if (!owner) throw new AppError("NOT_FOUND", "That update does not exist.");
    await lockIssueTimeline(tx, owner.issueId);
    const current = await tx.update.findUnique({ where: { id: updateId }, include: { issue: { select: { status: true, negotiationId: true } } } });
    if (!current?.deletedAt) throw new AppError("NOT_FOUND", "That update is not deleted.");
    const restored = await tx.update.update({ where: { id: updateId }, data: { deletedAt: null } });
    const statusAfter = await recomputeIssueState(tx, current.issueId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update.restore",
      entityType: "update",
      entityId: updateId,
      issueId: current.issueId,
      negotiationId: current.issue.negotiationId,
      before: { deletedAt: current.deletedAt, status: current.issue.status },
      after: { deletedAt: null, status: statusAfter },
    });
    return restored;
  });
}
