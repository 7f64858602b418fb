import "server-only";
import { db } from "@/lib/db/client";
import type { ChainLink } from "@/lib/sources/independence";

const MAX_DEPTH = 20;

/**
 * Each source's republication chain (itself first, the original last), for any number of sources in
 * one statement: the sources and every source they were republished from, to MAX_DEPTH steps.
 */
export async function loadChains(sourceIds: string[]): Promise<Map<string, ChainLink[]>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db().$queryRaw<(ChainLink & { viaId: string | null })[]>`
    WITH RECURSIVE chain AS (
      SELECT s.id, s."viaId", 0 AS depth FROM "Source" s WHERE s.id = ANY(${[...new Set(sourceIds)]}::text[])
      UNION
      SELECT s.id, s."viaId", chain.depth + 1 FROM chain JOIN "Source" s ON s.id = chain."viaId" WHERE chain.depth < ${MAX_DEPTH}
    )
    SELECT s.id, s.title, s.kind::text AS kind, s."viaId", o.name AS "outletName", o.affiliation::text AS affiliation
    FROM "Source" s LEFT JOIN "Outlet" o ON o.id = s."outletId"
    WHERE s.id IN (SELECT id FROM chain)`;
  const known = new Map(rows.map((row) => [row.id, row]));
  const chains = new Map<string, ChainLink[]>();
  for (const id of sourceIds) {
    const chain: ChainLink[] = [];
    let cursor = known.get(id);
    while (cursor && chain.length <= MAX_DEPTH && !chain.some((link) => link.id === cursor!.id)) {
      const { viaId, ...link } = cursor;
      chain.push(link);
      cursor = viaId ? known.get(viaId) : undefined;
    }
    if (chain.length > 0) chains.set(id, chain);
  }
  return chains;
}
