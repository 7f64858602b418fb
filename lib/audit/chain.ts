import { createHash } from "node:crypto";

/** What an audit event's hash covers: every column but the id and the hash itself. */
export interface ChainedFields {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  issueId: string | null;
  negotiationId: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted, so a value reads the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The tamper-evidence hash of an audit event: SHA-256 over the previous event's hash and this
 * event's fields. Changing, removing or reordering any event breaks every hash after it.
 */
export function chainHash(previousHash: string | null, event: ChainedFields): string {
  const fields = canonicalJson({
    at: event.at.toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    issueId: event.issueId,
    negotiationId: event.negotiationId,
    before: event.before,
    after: event.after,
  });
  return createHash("sha256")
    .update(previousHash ?? "")
    .update("\n")
    .update(fields)
    .digest("hex");
}
