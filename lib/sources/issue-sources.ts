import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
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

/**
 * The sources "check all sources for changes" goes through, asked for when the check starts rather
 * than with the issue page: on a long timeline they are many, and the page should not grow with them.
 */
export async function listIssueSourcesToCheck(actor: Actor | null, issueId: string) {
  assertCan(actor, "source.edit");
  return getIssueSources(issueId);
}
