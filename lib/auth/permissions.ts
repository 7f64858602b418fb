import type { Role } from "@/lib/generated/prisma/enums";

/** Everything a signed-in person can try to change. Reading needs only an active account. */
export const ACTIONS = [
  "negotiation.create",
  "negotiation.edit",
  "issue.create",
  "issue.edit",
  "update.log",
  "update.edit",
  "update.delete",
  "position.log",
  "position.edit",
  "position.delete",
  "planDraft.create",
  "planDraft.edit",
  "planDraft.delete",
  "source.create",
  "source.edit",
  "shareLink.create",
  "shareLink.revoke",
  "user.manage",
] as const;

export type Action = (typeof ACTIONS)[number];

const ANALYST_ACTIONS: ReadonlySet<Action> = new Set(ACTIONS.filter((action) => action !== "user.manage"));

/** The single source of truth for who may do what. */
export function can(role: Role, action: Action): boolean {
  switch (role) {
    case "ADMIN":
      return true;
    case "ANALYST":
      return ANALYST_ACTIONS.has(action);
    case "VIEWER":
      return false;
  }
}
