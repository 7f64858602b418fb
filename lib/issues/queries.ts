import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** Cached per request: the page and its metadata share one query. */
export const getIssue = cache(async (negotiationSlug: string, issueSlug: string) => {
  return db().issue.findFirst({
    where: { slug: issueSlug, negotiation: { slug: negotiationSlug } },
    include: { category: true, negotiation: { select: { id: true, slug: true, title: true } } },
  });
});

/** Status changes of one issue, oldest first: few even on a long timeline, drawn as a strip. */
export async function getIssueStatusChanges(issueId: string) {
  return db().update.findMany({
    where: { issueId, toStatus: { not: null }, deletedAt: null },
    select: { occurredAt: true, toStatus: true },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }],
  });
}
