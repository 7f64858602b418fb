import "server-only";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { search, type SearchFilters } from "@/lib/search/search";

/**
 * Search within what a share link shows: its negotiation (or its one issue), as of its snapshot
 * when frozen, without analysts' names when hidden. Filters that would reach outside (another
 * negotiation, an author, an outlet) are dropped rather than trusted.
 */
export function searchSharedLink(link: ResolvedShareLink, q: string, filters: SearchFilters, options: { after?: string } = {}) {
  const scoped: SearchFilters = {
    type: filters.type === "update" || filters.type === "issue" ? filters.type : undefined,
    issue: link.issueId ?? filters.issue,
    status: filters.status,
    from: filters.from,
    to: filters.to,
  };
  return search(
    { kind: "share", negotiationId: link.negotiationId, asOf: link.asOf, hideAuthors: link.hideAuthors, issueSnapshot: link.snapshot.issues },
    q,
    scoped,
    options,
  );
}
