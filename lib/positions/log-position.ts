import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { citationRows, resolveCitedSources } from "@/lib/updates/resolve-cited-sources";
import type { LogPositionInput } from "@/lib/validation/position";

/** Records where one party stands on one issue, with its sources; the cell's newest position is its current one. */
export async function logPosition(actor: Actor | null, input: LogPositionInput) {
  assertCan(actor, "position.log");
  return db().$transaction(async (tx) => {
    const [issue, party] = await Promise.all([
      tx.issue.findUnique({ where: { id: input.issueId }, select: { id: true, negotiationId: true } }),
      tx.party.findUnique({ where: { id: input.partyId }, select: { id: true, name: true, negotiationId: true } }),
    ]);
    if (!issue) throw new AppError("NOT_FOUND", "That issue no longer exists.");
    if (!party || party.negotiationId !== issue.negotiationId) {
      throw new AppError("INVALID_INPUT", "That party is not part of this negotiation.", { partyId: ["Choose one of this negotiation's parties."] });
    }
    const cited = await resolveCitedSources(tx, input, actor.id);
    const position = await tx.position.create({
      data: {
        issueId: issue.id,
        partyId: party.id,
        authorId: actor.id,
        stance: input.stance,
        statement: input.statement,
        statedAt: input.statedAt,
        sources: { create: citationRows(cited).map(({ sourceId, quote, position: ordinal }) => ({ sourceId, quote, ordinal })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "position.log",
      entityType: "position",
      entityId: position.id,
      issueId: issue.id,
      negotiationId: issue.negotiationId,
      after: {
        partyName: party.name,
        stance: input.stance,
        statement: input.statement,
        statedAt: input.statedAt,
        sourceIds: [...cited.keys()],
      },
    });
    return position;
  });
}
