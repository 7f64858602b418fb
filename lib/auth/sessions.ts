import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { serverEnv } from "@/lib/env";

/** lastSeenAt is written at most this often per session, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/** A session a signed-in browser holds, from its cookie to its account. */
export interface LiveSession {
  id: string;
  user: { id: string; name: string; email: string; role: "ADMIN" | "ANALYST" | "VIEWER"; isActive: boolean; sessionVersion: number };
}

/** Starts the server-side record of a new sign-in; its id goes into the signed session cookie. */
export async function startSession(userId: string): Promise<string> {
  const session = await db().userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/** Whether a session that was last seen at `lastSeenAt` has idled out by `now`. */
export function hasIdledOut(lastSeenAt: Date, now: Date, idleMinutes: number): boolean {
  return now.getTime() - lastSeenAt.getTime() > idleMinutes * 60_000;
}

/**
 * The session named by a cookie, if it is still live: not signed out, not idle past
 * SESSION_IDLE_MINUTES. Being seen keeps it alive. An idled-out session is ended for good, so
 * coming back later with the same cookie does not revive it.
 */
export async function findLiveSession(sessionId: string, now = new Date()): Promise<LiveSession | null> {
  // One statement on every signed-in request: the session and its account, prepared once per connection.
  const [row] = await db().$queryRaw<{ id: string; lastSeenAt: Date; endedAt: Date | null; user: LiveSession["user"] }[]>`${PREPARED}
    SELECT s.id, s."lastSeenAt", s."endedAt",
           json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'role', u.role, 'isActive', u."isActive", 'sessionVersion', u."sessionVersion") AS "user"
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}`;
  if (!row || row.endedAt) return null;
  if (hasIdledOut(row.lastSeenAt, now, serverEnv().SESSION_IDLE_MINUTES)) {
    await db().userSession.updateMany({ where: { id: row.id, endedAt: null }, data: { endedAt: now } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().userSession.updateMany({ where: { id: row.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return { id: row.id, user: row.user };
}

/** "Sign out": this browser's session ends on the server, whatever happens to its cookie. */
export async function endSession(sessionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const ended = await tx.userSession.updateManyAndReturn({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: new Date() },
      select: { userId: true },
    });
    const userId = ended[0]?.userId;
    if (userId) await recordAudit(tx, { actorId: userId, action: "auth.signOut", entityType: "user", entityId: userId });
  });
}

/** Ends every session of an account (deactivation, "sign out everywhere"), or all but one (a new password). */
export async function endAllSessions(tx: Tx, userId: string, options: { except?: string } = {}): Promise<void> {
  await tx.userSession.updateMany({
    where: { userId, endedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { endedAt: new Date() },
  });
}
