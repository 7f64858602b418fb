import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { can, type Action } from "@/lib/auth/permissions";
import { findLiveSession } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { paths } from "@/lib/paths";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The signed-in browser's session (absent for actors made outside a request, e.g. in tests). */
  sessionId?: string;
}

/**
 * The signed-in person making this request, read fresh from the database on every request: signing
 * out, idling past the limit, a deactivated account, a changed role or "sign out everywhere" takes
 * effect at once, even for a session cookie that is still valid.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const sessionId = session?.user?.sessionId;
  if (!session?.user?.id || !sessionId) return null;
  const live = await findLiveSession(sessionId);
  const user = live?.user;
  if (!user || user.id !== session.user.id || !user.isActive || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId };
});

/** For pages: the actor, or a redirect to sign in. */
export async function requireActorOrRedirect(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(paths.signIn());
  return actor;
}

/** Every mutation in lib/ starts with this, whoever called it. */
export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  assertSignedIn(actor);
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}

/** For what every signed-in person may do to their own account (e.g. change their password). */
export function assertSignedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
}
