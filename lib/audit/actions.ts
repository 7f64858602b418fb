// Every kind of audit event, in one list: recordAudit accepts only these, and describe-event must
// word each one (its switch is checked for exhaustiveness by the compiler). Pure, no database.

export const AUDIT_ACTIONS = [
  "negotiation.create",
  "negotiation.edit",
  "party.create",
  "party.edit",
  "party.remove",
  "issue.create",
  "issue.edit",
  "category.create",
  "update.log",
  "update.edit",
  "update.delete",
  "update.restore",
  "source.create",
  "source.edit",
  "source.check",
  "citation.grade",
  "outlet.create",
  "outlet.edit",
  "outlet.grade",
  "position.log",
  "position.edit",
  "position.delete",
  "planDraft.create",
  "planDraft.edit",
  "planDraft.delete",
  "shareLink.create",
  "shareLink.revoke",
  "apiToken.create",
  "apiToken.revoke",
  "user.setup",
  "user.create",
  "user.role",
  "user.deactivate",
  "user.reactivate",
  "user.signOutEverywhere",
  "invitation.create",
  "invitation.accept",
  "auth.signIn",
  "auth.signInFailed",
  "auth.signInThrottled",
  "auth.signOut",
  "user.passwordChange",
  "data.export",
  "data.import",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  "negotiation",
  "party",
  "issue",
  "category",
  "update",
  "source",
  "outlet",
  "user",
  "invitation",
  "shareLink",
  "apiToken",
  "position",
  "planDraft",
  "workspace",
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** Events are stored as text; older rows may carry names no longer written. */
export function isAuditAction(action: string): action is AuditAction {
  return KNOWN.has(action);
}
