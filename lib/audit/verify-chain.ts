import { chainHash } from "@/lib/audit/chain";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ChainReport {
  /** Events whose hash was checked and matched. */
  verified: number;
  /** Events older than the chain (written before it existed), skipped. */
  unchained: number;
  /** The newest event's hash: record it elsewhere to also detect the newest events being removed. */
  headHash: string | null;
  /** The first event that does not match, and why; null when the whole chain holds. */
  broken: { id: bigint; reason: string } | null;
}

const BATCH = 5_000;

/**
 * Re-derives every audit event's hash from the one before it, oldest first, in batches. A changed,
 * removed or reordered event breaks the chain at that event (or the one after a removed one).
 */
export async function verifyAuditChain(prisma: Pick<PrismaClient, "auditEvent">, onProgress?: (checked: number) => void): Promise<ChainReport> {
  const report: ChainReport = { verified: 0, unchained: 0, headHash: null, broken: null };
  let previousHash: string | null = null;
  let after: bigint | undefined;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return report;
    for (const row of rows) {
      after = row.id;
      if (row.hash === null) {
        if (report.verified > 0) return { ...report, broken: { id: row.id, reason: "has no hash although earlier events do" } };
        report.unchained += 1;
        continue;
      }
      const expected = chainHash(previousHash, row);
      if (expected !== row.hash) {
        return { ...report, broken: { id: row.id, reason: "its hash does not match its contents and the event before it" } };
      }
      previousHash = row.hash;
      report.verified += 1;
      report.headHash = row.hash;
    }
    onProgress?.(report.verified + report.unchained);
  }
}
