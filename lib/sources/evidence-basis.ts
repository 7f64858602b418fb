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
  // One index probe per issue (LATERAL … LIMIT 1), not a scan of every status change it ever had,
  // with that update's cited sources in citation order.
  const latest = await db().$queryRaw<{ id: string; issueId: string; sourceIds: string[] }[]>`
    SELECT latest.id, issue.id AS "issueId",
           ARRAY(SELECT us."sourceId" FROM "UpdateSource" us WHERE us."updateId" = latest.id ORDER BY us.position) AS "sourceIds"
    FROM unnest(${issueIds}::text[]) AS issue(id)
    CROSS JOIN LATERAL (
      SELECT u.id FROM "Update" u
      WHERE u."issueId" = issue.id AND u."deletedAt" IS NULL AND u."toStatus" IS NOT NULL
      ORDER BY u."occurredAt" DESC, u.id DESC LIMIT 1
    ) AS latest`;
  const byUpdate = await independenceOfUpdates(latest.map((update) => ({ id: update.id, sources: update.sourceIds.map((sourceId) => ({ sourceId })) })));
  return Object.fromEntries(latest.map((update) => [update.issueId, byUpdate[update.id]!]));
}
