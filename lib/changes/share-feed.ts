import "server-only";
import { getChangeDigest } from "@/lib/changes/digest";
import { digestToMarkdown } from "@/lib/changes/markdown";
import { DEFAULT_DAYS } from "@/lib/changes/range";
import { db } from "@/lib/db/client";
import { paths } from "@/lib/paths";
import { buildAtomFeed, type AtomEntry } from "@/lib/share-links/atom";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A share link's "What changed" digest as an Atom feed: one entry per UTC day of the last
 * {@link DEFAULT_DAYS} days that had changes, each the same digest as the workspace page, limited
 * to what the link shares (its issue or negotiation, as of its frozen moment, names hidden when
 * asked). A day keeps its entry id, so a feed reader shows each day once and updates today's.
 */
export async function sharedChangesFeed(link: ResolvedShareLink, baseUrl: string, token: string, now = new Date()): Promise<string> {
  const shareUrl = `${baseUrl}${paths.share(token)}`;
  const end = link.asOf && link.asOf < now ? link.asOf : now;
  const scope = {
    negotiationId: link.negotiationId,
    issueId: link.issueId,
    notAfter: end,
    issueTitles: link.snapshot.issues,
    hideAuthors: link.hideAuthors,
  };
  const title = await sharedTitle(link);
  const entries: AtomEntry[] = [];
  const today = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  for (let daysBack = 0; daysBack < DEFAULT_DAYS; daysBack++) {
    const from = new Date(today - daysBack * DAY_MS);
    const to = new Date(Math.min(from.getTime() + DAY_MS, end.getTime()));
    // Days are read one after another: a feed reader polls rarely, and the pool stays free for pages.
    const digest = await getChangeDigest(scope, { from, to });
    if (digest.issues.length === 0) continue;
    const day = from.toISOString().slice(0, 10);
    const latest = digest.issues.flatMap((issue) => issue.entries.map((entry) => entry.changedAt)).reduce((a, b) => (b > a ? b : a), from);
    entries.push({
      id: `urn:parley:share:${link.id}:changes:${day}`,
      title: `${day}: ${digest.issues.map((issue) => issue.title).join(", ")}`,
      updated: latest,
      published: from,
      link: shareUrl,
      content: digestToMarkdown(digest, title, { isPlainText: true }),
    });
  }
  return buildAtomFeed({
    id: `urn:parley:share:${link.id}:changes`,
    title: `What changed: ${title} — Parley`,
    subtitle: link.asOf ? `As it stood on ${link.asOf.toISOString()}` : `The last ${DEFAULT_DAYS} days, one entry per day (UTC)`,
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), link.asOf ?? new Date(0)),
    selfLink: `${baseUrl}${paths.shareChangesFeed(token)}`,
    alternateLink: shareUrl,
    author: link.sharedBy ?? "Parley",
    entries,
  });
}

async function sharedTitle(link: ResolvedShareLink): Promise<string> {
  if (link.issueId) {
    const issue = await db().issue.findUnique({ where: { id: link.issueId }, select: { title: true } });
    return link.snapshot.issues?.[link.issueId]?.title ?? issue?.title ?? "Shared issue";
  }
  const negotiation = await db().negotiation.findUnique({ where: { id: link.negotiationId }, select: { title: true } });
  return link.snapshot.title ?? negotiation?.title ?? "Shared negotiation";
}
