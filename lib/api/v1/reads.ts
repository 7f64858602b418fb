import "server-only";
import type { z } from "zod";
import { notFound } from "@/lib/api/v1/handler";
import { type issueSchema, type negotiationSchema, type updateSchema, type issueFilterSchema, type timelineQuerySchema } from "@/lib/api/v1/schemas";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveParties } from "@/lib/negotiations/live-parties";
import { getTimelinePage, timelineInclude, type TimelineEntry } from "@/lib/timeline/entries";

type NegotiationRow = Prisma.NegotiationGetPayload<{ include: { parties: typeof liveParties } }>;
type IssueRow = Prisma.IssueGetPayload<{ include: { category: true } }>;

export function negotiationJson(row: NegotiationRow): z.infer<typeof negotiationSchema> {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    parties: row.parties.map((party) => ({ id: party.id, name: party.name, description: party.description })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function issueJson(row: IssueRow): z.infer<typeof issueSchema> {
  return {
    id: row.id,
    negotiationId: row.negotiationId,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: { id: row.category.id, name: row.category.name },
    status: row.status,
    lastUpdateAt: row.lastUpdateAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function updateJson(row: TimelineEntry): z.infer<typeof updateSchema> {
  return {
    id: row.id,
    issueId: row.issueId,
    deleted: false,
    occurredAt: row.occurredAt.toISOString().slice(0, 10),
    loggedAt: row.loggedAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    author: row.author.name,
    summary: row.summary,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    sources: row.sources.map((cited) => ({
      sourceId: cited.sourceId,
      url: cited.source.url,
      title: cited.source.title,
      outlet: cited.source.outlet?.name ?? null,
      quote: cited.quote ?? "",
    })),
  };
}

export async function listNegotiations() {
  const rows = await db().negotiation.findMany({ include: { parties: liveParties }, orderBy: { createdAt: "desc" } });
  return { data: rows.map(negotiationJson) };
}

export async function getNegotiation(negotiationId: string) {
  const row = await db().negotiation.findUnique({ where: { id: negotiationId }, include: { parties: liveParties } });
  if (!row) throw notFound("negotiation");
  return negotiationJson(row);
}

export async function listIssues(negotiationId: string, filter: z.infer<typeof issueFilterSchema>) {
  const negotiation = await db().negotiation.findUnique({ where: { id: negotiationId }, select: { id: true } });
  if (!negotiation) throw notFound("negotiation");
  const rows = await db().issue.findMany({
    where: {
      negotiationId,
      status: filter.status,
      ...(filter.category ? { category: { OR: [{ id: filter.category }, { name: filter.category }] } } : {}),
      ...(filter.updated_since ? { updatedAt: { gt: new Date(filter.updated_since) } } : {}),
    },
    include: { category: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { data: rows.map(issueJson) };
}

export async function getIssue(issueId: string) {
  const row = await db().issue.findUnique({ where: { id: issueId }, include: { category: true } });
  if (!row) throw notFound("issue");
  return issueJson(row);
}

/** One page of an issue's live timeline, by the same keyset paging as the issue page. */
export async function issueTimeline(issueId: string, query: z.infer<typeof timelineQuerySchema>) {
  const page = await getTimelinePage(issueId, { order: query.order, after: query.cursor, pageSize: query.limit });
  // Only an empty page may belong to no issue; asking then keeps the common case to one query.
  if (page.entries.length === 0) await getIssue(issueId);
  return { data: page.entries.map(updateJson), nextCursor: page.nextCursor ?? null };
}

/** One live update; a deleted one is not found, as on the timeline. */
export async function getUpdate(updateId: string) {
  const row = await db().update.findFirst({ where: { id: updateId, deletedAt: null }, include: timelineInclude });
  if (!row) throw notFound("update");
  return updateJson(row);
}
