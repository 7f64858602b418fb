import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { lockLivePosition } from "@/lib/positions/lock-position";

/**
 * Takes a position off the matrix and its cell's history. The row stays (with its revisions), so
 * frozen views from before still show it; audited. Deleting twice is NOT_FOUND.
 */
export async function deletePosition(actor: Actor | null, positionId: string) {
  assertCan(actor, "position.delete");
  return db().$transaction(async (tx) => {
    const current = await lockLivePosition(tx, positionId);
    const deletedAt = new Date();
    const deleted = await tx.position.update({ where: { id: positionId }, data: { deletedAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "position.delete",
      entityType: "position",
      entityId: positionId,
      issueId: current.issueId,
      negotiationId: current.issue.negotiationId,
      before: {
        partyName: current.party.name,
        stance: current.stance,
        statement: current.statement,
        statedAt: current.statedAt,
        authorId: current.authorId,
        sourceIds: current.sources.map((citation) => citation.sourceId),
      },
      after: { deletedAt },
    });
    return deleted;
  });
}
