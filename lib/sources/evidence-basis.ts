import "server-only";
import { db } from "@/lib/db/client";
import { assessIndependence, type Independence } from "@/lib/sources/independence";
import { loadChains } from "@/lib/sources/republication-chains";

/** Independence of each update's citations, keyed by update id. */
export async function independenceOfUpdates(updates: { id: string; sources: { sourceId: string }[] }[]): Promise<Record<string, Independence>> {
  const chains = await loadChains(updates.flatMap((update) => update.sources.map((source) => source.sourceId)));
  return Object.fromEntries(
    updates.map((update) => [
      update.id,
      assessIndependence(
        update.sources.flatMap(({ sourceId }) => {
          const chain = chains.get(sourceId);
          return chain ? [{ sourceId, chain }] : [];
        }),
      ),
    ]),
  );
}

/**
 * What each issue's current status rests on: the citations of the newest visible update that set
 * it. Issues whose status no update set yet are left out.
 */
export async function currentStatusBasis(issueIds: string[]): Promise<Record<string, Independence>> {
  if (issueIds.length === 0) return {};
  // One index probe per issue (LATERAL … LIMIT 1), not a scan of every status change it ever had.
  const newest = await db().$queryRaw<{ id: string }[]>`
    SELECT latest.id FROM unnest(${issueIds}::text[]) AS issue(id)
    CROSS JOIN LATERAL (
      SELECT u.id FROM "Update" u
      WHERE u."issueId" = issue.id AND u."deletedAt" IS NULL AND u."toStatus" IS NOT NULL
      ORDER BY u."occurredAt" DESC, u.id DESC LIMIT 1
    ) AS latest`;
  const latest = await db().update.findMany({
    where: { id: { in: newest.map((row) => row.id) } },
    select: { id: true, issueId: true, sources: { select: { sourceId: true }, orderBy: { position: "asc" } } },
  });
  const byUpdate = await independenceOfUpdates(latest);
  return Object.fromEntries(latest.map((update) => [update.issueId, byUpdate[update.id]!]));
}
