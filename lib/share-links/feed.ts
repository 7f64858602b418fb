import "server-only";
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/format";
import { buildAtomFeed, type AtomEntry } from "@/lib/share-links/atom";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { statusLabel } from "@/lib/statuses";
import { revisionsAsOf, visibleUpdatesWhere } from "@/lib/updates/as-of";

export const FEED_SIZE = 50;

/** The newest updates of what a link shares, as an Atom feed a recipient can subscribe to. */
export async function sharedFeed(link: ResolvedShareLink, baseUrl: string, token: string): Promise<string> {
  const shareUrl = `${baseUrl}/share/${token}`;
  const rows = await db().update.findMany({
    where: {
      ...(link.issueId ? { issueId: link.issueId } : { issue: { negotiationId: link.negotiationId, ...(link.asOf ? { createdAt: { lte: link.asOf } } : {}) } }),
      ...visibleUpdatesWhere(link.asOf),
    },
    include: {
      author: { select: { name: true } },
      issue: { select: { id: true, slug: true, title: true, negotiation: { select: { title: true } } } },
      sources: { orderBy: { position: "asc" }, include: { source: { include: { outlet: true } } } },
    },
    orderBy: [{ loggedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
  });
  const revisions = link.asOf ? await revisionsAsOf(rows, link.asOf) : new Map<string, never>();
  // Updates edited after a frozen link was made cite the sources of their earlier version.
  const earlierSourceIds = [...revisions.values()].flatMap((revision) => revision.sources.map((cited) => cited.sourceId));
  const earlierSources = new Map(
    (await db().source.findMany({ where: { id: { in: earlierSourceIds } }, include: { outlet: true } })).map((source) => [source.id, source] as const),
  );
  const issueTitle = (issue: { id: string; title: string }) => link.snapshot.issues?.[issue.id]?.title ?? issue.title;
  const entries: AtomEntry[] = rows.map((row) => {
    const revision = revisions.get(row.id);
    const summary: string = revision?.summary ?? row.summary;
    const toStatus = revision ? revision.toStatus : row.toStatus;
    const cited = revision
      ? revision.sources.flatMap((item) => {
          const source = earlierSources.get(item.sourceId);
          return source ? [source] : [];
        })
      : row.sources.map((item) => item.source);
    const sources = cited.map((source) => `- ${source.outlet?.name ?? "Source"}: ${source.title} <${source.url}>`);
    return {
      id: `urn:parley:update:${row.id}`,
      title: `${issueTitle(row.issue)}: ${toStatus ? `status now ${statusLabel(toStatus)}` : `update of ${formatDay(revision?.occurredAt ?? row.occurredAt)}`}`,
      updated: link.asOf ? row.loggedAt : (row.editedAt ?? row.loggedAt),
      published: row.loggedAt,
      link: link.issueId ? shareUrl : `${shareUrl}/issues/${row.issue.slug}`,
      author: link.hideAuthors ? undefined : row.author.name,
      content: [`${formatDay(revision?.occurredAt ?? row.occurredAt)}`, summary, ...(sources.length ? ["", "Sources:", ...sources] : [])].join("\n"),
    };
  });
  const title = link.issueId ? issueTitle(rows[0]?.issue ?? { id: link.issueId, title: "Shared issue" }) : (link.snapshot.title ?? rows[0]?.issue.negotiation.title ?? "Shared negotiation");
  return buildAtomFeed({
    id: `urn:parley:share:${link.id}`,
    title: `${title} — Parley`,
    subtitle: link.asOf ? `As it stood on ${link.asOf.toISOString()}` : undefined,
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), link.asOf ?? new Date(0)),
    selfLink: `${shareUrl}/feed.xml`,
    alternateLink: shareUrl,
    author: link.sharedBy ?? "Parley",
    entries,
  });
}
