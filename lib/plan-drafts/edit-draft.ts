import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PointIssuesInput, PointMatchInput } from "@/lib/validation/plan-draft";

async function lockLiveDraft(tx: Tx, draftId: string) {
  await tx.$queryRaw`SELECT id FROM "PlanDraft" WHERE id = ${draftId} FOR UPDATE`;
  const draft = await tx.planDraft.findUnique({
    where: { id: draftId },
    include: { points: { include: { issues: true } } },
  });
  if (!draft || draft.deletedAt) throw new AppError("NOT_FOUND", "That plan draft no longer exists.");
  return draft;
}

/** Sets which issues each point of a draft touches (every point: one left unticked touches none). */
export async function setPointIssues(actor: Actor | null, draftId: string, input: PointIssuesInput) {
  assertCan(actor, "planDraft.edit");
  return db().$transaction(async (tx) => {
    const draft = await lockLiveDraft(tx, draftId);
    const pointIds = new Set(draft.points.map((point) => point.id));
    const issueIds = new Set((await tx.issue.findMany({ where: { negotiationId: draft.negotiationId }, select: { id: true } })).map((issue) => issue.id));
    for (const [pointId, ids] of input.issues) {
      if (!pointIds.has(pointId) || ids.some((issueId) => !issueIds.has(issueId))) {
        throw new AppError("INVALID_INPUT", "A point or an issue is not part of this draft's negotiation; reload the page and try again.");
      }
    }
    const before = Object.fromEntries(draft.points.map((point) => [point.label, point.issues.map((link) => link.issueId).sort()]));
    await tx.planPointIssue.deleteMany({ where: { pointId: { in: [...pointIds] } } });
    const rows = [...input.issues].flatMap(([pointId, ids]) => [...new Set(ids)].map((issueId) => ({ pointId, issueId })));
    if (rows.length > 0) await tx.planPointIssue.createMany({ data: rows });
    const after = Object.fromEntries(draft.points.map((point) => [point.label, [...new Set(input.issues.get(point.id) ?? [])].sort()]));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "planDraft.edit",
      entityType: "planDraft",
      entityId: draftId,
      negotiationId: draft.negotiationId,
      before: { title: draft.title, issueLinks: before },
      after: { title: draft.title, issueLinks: after },
    });
  });
}

/** Records (or clears, with "auto") an analyst's correction of one point's counterpart in another draft. */
export async function setPointMatch(actor: Actor | null, input: PointMatchInput) {
  assertCan(actor, "planDraft.edit");
  return db().$transaction(async (tx) => {
    const point = await tx.planPoint.findUnique({ where: { id: input.fromPointId }, include: { draft: true } });
    if (!point || point.draft.deletedAt) throw new AppError("NOT_FOUND", "That point no longer exists.");
    await lockLiveDraft(tx, point.draftId);
    const target = await tx.planDraft.findUnique({ where: { id: input.toDraftId }, include: { points: { select: { id: true, label: true } } } });
    if (!target || target.deletedAt || target.negotiationId !== point.draft.negotiationId || target.id === point.draftId) {
      throw new AppError("NOT_FOUND", "The other draft no longer exists.");
    }
    const toPoint = input.toPointId === "auto" || input.toPointId === "none" ? null : target.points.find((candidate) => candidate.id === input.toPointId);
    if (input.toPointId !== "auto" && input.toPointId !== "none" && !toPoint) {
      throw new AppError("INVALID_INPUT", "That point is not part of the other draft.", { toPointId: ["Choose a point of the other draft."] });
    }
    const key = { fromPointId_toDraftId: { fromPointId: point.id, toDraftId: target.id } };
    const existing = await tx.planPointMatch.findUnique({ where: key });
    if (input.toPointId === "auto") {
      if (existing) await tx.planPointMatch.delete({ where: key });
    } else {
      // One counterpart per point: a point of the other draft claimed by hand is released elsewhere.
      if (toPoint) await tx.planPointMatch.deleteMany({ where: { toDraftId: target.id, toPointId: toPoint.id, NOT: { fromPointId: point.id } } });
      await tx.planPointMatch.upsert({
        where: key,
        create: { fromPointId: point.id, toDraftId: target.id, toPointId: toPoint?.id ?? null },
        update: { toPointId: toPoint?.id ?? null },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "planDraft.edit",
      entityType: "planDraft",
      entityId: point.draftId,
      negotiationId: point.draft.negotiationId,
      before: { title: point.draft.title, counterpart: existing ? (existing.toPointId ?? "none") : "auto" },
      after: {
        title: point.draft.title,
        point: point.label,
        otherDraft: target.title,
        counterpart: input.toPointId === "auto" || input.toPointId === "none" ? input.toPointId : toPoint?.label,
      },
    });
  });
}

/** Soft-deletes a draft: it leaves the list and cross-walks; the rows and the audit trail stay. */
export async function deleteDraft(actor: Actor | null, draftId: string) {
  assertCan(actor, "planDraft.delete");
  return db().$transaction(async (tx) => {
    const draft = await lockLiveDraft(tx, draftId);
    const deletedAt = new Date();
    await tx.planDraft.update({ where: { id: draftId }, data: { deletedAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "planDraft.delete",
      entityType: "planDraft",
      entityId: draftId,
      negotiationId: draft.negotiationId,
      before: { title: draft.title, points: draft.points.length },
      after: { deletedAt },
    });
  });
}
