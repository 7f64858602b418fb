import "server-only";
import { db } from "@/lib/db/client";
import { visibleUpdatesWhere } from "@/lib/timeline/visibility";
import { encodeCursor, TIMELINE_PAGE_SIZE } from "@/lib/timeline/entries";

/**
 * The `after` cursor of the newest-first timeline page that holds this update (undefined for the
 * first page), so a search result can link straight to the entry on its page. Counts with the
 * timeline's own visibility rule and page size.
 */
export async function timelineCursorFor(update: { id: string; issueId: string; occurredAt: Date }, asOf?: Date): Promise<string | undefined> {
  const newer = {
    issueId: update.issueId,
    AND: [visibleUpdatesWhere(asOf), { OR: [{ occurredAt: { gt: update.occurredAt } }, { occurredAt: update.occurredAt, id: { gt: update.id } }] }],
  };
  const before = await db().update.count({ where: newer });
  const pageIndex = Math.floor(before / TIMELINE_PAGE_SIZE);
  if (pageIndex === 0) return undefined;
  const boundary = await db().update.findFirst({
    where: { issueId: update.issueId, ...visibleUpdatesWhere(asOf) },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: pageIndex * TIMELINE_PAGE_SIZE - 1,
    select: { occurredAt: true, id: true },
  });
  return boundary ? encodeCursor(boundary) : undefined;
}
