// Pure: turns one audit event into the short sentence the Activity views show. No database, no
// "server-only", so unit tests (and any component) can use it.
import { isAuditAction } from "@/lib/audit/actions";
import { parseAuditSnapshot, type AuditSnapshot } from "@/lib/timeline/schemas";
import { STATUS_SCALE, statusLabel, type IssueStatus } from "@/lib/statuses";

export interface DescribableEvent {
  action: string;
  entityType: string;
  before?: unknown;
  after?: unknown;
}

export interface EventDescription {
  /** Follows the actor's name: "Ana Analyst logged an update". */
  sentence: string;
  /** Set when the event moved an issue's status. */
  statusChange?: { from: IssueStatus; to: IssueStatus };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Snapshot = AuditSnapshot;

const ROLE_NAMES: Record<string, string> = { ADMIN: "administrator", ANALYST: "analyst", VIEWER: "viewer" };

/** Readable names of snapshot keys; anything else is shown split at its capitals ("sourceIds" → "source ids"). */
const FIELD_NAMES: Record<string, string> = {
  occurredAt: "date",
  publishedAt: "publication date",
  outletId: "outlet",
  viaId: "republished from",
  sourceIds: "sources",
  toStatus: "new status",
  isActive: "active",
};

const asSnapshot = parseAuditSnapshot;

/** " from state-affiliated to independent", when both ends are known. */
function affiliationChange(before: Snapshot, after: Snapshot): string {
  const from = text(before.affiliation);
  const to = text(after.affiliation);
  return from && to ? ` from ${affiliationName(from)} to ${affiliationName(to)}` : "";
}

function affiliationName(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isStatus(value: unknown): value is IssueStatus {
  return typeof value === "string" && Object.hasOwn(STATUS_SCALE, value);
}

function quoted(value: string | undefined): string {
  return value ? ` “${value}”` : "";
}

/** "the position of Russia", or "a position" when the party is unknown. */
function positionOf(partyName: unknown): string {
  const name = text(partyName);
  return name ? `the position of ${name}` : "a position";
}

/** "a", "a and b", "a, b and c". */
function exportFormat(after: Snapshot): string {
  const format = text(after.format);
  return format ? ` as ${format}` : "";
}

function importCounts(after: Snapshot): string {
  if (typeof after.imported === "number") return ` (${after.imported} ${after.imported === 1 ? "update" : "updates"})`;
  const issues = typeof after.issues === "number" ? after.issues : undefined;
  const updates = typeof after.updates === "number" ? after.updates : undefined;
  if (issues === undefined || updates === undefined) return "";
  return ` (${issues} ${issues === 1 ? "issue" : "issues"}, ${updates} ${updates === 1 ? "update" : "updates"})`;
}

export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * The fields that differ between two snapshots, in the order they first appear (before's keys,
 * then keys only in after). Values are compared as JSON, so dates and nested lists compare by value.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = asSnapshot(before);
  const to = asSnapshot(after);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null))
    .map((key) => ({ field: key, before: from[key] ?? null, after: to[key] ?? null }));
}

function statusChangeOf(before: Snapshot, after: Snapshot): EventDescription["statusChange"] {
  const from = before.status;
  const to = after.status;
  return isStatus(from) && isStatus(to) && from !== to ? { from, to } : undefined;
}

function roleName(value: unknown): string | undefined {
  const role = text(value);
  return role ? (ROLE_NAMES[role] ?? role.toLowerCase()) : undefined;
}

/** Who a user or invitation event is about: email, else name, else "a user". */
function person(before: Snapshot, after: Snapshot): string {
  return text(after.email) ?? text(before.email) ?? text(after.name) ?? text(before.name) ?? "a user";
}

/** " (title and summary)" for the fields an edit changed; nothing when none did. */
function editedFieldsSuffix(before: unknown, after: unknown, ignore: string[] = []): string {
  const fields = changedFields(before, after)
    .map((change) => change.field)
    .filter((field) => !ignore.includes(field))
    .map(fieldName);
  return fields.length > 0 ? `: ${listWords(fields)}` : "";
}

export function describeEvent(event: DescribableEvent): EventDescription {
  const before = asSnapshot(event.before);
  const after = asSnapshot(event.after);
  const statusChange = statusChangeOf(before, after);
  const title = text(after.title) ?? text(before.title);

  const action = event.action;
  if (!isAuditAction(action)) return { sentence: `recorded “${action}” on a ${fieldName(event.entityType)}`, statusChange };
  switch (action) {
    case "update.log":
      return statusChange
        ? { sentence: `changed the status from ${statusLabel(statusChange.from)} to ${statusLabel(statusChange.to)}`, statusChange }
        : { sentence: "logged an update" };
    case "update.edit": {
      // "status" is the issue's, reported as the status change; "version" is only in before.
      const sentence = `edited an update${editedFieldsSuffix(event.before, event.after, ["status", "version"])}`;
      return statusChange
        ? { sentence: `${sentence}; the status changed from ${statusLabel(statusChange.from)} to ${statusLabel(statusChange.to)}`, statusChange }
        : { sentence };
    }
    case "update.delete":
      return statusChange
        ? { sentence: `deleted an update; the status changed from ${statusLabel(statusChange.from)} to ${statusLabel(statusChange.to)}`, statusChange }
        : { sentence: "deleted an update" };
    case "position.log":
      return { sentence: `logged ${positionOf(after.partyName)}` };
    case "position.edit":
      return {
        sentence: `edited ${positionOf(after.partyName ?? before.partyName)}${editedFieldsSuffix(event.before, event.after, ["version", "partyName"])}`,
      };
    case "position.delete":
      return { sentence: `deleted ${positionOf(before.partyName)}` };
    case "planDraft.create":
      return { sentence: `added the plan draft${quoted(title)}` };
    case "planDraft.edit":
      return { sentence: `edited the plan draft${quoted(title)}${editedFieldsSuffix(event.before, event.after, ["title"])}` };
    case "planDraft.delete":
      return { sentence: `deleted the plan draft${quoted(title)}` };
    case "update.restore":
      return statusChange
        ? { sentence: `restored a deleted update; the status changed from ${statusLabel(statusChange.from)} to ${statusLabel(statusChange.to)}`, statusChange }
        : { sentence: "restored a deleted update" };
    case "issue.create":
      return { sentence: `created the issue${quoted(title)}` };
    case "issue.edit":
      return { sentence: `edited the issue${editedFieldsSuffix(event.before, event.after)}` };
    case "source.create":
      return { sentence: `created source${quoted(title ?? text(after.url))}` };
    case "source.edit":
      return { sentence: `edited source${quoted(title ?? text(after.url))}${editedFieldsSuffix(event.before, event.after)}` };
    case "source.check":
      return { sentence: `checked a source for changes: ${(text(after.outcome) ?? "checked").toLowerCase()}` };
    case "outlet.grade":
      return { sentence: `graded the outlet${quoted(text(after.name))} ${text(after.reliability) ?? "as not graded"}` };
    case "citation.grade":
      return { sentence: `graded the information from${quoted(title)} ${typeof after.credibility === "number" ? after.credibility : "as not graded"}` };
    case "negotiation.create":
      return { sentence: `created the negotiation${quoted(title)}` };
    case "negotiation.edit":
      return { sentence: `edited the negotiation${quoted(title)}${editedFieldsSuffix(event.before, event.after)}` };
    case "auth.signIn":
      return { sentence: "signed in" };
    case "auth.signInFailed":
      return { sentence: `failed to sign in as${quoted(text(after.email))}` };
    case "auth.signInThrottled":
      return { sentence: `was made to wait before signing in as${quoted(text(after.email))}` };
    case "auth.signOut":
      return { sentence: "signed out" };
    case "user.passwordChange":
      return { sentence: "changed their password" };
    case "user.setup":
      return { sentence: "set up Parley as its first administrator" };
    case "user.create": {
      const role = roleName(after.role);
      return { sentence: `created an account for ${person(before, after)}${role ? ` as ${role}` : ""}` };
    }
    case "invitation.create": {
      const role = roleName(after.role);
      return { sentence: `invited ${person(before, after)}${role ? ` as ${role}` : ""}` };
    }
    case "invitation.accept": {
      // The actor is the person who accepted, so the sentence is about them.
      const role = roleName(after.role);
      return { sentence: `accepted an invitation${role ? ` and joined as ${role}` : ""}` };
    }
    case "user.role": {
      const role = roleName(after.role);
      return { sentence: role ? `changed role of ${person(before, after)} to ${role}` : `changed role of ${person(before, after)}` };
    }
    case "user.deactivate":
      return { sentence: `deactivated ${person(before, after)}` };
    case "user.reactivate":
      return { sentence: `reactivated ${person(before, after)}` };
    case "user.signOutEverywhere":
      return { sentence: `signed ${person(before, after)} out everywhere` };
    case "shareLink.create":
      return { sentence: `created a share link${quoted(text(after.label) ?? text(after.name))}` };
    case "shareLink.revoke":
      return { sentence: `revoked a share link${quoted(text(before.label) ?? text(after.label) ?? text(before.name) ?? text(after.name))}` };
    case "apiToken.create":
      return { sentence: `created an API token${quoted(text(after.name))}` };
    case "apiToken.revoke":
      return { sentence: `revoked an API token${quoted(text(before.name) ?? text(after.name))}` };
    case "party.create":
      return { sentence: `added the party${quoted(text(after.name))}` };
    case "party.edit":
      return { sentence: `edited the party${quoted(text(after.name))}${editedFieldsSuffix(event.before, event.after)}` };
    case "party.remove":
      return { sentence: `removed the party${quoted(text(before.name))}` };
    case "category.create":
      return { sentence: `created the category${quoted(text(after.name))}` };
    case "outlet.create":
      return { sentence: `added the outlet${quoted(text(after.name))}` };
    case "outlet.edit":
      return { sentence: `changed the affiliation of${quoted(text(after.name) ?? text(before.name))}${affiliationChange(before, after)}` };
    case "data.export":
      return { sentence: `exported ${text(after.what) ?? "data"}${exportFormat(after)}` };
    case "data.import":
      return { sentence: `imported ${text(after.what) ?? "data"}${importCounts(after)}` };
    default: {
      const unhandled: never = action;
      return unhandled;
    }
  }
}
