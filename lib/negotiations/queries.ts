import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getIssueStatusChanges } from "@/lib/issues/queries";
import { currentStatus, type StatusChange } from "@/lib/timeline/status-segments";

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

/**
 * A negotiation's dashboard: every issue with its status, last change and number of distinct
 * sources, plus each issue's status changes for the chart. Live, or as of a past moment (a frozen
 * share link), when statuses are re-derived from the timeline as it stood then.
 */
export async function getDashboard(negotiationId: string, asOf?: Date) {
  const issues = await db().issue.findMany({
    where: { negotiationId, ...(asOf ? { createdAt: { lte: asOf } } : {}) },
    include: { category: true },
    orderBy: [{ lastUpdateAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  if (issues.length === 0) return { issues: [], changesByIssue: new Map<string, StatusChange[]>() };
  const ids = issues.map((issue) => issue.id);
  const visible = asOf
    ? Prisma.sql`u."loggedAt" <= ${asOf} AND (u."deletedAt" IS NULL OR u."deletedAt" > ${asOf})`
    : Prisma.sql`u."deletedAt" IS NULL`;
  const [counts, changesByIssue] = await Promise.all([
    db().$queryRaw<{ issueId: string; sources: number; updates: number; lastUpdateAt: Date | null }[]>`
      SELECT u."issueId", COUNT(DISTINCT us."sourceId")::int AS sources, COUNT(DISTINCT u.id)::int AS updates,
             MAX(u."occurredAt") AS "lastUpdateAt"
      FROM "Update" u LEFT JOIN "UpdateSource" us ON us."updateId" = u.id
      WHERE u."issueId" = ANY(${ids}) AND ${visible}
      GROUP BY u."issueId"`,
    statusChangesByIssue(negotiationId, ids, asOf),
  ]);
  const byIssue = new Map(counts.map((row) => [row.issueId, row]));
  return {
    issues: issues.map((issue) => ({
      ...issue,
      status: asOf ? currentStatus(changesByIssue.get(issue.id) ?? []) : issue.status,
      lastUpdateAt: asOf ? (byIssue.get(issue.id)?.lastUpdateAt ?? null) : issue.lastUpdateAt,
      sourceCount: byIssue.get(issue.id)?.sources ?? 0,
      updateCount: byIssue.get(issue.id)?.updates ?? 0,
    })),
    changesByIssue,
  };
}

export type DashboardIssue = Awaited<ReturnType<typeof getDashboard>>["issues"][number];

async function statusChangesByIssue(negotiationId: string, issueIds: string[], asOf?: Date) {
  const byIssue = new Map<string, StatusChange[]>();
  if (asOf) {
    // Edits since then may have changed statuses: rebuild each issue's changes as they stood.
    const lists = await Promise.all(issueIds.map((id) => getIssueStatusChanges(id, asOf)));
    issueIds.forEach((id, index) => byIssue.set(id, lists[index] ?? []));
    return byIssue;
  }
  const changes = await db().update.findMany({
    where: { issue: { negotiationId }, toStatus: { not: null }, deletedAt: null },
    select: { issueId: true, occurredAt: true, toStatus: true },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }],
  });
  for (const change of changes) {
    if (!change.toStatus) continue;
    const list = byIssue.get(change.issueId);
    const item = { occurredAt: change.occurredAt, toStatus: change.toStatus };
    if (list) list.push(item);
    else byIssue.set(change.issueId, [item]);
  }
  return byIssue;
}

export async function listCategories() {
  return db().category.findMany({ orderBy: { name: "asc" } });
}
