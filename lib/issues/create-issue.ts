import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateCategory } from "@/lib/issues/find-or-create-category";
import { statusLabel } from "@/lib/statuses";
import { uniqueSlug } from "@/lib/unique-slug";
import { appendUpdate } from "@/lib/updates/log-update";
import type { CreateIssueInput } from "@/lib/validation/issue";

export async function createIssue(actor: Actor | null, negotiationId: string, input: CreateIssueInput) {
  assertCan(actor, "issue.create");
  return db().$transaction(async (tx) => {
    const negotiation = await tx.negotiation.findUnique({ where: { id: negotiationId }, select: { id: true } });
    if (!negotiation) throw new AppError("NOT_FOUND", "That negotiation no longer exists.");
    const category = await findOrCreateCategory(tx, actor.id, input.category);
    const slug = await uniqueSlug(input.title, async (candidate) =>
      Boolean(await tx.issue.findUnique({ where: { negotiationId_slug: { negotiationId, slug: candidate } } })),
    );
    const issue = await tx.issue.create({
      data: { negotiationId, slug, title: input.title, summary: input.summary, categoryId: category.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "issue.create",
      entityType: "issue",
      entityId: issue.id,
      issueId: issue.id,
      negotiationId,
      after: { title: issue.title, summary: issue.summary, category: category.name },
    });
    if (input.initialStatus) {
      // The status is always the result of updates, so the starting point is one too.
      await appendUpdate(tx, actor, issue.id, {
        summary: `Tracking started; status set to **${statusLabel(input.initialStatus)}**.`,
        occurredAt: new Date(new Date().toISOString().slice(0, 10)),
        newStatus: input.initialStatus,
        sources: [],
        newSources: [],
      });
    }
    return issue;
  });
}
