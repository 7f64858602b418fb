import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockIssueTimeline, recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { citationRows, resolveCitedSources } from "@/lib/updates/resolve-cited-sources";
import type { LogUpdateInput } from "@/lib/validation/update";

/** Adds one entry to an issue's timeline, with its sources, and re-derives the issue's status. */
export async function logUpdate(actor: Actor | null, issueId: string, input: LogUpdateInput) {
  assertCan(actor, "update.log");
  return db().$transaction((tx) => appendUpdate(tx, actor, issueId, input));
}

/**
 * The write path of every new timeline entry, inside the caller's transaction (which has checked
 * the permission): lock the timeline, cite the sources, re-derive the status, audit.
 */
export async function appendUpdate(tx: Tx, actor: Actor, issueId: string, input: LogUpdateInput) {
  await lockIssueTimeline(tx, issueId);
  const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { id: true, status: true, negotiationId: true } });
  if (!issue) throw new AppError("NOT_FOUND", "That issue no longer exists.");

  const cited = await resolveCitedSources(tx, input, actor.id);

  const update = await tx.update.create({
    data: {
      issueId,
      authorId: actor.id,
      occurredAt: input.occurredAt,
      summary: input.summary,
      toStatus: input.newStatus,
      sources: {
        create: citationRows(cited),
      },
    },
  });
  const statusAfter = await recomputeIssueState(tx, issueId);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "update.log",
    entityType: "update",
    entityId: update.id,
    issueId,
    negotiationId: issue.negotiationId,
    before: { status: issue.status },
    after: {
      status: statusAfter,
      toStatus: input.newStatus ?? null,
      occurredAt: input.occurredAt,
      summary: input.summary,
      sourceIds: [...cited.keys()],
    },
  });
  return update;
}
