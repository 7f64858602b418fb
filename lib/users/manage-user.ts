import "server-only";
import { endAllSessions } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export async function changeRole(actor: Actor | null, userId: string, role: Role) {
  assertCan(actor, "user.manage");
  return db().$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (user.role === role) return user;
    if (user.role === "ADMIN") await assertAnotherAdmin(tx, userId);
    const updated = await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role",
      entityType: "user",
      entityId: userId,
      before: { email: user.email, role: user.role },
      after: { email: user.email, role },
    });
    return updated;
  });
}

/** Deactivating also ends every session of the account at its next request. */
export async function setActive(actor: Actor | null, userId: string, isActive: boolean) {
  assertCan(actor, "user.manage");
  return db().$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (user.isActive === isActive) return user;
    if (!isActive && user.role === "ADMIN") await assertAnotherAdmin(tx, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: { isActive, sessionVersion: isActive ? undefined : { increment: 1 } },
    });
    if (!isActive) await endAllSessions(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: isActive ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: { email: user.email, isActive: user.isActive },
      after: { email: user.email, isActive },
    });
    return updated;
  });
}

/** Ends every session of an account, on every device. Anyone may do it for themselves. */
export async function signOutEverywhere(actor: Actor | null, userId: string) {
  if (actor?.id !== userId) assertCan(actor, "user.manage");
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  await db().$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: "user.signOutEverywhere", entityType: "user", entityId: userId, after: { email: user.email } });
  });
}

async function findUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "That account does not exist.");
  return user;
}

/** Parley must keep at least one active administrator, or nobody could manage users again. */
async function assertAnotherAdmin(tx: Tx, userId: string) {
  // The same lock as first-run setup: two administrators demoting each other wait in turn.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707270)`;
  const others = await tx.user.count({ where: { role: "ADMIN", isActive: true, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "Parley needs at least one active administrator.");
}
