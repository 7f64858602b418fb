import "server-only";
import { db } from "@/lib/db/client";
import { liveParties } from "@/lib/negotiations/live-parties";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";

const issueInclude = { category: true } as const;

/** The issue a link shares, or one issue of the negotiation it shares (by slug). */
export async function getSharedIssue(link: ResolvedShareLink, issueSlug?: string) {
  if (link.issueId) return db().issue.findUnique({ where: { id: link.issueId }, include: issueInclude });
  if (!issueSlug) return null;
  const issue = await db().issue.findFirst({ where: { negotiationId: link.negotiationId, slug: issueSlug }, include: issueInclude });
  // Issues added after a frozen link was made were not part of what was shared.
  if (issue && link.asOf && issue.createdAt > link.asOf) return null;
  return issue;
}

export async function getSharedNegotiation(link: ResolvedShareLink) {
  const negotiation = await db().negotiation.findUnique({ where: { id: link.negotiationId }, include: { parties: liveParties } });
  if (!negotiation) return null;
  return {
    ...negotiation,
    title: link.snapshot.title ?? negotiation.title,
    description: link.snapshot.description ?? negotiation.description,
    parties: link.snapshot.parties ?? negotiation.parties,
  };
}
