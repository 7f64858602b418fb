import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveCitedSources } from "@/lib/updates/resolve-cited-sources";
import type { CreateDraftInput } from "@/lib/validation/plan-draft";

/**
 * Stores a plan draft with its parsed points. The first cited source is the draft's; every point
 * starts out citing it, since a pasted plan usually comes from one publication.
 */
export async function createDraft(actor: Actor | null, negotiationId: string, input: CreateDraftInput, options: { isExample?: boolean } = {}) {
  assertCan(actor, "planDraft.create");
  return db().$transaction(async (tx) => {
    const negotiation = await tx.negotiation.findUnique({ where: { id: negotiationId }, select: { id: true } });
    if (!negotiation) throw new AppError("NOT_FOUND", "That negotiation no longer exists.");
    const cited = await resolveCitedSources(tx, input, actor.id);
    const sourceId = [...cited.keys()][0] ?? null;
    const draft = await tx.planDraft.create({
      data: {
        negotiationId,
        title: input.title,
        description: input.description ?? "",
        isExample: options.isExample ?? false,
        sourceId,
        createdById: actor.id,
        points: { create: input.points.map((point, index) => ({ ordinal: index + 1, label: point.label, text: point.text, sourceId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "planDraft.create",
      entityType: "planDraft",
      entityId: draft.id,
      negotiationId,
      after: { title: input.title, points: input.points.length, sourceId },
    });
    return draft;
  });
}
