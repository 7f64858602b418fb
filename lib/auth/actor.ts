import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { can, type Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The signed-in person making this request, read fresh from the database on every request: a
 * deactivated account, a changed role or "sign out everywhere" takes effect at once, even for a
 * session cookie that is still valid.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id } });
  if (!user || !user.isActive || user.sessionVersion !== session.user?.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For pages: the actor, or a redirect to sign in. */
export async function requireActorOrRedirect(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** Every mutation in lib/ starts with this, whoever called it. */
export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}
