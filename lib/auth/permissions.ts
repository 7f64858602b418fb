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
  "negotiation.export",
  "negotiation.import",
  "workspace.export",
  "workspace.import",
] as const;

export type Action = (typeof ACTIONS)[number];

/** Only admins manage people and move the whole workspace (it holds every account) in or out. */
const ADMIN_ONLY: ReadonlySet<Action> = new Set<Action>(["user.manage", "workspace.export", "workspace.import"]);

const ANALYST_ACTIONS: ReadonlySet<Action> = new Set(ACTIONS.filter((action) => !ADMIN_ONLY.has(action)));

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
