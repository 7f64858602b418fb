import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateCategory } from "@/lib/issues/find-or-create-category";
import type { EditIssueInput } from "@/lib/validation/issue";

/** Edits what an issue is about. Its status is not here: it only moves through updates. */
export async function editIssue(actor: Actor | null, issueId: string, input: EditIssueInput) {
  assertCan(actor, "issue.edit");
  return db().$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, include: { category: true } });
    if (!issue) throw new AppError("NOT_FOUND", "That issue no longer exists.");
    const category = await findOrCreateCategory(tx, actor.id, input.category);
    const updated = await tx.issue.update({
      where: { id: issueId },
      data: { title: input.title, summary: input.summary, categoryId: category.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "issue.edit",
      entityType: "issue",
      entityId: issueId,
      issueId,
      negotiationId: issue.negotiationId,
      before: { title: issue.title, summary: issue.summary, category: issue.category.name },
      after: { title: updated.title, summary: updated.summary, category: category.name },
    });
    return updated;
  });
}
