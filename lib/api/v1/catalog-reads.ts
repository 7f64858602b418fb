import "server-only";
import type { z } from "zod";
import { getIssue, getNegotiation } from "@/lib/api/v1/reads";
import { notFound } from "@/lib/api/v1/handler";
import type { sourceQuerySchema, sourceSchema } from "@/lib/api/v1/schemas";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchSources } from "@/lib/sources/queries";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { deriveStatuses } from "@/lib/timeline/status";

const sourceInclude = { outlet: true, _count: { select: { citations: true } } } satisfies Prisma.SourceInclude;

function sourceJson(source: Prisma.SourceGetPayload<{ include: typeof sourceInclude }>): z.infer<typeof sourceSchema> {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    kind: source.kind,
    outlet: source.outlet ? { id: source.outlet.id, name: source.outlet.name, affiliation: source.outlet.affiliation } : null,
    author: source.author,
    publishedAt: source.publishedAt?.toISOString() ?? null,
    language: source.language,
    viaId: source.viaId,
    citations: source._count.citations,
    createdAt: source.createdAt.toISOString(),
  };
}

/** Sources by the same search as the sources page (URL, title, outlet, author), a page at a time. */
export async function listSources(query: z.infer<typeof sourceQuerySchema>) {
  const { sources, total, pageCount } = await searchSources(query.q ?? "", query.page);
  return { data: sources.map(sourceJson), total, page: query.page, pageCount };
}

export async function getSourceJson(sourceId: string) {
  const source = await db().source.findUnique({ where: { id: sourceId }, include: sourceInclude });
  if (!source) throw notFound("source");
  return sourceJson(source);
}

export async function listParties(negotiationId: string) {
  return { data: (await getNegotiation(negotiationId)).parties };
}

/** The issue's live status changes, by the same rule the timeline derives statuses with. */
export async function issueStatusHistory(issueId: string) {
  await getIssue(issueId);
  const { ordered, fromStatus, status } = deriveStatuses(await getIssueStatusChanges(issueId));
  return {
    status,
    data: ordered.map((change) => ({
      updateId: change.id,
      occurredAt: change.occurredAt.toISOString().slice(0, 10),
      loggedAt: change.loggedAt.toISOString(),
      fromStatus: fromStatus.get(change.id) ?? "NOT_DISCUSSED",
      toStatus: change.toStatus,
    })),
  };
}
