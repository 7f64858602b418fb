import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { liveParties } from "@/lib/negotiations/live-parties";
import { AppError } from "@/lib/errors";
import { expiryFor } from "@/lib/share-links/expiry";
import { generateToken, hashToken } from "@/lib/tokens";
import type { CreateShareLinkInput } from "@/lib/validation/share-link";

export type ShareScope = { issueId: string } | { negotiationId: string };

/**
 * Creates a read-only link and returns its token, which is shown once and stored only as a hash.
 * A snapshot link also keeps the wording of titles and summaries as they are now.
 */
export async function createShareLink(actor: Actor | null, scope: ShareScope, input: CreateShareLinkInput) {
  assertCan(actor, "shareLink.create");
  const token = generateToken();
  const now = new Date();
  const link = await db().$transaction(async (tx) => {
    let snapshot: object | undefined;
    let negotiationId: string;
    let issueId: string | null = null;
    if ("issueId" in scope) {
      const issue = await tx.issue.findUnique({ where: { id: scope.issueId }, include: { category: true } });
      if (!issue) throw new AppError("NOT_FOUND", "That issue no longer exists.");
      issueId = issue.id;
      negotiationId = issue.negotiationId;
      snapshot = { issues: { [issue.id]: { title: issue.title, summary: issue.summary } } };
    } else {
      const negotiation = await tx.negotiation.findUnique({ where: { id: scope.negotiationId }, include: { issues: true, parties: liveParties } });
      if (!negotiation) throw new AppError("NOT_FOUND", "That negotiation no longer exists.");
      negotiationId = negotiation.id;
      snapshot = {
        title: negotiation.title,
        description: negotiation.description,
        parties: negotiation.parties.map((party) => ({ id: party.id, name: party.name, description: party.description })),
        issues: Object.fromEntries(negotiation.issues.map((issue) => [issue.id, { title: issue.title, summary: issue.summary }])),
      };
    }
    const created = await tx.shareLink.create({
      data: {
        tokenHash: hashToken(token),
        label: input.label,
        issueId,
        negotiationId: issueId ? null : negotiationId,
        hideAuthors: input.hideAuthors,
        snapshotAt: input.isSnapshot ? now : null,
        snapshot: input.isSnapshot ? snapshot : undefined,
        expiresAt: expiryFor(input.expiry, now, input.expiresOn),
        createdById: actor.id,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "shareLink.create",
      entityType: "shareLink",
      entityId: created.id,
      issueId,
      negotiationId,
      after: { label: created.label, expiresAt: created.expiresAt, hideAuthors: created.hideAuthors, snapshotAt: created.snapshotAt },
    });
    return created;
  });
  return { token, link };
}
