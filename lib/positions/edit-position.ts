import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { lockLivePosition } from "@/lib/positions/lock-position";
import type { RevisionSource } from "@/lib/timeline/schemas";
import { citationRows, resolveCitedSources } from "@/lib/updates/resolve-cited-sources";
import type { EditPositionInput } from "@/lib/validation/position";

/**
 * Replaces a position's stance, statement, date and sources. The version it replaces is kept as a
 * PositionRevision, so the record of what Parley said stays visible; audited in the same transaction.
 */
export async function editPosition(actor: Actor | null, positionId: string, input: EditPositionInput) {
  assertCan(actor, "position.edit");
  return db().$transaction(async (tx) => {
    const current = await lockLivePosition(tx, positionId);
    const cited = await resolveCitedSources(tx, input, actor.id);
    const previousSources: RevisionSource[] = current.sources.map((citation) => ({
      sourceId: citation.sourceId,
      title: citation.source.title,
      quote: citation.quote,
    }));
    const nextSources = [...cited].map(([sourceId, quote]) => ({ sourceId, quote: quote ?? null }));
    const isUnchanged =
      current.stance === input.stance &&
      current.statement === input.statement &&
      current.statedAt.getTime() === input.statedAt.getTime() &&
      JSON.stringify(previousSources.map(({ sourceId, quote }) => ({ sourceId, quote }))) === JSON.stringify(nextSources);
    // Saving the form untouched is not an edit: no empty version in the history.
    if (isUnchanged) return current;

    const version = (await tx.positionRevision.count({ where: { positionId } })) + 1;
    await tx.positionRevision.create({
      data: {
        positionId,
        version,
        stance: current.stance,
        statement: current.statement,
        statedAt: current.statedAt,
        sources: previousSources,
        editedById: actor.id,
      },
    });
    await tx.positionSource.deleteMany({ where: { positionId } });
    const updated = await tx.position.update({
      where: { id: positionId },
      data: {
        stance: input.stance,
        statement: input.statement,
        statedAt: input.statedAt,
        editedAt: new Date(),
        sources: { create: citationRows(cited).map(({ sourceId, quote, position: ordinal }) => ({ sourceId, quote, ordinal })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "position.edit",
      entityType: "position",
      entityId: positionId,
      issueId: current.issueId,
      negotiationId: current.issue.negotiationId,
      before: {
        partyName: current.party.name,
        stance: current.stance,
        statement: current.statement,
        statedAt: current.statedAt,
        sourceIds: previousSources.map((source) => source.sourceId),
        version,
      },
      after: {
        partyName: current.party.name,
        stance: updated.stance,
        statement: updated.statement,
        statedAt: updated.statedAt,
        sourceIds: [...cited.keys()],
      },
    });
    return updated;
  });
}
