import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Action } from "@/lib/auth/permissions";
import { BUILT_IN_ANALYST } from "@/lib/auth/built-in-analyst";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The person making this request. Until accounts exist, everyone acts as the built-in analyst. */
export async function getActor(): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { email: BUILT_IN_ANALYST.email } });
  return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return actor;
}

/** Every mutation in lib/ starts with this, whoever called it. */
export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}
