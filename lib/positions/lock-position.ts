import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The live (not deleted) position with its party, issue and sources in citation order, its row
 * locked until the transaction ends: concurrent edits and deletes of one position run one after
 * the other, so revision numbers never collide and nothing edits a position just deleted.
 */
export async function lockLivePosition(tx: Tx, positionId: string) {
  await tx.$queryRaw`SELECT id FROM "Position" WHERE id = ${positionId} FOR UPDATE`;
  const position = await tx.position.findUnique({
    where: { id: positionId },
    include: {
      party: { select: { name: true } },
      issue: { select: { id: true, negotiationId: true } },
      sources: { orderBy: { ordinal: "asc" }, include: { source: { select: { title: true } } } },
    },
  });
  if (!position || position.deletedAt) throw new AppError("NOT_FOUND", "That position no longer exists.");
  return position;
}
