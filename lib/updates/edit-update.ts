import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockIssueTimeline, recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { citationRows, resolveCitedSources } from "@/lib/updates/resolve-cited-sources";
import type { RevisionSource } from "@/lib/timeline/schemas";
import type { LogUpdateInput } from "@/lib/validation/update";

/**
 * The live (not deleted) update with its sources in citation order, its row locked until the
 * transaction ends: concurrent edits and deletes of one update run one after the other, so
 * revision numbers never collide and nothing edits an update that was just deleted.
 */
export async function lockLiveUpdate(tx: Tx, updateId: string) {
  // Issue first, then the update: the same order as logging (whose recompute touches other
  // updates of the issue), so two writers can never hold one lock each and wait for the other.
  const owner = await tx.update.findUnique({ where: { id: updateId }, select: { issueId: true } });
  if (owner) await lockIssueTimeline(tx, owner.issueId);
  await tx.$queryRaw`SELECT id FROM "Update" WHERE id = ${updateId} FOR UPDATE`;
  const update = await tx.update.findUnique({
    where: { id: updateId },
    include: {
      issue: { select: { id: true, status: true, negotiationId: true } },
      sources: { orderBy: { position: "asc" }, include: { source: { select: { title: true } } } },
    },
  });
  if (!update || update.deletedAt) throw new AppError("NOT_FOUND", "That update no longer exists.");
  return update;
}

/**
 * Replaces an update's summary, date, status change and sources. The version it replaces is kept
 * as an UpdateRevision, so the history of what the timeline said stays visible; the issue's
 * derived state is recomputed and the change audited, all in one transaction.
 */
export async function editUpdate(actor: Actor | null, updateId: string, input: LogUpdateInput) {
  assertCan(actor, "update.edit");
  return db().$transaction(async (tx) => {
    const current = await lockLiveUpdate(tx, updateId);
    const cited = await resolveCitedSources(tx, input, actor.id);

    const previousSources: RevisionSource[] = current.sources.map((citation) => ({
      sourceId: citation.sourceId,
      title: citation.source.title,
      quote: citation.quote,
    }));
    const nextSources = [...cited].map(([sourceId, quote]) => ({ sourceId, quote: quote ?? null }));
    const isUnchanged =
      current.summary === input.summary &&
      current.occurredAt.getTime() === input.occurredAt.getTime() &&
      current.toStatus === (input.newStatus ?? null) &&
      JSON.stringify(previousSources.map(({ sourceId, quote }) => ({ sourceId, quote }))) === JSON.stringify(nextSources);
    // Saving the form untouched is not an edit: no empty version in the history.
    if (isUnchanged) return current;

    const version = (await tx.updateRevision.count({ where: { updateId } })) + 1;
    await tx.updateRevision.create({
      data: {
        updateId,
        version,
        summary: current.summary,
        occurredAt: current.occurredAt,
        toStatus: current.toStatus,
        sources: previousSources,
        editedById: actor.id,
      },
    });
    await tx.updateSource.deleteMany({ where: { updateId } });
    const updated = await tx.update.update({
      where: { id: updateId },
      data: {
        summary: input.summary,
        occurredAt: input.occurredAt,
        toStatus: input.newStatus ?? null,
        editedAt: new Date(),
        sources: { create: citationRows(cited) },
      },
    });
    const statusAfter = await recomputeIssueState(tx, current.issueId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update.edit",
      entityType: "update",
      entityId: updateId,
      issueId: current.issueId,
      negotiationId: current.issue.negotiationId,
      before: {
        summary: current.summary,
        occurredAt: current.occurredAt,
        toStatus: current.toStatus,
        sourceIds: previousSources.map((source) => source.sourceId),
        status: current.issue.status,
        version,
      },
      after: {
        summary: updated.summary,
        occurredAt: updated.occurredAt,
        toStatus: updated.toStatus,
        sourceIds: [...cited.keys()],
        status: statusAfter,
      },
    });
    return updated;
  });
}
