import "server-only";
import type { Tx } from "@/lib/db/client";

/** Advisory lock namespaces (the first of two keys), one per kind of row created by name. */
export const LOCK_NAMESPACES = { source: 72707272, outlet: 72707273, category: 72707274 } as const;

/**
 * Holds a transaction-scoped lock on one name of one kind, so two transactions creating the same new
 * name take turns: the second sees the first's row once it commits instead of failing on the unique key.
 */
export async function lockName(tx: Tx, kind: keyof typeof LOCK_NAMESPACES, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACES[kind]}, hashtext(lower(${name})))`;
}
