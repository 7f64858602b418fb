import "server-only";
import type { AuditAction, AuditEntityType } from "@/lib/audit/actions";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  issueId?: string | null;
  negotiationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A transaction, or (for scripts outside the app) a client of their own. */
type AuditWriter = Pick<Tx, "auditEvent">;

/** Appends an audit event in the caller's transaction: the change and its record commit together. */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      issueId: entry.issueId ?? null,
      negotiationId: entry.negotiationId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // jsonb refuses NUL and lone surrogates ("\\ud800"), which user text may hold.
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" ? item.replaceAll("\u0000", "").toWellFormed() : item)),
  ) as Prisma.InputJsonValue;
}
