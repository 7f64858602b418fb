import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

import { BUILT_IN_ANALYST } from "@/lib/auth/built-in-analyst";

const BUILT_IN_ANALYST_EMAIL = BUILT_IN_ANALYST.email;

/** The person making this request. Until accounts exist, everyone acts as the built-in analyst. */
export async function getActor(): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { email: BUILT_IN_ANALYST_EMAIL } });
  return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

/** Every mutation starts here: who is asking, and may they do this? */
export async function authorize(action: Action): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  return actor;
}
