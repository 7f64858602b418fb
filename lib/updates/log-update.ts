import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateSource } from "@/lib/sources/find-or-create-source";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import type { LogUpdateInput } from "@/lib/validation/update";

/** Adds one entry to an issue's timeline, with its sources, and re-derives the issue's status. */
export async function logUpdate(actor: Actor | null, issueId: string, input: LogUpdateInput) {
  assertCan(actor, "update.log");
  return db().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { id: true, status: true, negotiationId: true } });
    if (!issue) throw new AppError("NOT_FOUND", "That issue no longer exists.");

    const cited = new Map<string, string | undefined>();
    if (input.sources.length > 0) {
      const ids = input.sources.map((source) => source.id);
      const found = await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } });
      if (found.length !== new Set(ids).size) {
        throw new AppError("INVALID_INPUT", "One of the attached sources no longer exists.", {
          sources: ["One of the attached sources no longer exists; remove it and try again."],
        });
      }
      for (const source of input.sources) cited.set(source.id, source.quote);
    }
    for (const fields of input.newSources) {
      const { source } = await findOrCreateSource(tx, fields, actor.id);
      cited.set(source.id, fields.quote ?? cited.get(source.id));
    }

    const update = await tx.update.create({
      data: {
        issueId,
        authorId: actor.id,
        occurredAt: input.occurredAt,
        summary: input.summary,
        toStatus: input.newStatus,
        sources: {
          create: [...cited].map(([sourceId, quote], position) => ({ sourceId, quote, position })),
        },
      },
    });
    await recomputeIssueState(tx, issueId);
    const after = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update.log",
      entityType: "update",
      entityId: update.id,
      issueId,
      negotiationId: issue.negotiationId,
      before: { status: issue.status },
      after: {
        status: after.status,
        toStatus: input.newStatus ?? null,
        occurredAt: input.occurredAt,
        summary: input.summary,
        sourceIds: [...cited.keys()],
      },
    });
    return update;
  });
}
