import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionSource } from "@/lib/updates/edit-update";

/**
 * Which updates a timeline shows: the live ones, or, "as of" a past moment (a frozen share link),
 * the ones logged by then and not yet deleted then.
 */
export function visibleUpdatesWhere(asOf?: Date): Prisma.UpdateWhereInput {
  return asOf ? { loggedAt: { lte: asOf }, OR: [{ deletedAt: null }, { deletedAt: { gt: asOf } }] } : { deletedAt: null };
}

/**
 * For updates edited after `asOf`, the revision that holds what they said at `asOf`: the first
 * version replaced after that moment.
 */
export async function revisionsAsOf(updates: { id: string; editedAt: Date | null }[], asOf: Date) {
  const editedLater = updates.filter((update) => update.editedAt && update.editedAt > asOf).map((update) => update.id);
  const byUpdate = new Map<string, { summary: string; occurredAt: Date; toStatus: Prisma.UpdateRevisionGetPayload<object>["toStatus"]; sources: RevisionSource[]; wasEditedBefore: boolean }>();
  if (editedLater.length === 0) return byUpdate;
  const revisions = await db().updateRevision.findMany({
    where: { updateId: { in: editedLater } },
    orderBy: [{ updateId: "asc" }, { version: "asc" }],
  });
  for (const revision of revisions) {
    if (revision.replacedAt <= asOf || byUpdate.has(revision.updateId)) continue;
    byUpdate.set(revision.updateId, {
      summary: revision.summary,
      occurredAt: revision.occurredAt,
      toStatus: revision.toStatus,
      sources: revision.sources as unknown as RevisionSource[],
      wasEditedBefore: revision.version > 1,
    });
  }
  return byUpdate;
}
