import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export async function listNegotiations() {
  return db().negotiation.findMany({
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { issues: true } } },
  });
}

/** Cached per request: the page and its metadata share one query. */
export const getNegotiationBySlug = cache(async (slug: string) => {
  return db().negotiation.findUnique({
    where: { slug },
    include: { parties: { orderBy: { name: "asc" } } },
  });
});

/** Every issue of a negotiation with its status, last change and number of distinct sources. */
export async function getDashboardIssues(negotiationId: string) {
  const issues = await db().issue.findMany({
    where: { negotiationId },
    include: { category: true },
    orderBy: [{ lastUpdateAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  if (issues.length === 0) return [];
  const ids = issues.map((issue) => issue.id);
  const counts = await db().$queryRaw<{ issueId: string; sources: number; updates: number }[]>`
    SELECT u."issueId", COUNT(DISTINCT us."sourceId")::int AS sources, COUNT(DISTINCT u.id)::int AS updates
    FROM "Update" u LEFT JOIN "UpdateSource" us ON us."updateId" = u.id
    WHERE u."issueId" = ANY(${ids}) AND u."deletedAt" IS NULL
    GROUP BY u."issueId"`;
  const byIssue = new Map(counts.map((row) => [row.issueId, row]));
  return issues.map((issue) => ({
    ...issue,
    sourceCount: byIssue.get(issue.id)?.sources ?? 0,
    updateCount: byIssue.get(issue.id)?.updates ?? 0,
  }));
}

/** Status changes of every issue in a negotiation, oldest first, for the statuses-over-time chart. */
export async function getNegotiationStatusChanges(negotiationId: string) {
  return db().update.findMany({
    where: { issue: { negotiationId }, toStatus: { not: null }, deletedAt: null },
    select: { issueId: true, occurredAt: true, toStatus: true },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }],
  });
}

export async function listCategories() {
  return db().category.findMany({ orderBy: { name: "asc" } });
}
