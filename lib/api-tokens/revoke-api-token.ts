import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Revokes a token from the very next request. Its owner may, and so may an administrator. */
export async function revokeApiToken(actor: Actor | null, tokenId: string): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  await db().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!token || (token.userId !== actor.id && !can(actor.role, "user.manage"))) throw new AppError("NOT_FOUND", "That token does not exist.");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "apiToken.revoke", entityType: "apiToken", entityId: token.id, before: { name: token.name } });
  });
}
