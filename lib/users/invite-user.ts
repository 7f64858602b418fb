import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generateToken, hashToken } from "@/lib/tokens";
import { invitationExpiry } from "@/lib/users/invitation-rules";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Creates a single-use invitation and returns its token. Only the hash is stored, so the link is
 * shown once, to the administrator who made it.
 */
export async function inviteUser(actor: Actor | null, input: { email: string; role: Role }) {
  assertCan(actor, "user.manage");
  const token = generateToken();
  const invitation = await db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing?.isActive) {
      throw new AppError("CONFLICT", "This person already has an account.", { email: ["This person already has an account."] });
    }
    // A new invitation replaces any earlier one for the same address: one live link per person.
    await tx.invitation.updateMany({ where: { email: input.email, usedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date() } });
    const created = await tx.invitation.create({
      data: { tokenHash: hashToken(token), email: input.email, role: input.role, invitedById: actor.id, expiresAt: invitationExpiry() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.create",
      entityType: "invitation",
      entityId: created.id,
      after: { email: created.email, role: created.role, expiresAt: created.expiresAt },
    });
    return created;
  });
  return { token, invitation };
}
