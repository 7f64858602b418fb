import "server-only";
import { db } from "@/lib/db/client";

/** Every source cited by an issue's visible updates, for "check all sources for changes". */
export async function getIssueSources(issueId: string) {
  const sources = await db().source.findMany({
    where: { citations: { some: { update: { issueId, deletedAt: null } } } },
    select: { id: true, title: true, outlet: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return sources.map((source) => ({ id: source.id, label: source.outlet ? `${source.outlet.name}: ${source.title}` : source.title }));
}
