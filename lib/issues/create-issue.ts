import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateCategory } from "@/lib/issues/find-or-create-category";
import { statusLabel } from "@/lib/statuses";
import { uniqueSlug } from "@/lib/unique-slug";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import type { CreateIssueInput } from "@/lib/validation/issue";

export async function createIssue(actor: Actor | null, negotiationId: string, input: CreateIssueInput) {
  assertCan(actor, "issue.create");
  return db().$transaction(async (tx) => {
    const negotiation = await tx.negotiation.findUnique({ where: { id: negotiationId }, select: { id: true } });
    if (!negotiation) throw new AppError("NOT_FOUND", "That negotiation no longer exists.");
    const category = await findOrCreateCategory(tx, input.category);
    const slug = await uniqueSlug(input.title, async (candidate) =>
      Boolean(await tx.issue.findUnique({ where: { negotiationId_slug: { negotiationId, slug: candidate } } })),
    );
    const issue = await tx.issue.create({
      data: { negotiationId, slug, title: input.title, summary: input.summary, categoryId: category.id },
    });
    if (input.initialStatus) {
      // The status is always the result of updates, so the starting point is one too.
      await tx.update.create({
        data: {
          issueId: issue.id,
          authorId: actor.id,
          occurredAt: new Date(new Date().toISOString().slice(0, 10)),
          summary: `Tracking started; status set to **${statusLabel(input.initialStatus)}**.`,
          toStatus: input.initialStatus,
        },
      });
      await recomputeIssueState(tx, issue.id);
    }
    return issue;
  });
}
