import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Revocation holds from the next request: every visit looks the link up again. */
export async function revokeShareLink(actor: Actor | null, linkId: string) {
  assertCan(actor, "shareLink.revoke");
  return db().$transaction(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { id: linkId }, include: { issue: { select: { negotiationId: true } } } });
    if (!link) throw new AppError("NOT_FOUND", "That share link does not exist.");
    if (link.revokedAt) return link;
    const revoked = await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date(), revokedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "shareLink.revoke",
      entityType: "shareLink",
      entityId: linkId,
      issueId: link.issueId,
      negotiationId: link.negotiationId ?? link.issue?.negotiationId ?? null,
      before: { label: link.label, revokedAt: null },
      after: { label: link.label, revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}
