import "server-only";
import type { AuditAction, AuditEntityType } from "@/lib/audit/actions";
import { chainHash } from "@/lib/audit/chain";
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

/** A transaction (the app's, or a script's own). */
type AuditWriter = Pick<Tx, "auditEvent" | "$executeRaw">;

/** Serializes appends to the audit chain across every app process (any fixed key would do). */
const AUDIT_CHAIN_LOCK = 72707271;

/**
 * Appends an audit event in the caller's transaction: the change and its record commit together.
 * Each event carries the hash of the one before (lib/audit/chain.ts; `npm run audit:verify`), so
 * appends take a transaction-wide lock: the previous hash read here is the last one committed.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<{ id: bigint }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const fields = {
    at: new Date(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    issueId: entry.issueId ?? null,
    negotiationId: entry.negotiationId ?? null,
    before: toJson(entry.before) ?? null,
    after: toJson(entry.after) ?? null,
  };
  return tx.auditEvent.create({
    select: { id: true },
    data: {
      ...fields,
      before: fields.before ?? undefined,
      after: fields.after ?? undefined,
      hash: chainHash(previous?.hash ?? null, fields),
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
