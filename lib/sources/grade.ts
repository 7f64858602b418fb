import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CitationGradeInput, OutletGradeInput } from "@/lib/validation/grades";

/** Sets (or clears) an outlet's Admiralty reliability grade, A–F. */
export async function gradeOutlet(actor: Actor | null, outletId: string, input: OutletGradeInput) {
  assertCan(actor, "source.edit");
  return db().$transaction(async (tx) => {
    const outlet = await tx.outlet.findUnique({ where: { id: outletId } });
    if (!outlet) throw new AppError("NOT_FOUND", "That outlet no longer exists.");
    if (outlet.reliability === input.reliability) return outlet;
    const updated = await tx.outlet.update({ where: { id: outletId }, data: { reliability: input.reliability } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "outlet.grade",
      entityType: "outlet",
      entityId: outletId,
      before: { name: outlet.name, reliability: outlet.reliability },
      after: { name: outlet.name, reliability: updated.reliability },
    });
    return updated;
  });
}

/** Sets (or clears) the Admiralty credibility, 1–6, of what one update takes from one source. */
export async function gradeCitation(actor: Actor | null, updateId: string, sourceId: string, input: CitationGradeInput) {
  assertCan(actor, "update.edit");
  return db().$transaction(async (tx) => {
    const citation = await tx.updateSource.findUnique({
      where: { updateId_sourceId: { updateId, sourceId } },
      include: { update: { select: { issueId: true, deletedAt: true, issue: { select: { negotiationId: true } } } }, source: { select: { title: true } } },
    });
    if (!citation || citation.update.deletedAt) throw new AppError("NOT_FOUND", "That citation no longer exists.");
    if (citation.credibility === input.credibility) return citation;
    await tx.updateSource.update({ where: { updateId_sourceId: { updateId, sourceId } }, data: { credibility: input.credibility } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "citation.grade",
      entityType: "update",
      entityId: updateId,
      issueId: citation.update.issueId,
      negotiationId: citation.update.issue.negotiationId,
      before: { sourceId, title: citation.source.title, credibility: citation.credibility },
      after: { sourceId, title: citation.source.title, credibility: input.credibility },
    });
    return { ...citation, credibility: input.credibility };
  });
}
