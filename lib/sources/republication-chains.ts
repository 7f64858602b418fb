import "server-only";
import { db } from "@/lib/db/client";
import type { ChainLink } from "@/lib/sources/independence";

const MAX_DEPTH = 20;

/** Each source's republication chain (itself first, the original last), a few queries for any number of sources. */
export async function loadChains(sourceIds: string[]): Promise<Map<string, ChainLink[]>> {
  const known = new Map<string, ChainLink & { viaId: string | null }>();
  let wanted = [...new Set(sourceIds)];
  for (let depth = 0; wanted.length > 0 && depth <= MAX_DEPTH; depth++) {
    const rows = await db().source.findMany({
      where: { id: { in: wanted } },
      select: { id: true, title: true, kind: true, viaId: true, outlet: { select: { name: true, affiliation: true } } },
    });
    for (const row of rows) {
      known.set(row.id, {
        id: row.id,
        title: row.title,
        kind: row.kind,
        viaId: row.viaId,
        outletName: row.outlet?.name ?? null,
        affiliation: row.outlet?.affiliation ?? null,
      });
    }
    wanted = rows.map((row) => row.viaId).filter((id): id is string => id !== null && !known.has(id));
  }
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
