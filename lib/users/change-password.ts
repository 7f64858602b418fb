import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertSignedIn, type Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { hashNewPassword } from "@/lib/auth/password-policy";
import { endAllSessions } from "@/lib/auth/sessions";
import { recordSignInFailure, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validation/account";

/**
 * Someone changes their own password. The current one must be given (a session left open on a
 * shared computer must not be enough), and wrong guesses count against the account like wrong
 * sign-ins. Every other session of the account ends; this one stays signed in.
 */
export async function changePassword(actor: Actor | null, input: ChangePasswordInput, address: string): Promise<void> {
  assertSignedIn(actor);
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!user.passwordHash) {
    throw new AppError("CONFLICT", "This account signs in through an identity provider and has no Parley password to change.");
  }
  const waitSeconds = await signInWaitSeconds(user.email, address);
  if (waitSeconds > 0) throw new AppError("RATE_LIMITED", `Too many wrong passwords. Wait ${waitSeconds} seconds and try again.`);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSignInFailure(user.email, address);
    throw new AppError("INVALID_INPUT", "That is not your current password.", { currentPassword: ["That is not your current password."] });
  }
  if (await verifyPassword(user.passwordHash, input.password)) {
    throw new AppError("INVALID_INPUT", "The new password is the one you have now.", { password: ["Choose a password different from your current one."] });
  }
  const passwordHash = await hashNewPassword(input.password, { email: user.email, name: user.name });
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id, { except: actor.sessionId });
    await recordAudit(tx, { actorId: user.id, action: "user.passwordChange", entityType: "user", entityId: user.id, after: { email: user.email } });
  });
}

/** Whether an account signs in with a Parley password (and so can change it here). */
export async function hasOwnPassword(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
