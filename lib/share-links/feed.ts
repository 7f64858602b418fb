import "server-only";
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/format";
import { paths } from "@/lib/paths";
import { buildAtomFeed, type AtomEntry } from "@/lib/share-links/atom";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { statusLabel } from "@/lib/statuses";
import { asTheyRead, timelineInclude } from "@/lib/timeline/entries";
import { visibleIssuesWhere, visibleUpdatesWhere } from "@/lib/timeline/visibility";

export const FEED_SIZE = 50;

/** The newest updates of what a link shares, as an Atom feed a recipient can subscribe to. */
export async function sharedFeed(link: ResolvedShareLink, baseUrl: string, token: string): Promise<string> {
  const shareUrl = `${baseUrl}${paths.share(token)}`;
  const rows = await db().update.findMany({
    where: {
      ...(link.issueId ? { issueId: link.issueId } : { issue: { negotiationId: link.negotiationId, ...visibleIssuesWhere(link.asOf) } }),
      ...visibleUpdatesWhere(link.asOf),
    },
    include: { ...timelineInclude, issue: { select: { id: true, slug: true, title: true, negotiation: { select: { title: true } } } } },
    orderBy: [{ loggedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
  });
  // Updates edited after a frozen link was made read as they did then, with the sources they cited.
  const asRead = link.asOf ? await asTheyRead(rows, link.asOf) : rows;
  const issueTitle = (issue: { id: string; title: string }) => link.snapshot.issues?.[issue.id]?.title ?? issue.title;
  const entries: AtomEntry[] = rows.map((row, index) => {
    const { summary, toStatus, occurredAt, sources: cited } = asRead[index] ?? row;
    const sources = cited.map(({ source }) => `- ${source.outlet?.name ?? "Source"}: ${source.title} <${source.url}>`);
    return {
      id: `urn:parley:update:${row.id}`,
      title: `${issueTitle(row.issue)}: ${toStatus ? `status now ${statusLabel(toStatus)}` : `update of ${formatDay(occurredAt)}`}`,
      updated: link.asOf ? row.loggedAt : (row.editedAt ?? row.loggedAt),
      published: row.loggedAt,
      link: link.issueId ? shareUrl : `${baseUrl}${paths.sharedIssue(token, row.issue.slug)}`,
      author: link.hideAuthors ? undefined : row.author.name,
      content: [`${formatDay(occurredAt)}`, summary, ...(sources.length ? ["", "Sources:", ...sources] : [])].join("\n"),
    };
  });
  const title = link.issueId
    ? issueTitle(rows[0]?.issue ?? { id: link.issueId, title: "Shared issue" })
    : (link.snapshot.title ?? rows[0]?.issue.negotiation.title ?? "Shared negotiation");
  return buildAtomFeed({
    id: `urn:parley:share:${link.id}`,
    title: `${title} — Parley`,
    subtitle: link.asOf ? `As it stood on ${link.asOf.toISOString()}` : undefined,
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), link.asOf ?? new Date(0)),
    selfLink: `${baseUrl}${paths.shareFeed(token)}`,
    alternateLink: shareUrl,
    author: link.sharedBy ?? "Parley",
    entries,
  });
}
