import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password-policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { TOKEN_PATTERN, hashToken } from "@/lib/tokens";
import { invitationState } from "@/lib/users/invitation-rules";

/** The invitation behind a link, if it can still be used. */
export async function findUsableInvitation(token: string) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const invitation = await db().invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  return invitation && invitationState(invitation) === "usable" ? invitation : null;
}

/** Turns an invitation into an account (or reactivates a deactivated one); the link then stops working. */
export async function acceptInvitation(token: string, input: { name: string; password: string }) {
  const passwordHash = await hashNewPassword(input.password, { name: input.name, email: (await findUsableInvitation(token))?.email });
  return db().$transaction(async (tx) => {
    const invitation = TOKEN_PATTERN.test(token) ? await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } }) : null;
    // Claim the invitation atomically: of two concurrent accepts only one updates a row.
    const claimed = invitation
      ? await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } })
      : { count: 0 };
    if (!invitation || claimed.count === 0) throw new AppError("NOT_FOUND", "This invitation link is no longer valid.");
    const existing = await tx.user.findUnique({ where: { email: invitation.email } });
    // An invitation creates an account or brings back a deactivated one; it never takes over an
    // account in use (its role and password are the administrator's and the owner's business).
    if (existing?.isActive) throw new AppError("CONFLICT", "This person already has an account. Sign in instead.");
    // Any other pending invitation for this address dies with this one.
    await tx.invitation.updateMany({ where: { email: invitation.email, usedAt: null }, data: { usedAt: new Date() } });
    const data = { name: input.name, role: invitation.role, passwordHash, isActive: true };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { ...data, sessionVersion: { increment: 1 } } })
      : await tx.user.create({ data: { ...data, email: invitation.email } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      entityType: "user",
      entityId: user.id,
      before: existing ? { role: existing.role, isActive: existing.isActive } : undefined,
      after: { email: user.email, role: user.role, invitationId: invitation.id },
    });
    return user;
  });
}
