import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SOURCES_PAGE_SIZE = 30;

/** Sources matching a search over title, URL, outlet and author; newest first, paged. */
export async function searchSources(query: string, page = 1) {
  const q = query.trim();
  const where: Prisma.SourceWhereInput = q
    ? {
        OR: [
          { title: { contains: q, mode: "insensitive" } },
          { url: { contains: q, mode: "insensitive" } },
          { author: { contains: q, mode: "insensitive" } },
          { outlet: { name: { contains: q, mode: "insensitive" } } },
        ],
      }
    : {};
  const [sources, total] = await Promise.all([
    db().source.findMany({
      where,
      include: { outlet: true, via: { include: { outlet: true } }, _count: { select: { citations: true } } },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (page - 1) * SOURCES_PAGE_SIZE,
      take: SOURCES_PAGE_SIZE,
    }),
    db().source.count({ where }),
  ]);
  return { sources, total, pageCount: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)) };
}

/** A source with its republication chain ("via" all the way up) and what republishes it. */
export async function getSource(id: string) {
  const source = await db().source.findUnique({
    where: { id },
    include: {
      outlet: true,
      addedBy: { select: { name: true } },
      republishedBy: { include: { outlet: true } },
    },
  });
  if (!source) return null;
  const chain = [];
  const seen = new Set([source.id]);
  let viaId = source.viaId;
  while (viaId && !seen.has(viaId) && chain.length < 10) {
    seen.add(viaId);
    const via = await db().source.findUnique({ where: { id: viaId }, include: { outlet: true } });
    if (!via) break;
    chain.push(via);
    viaId = via.viaId;
  }
  return { ...source, chain };
}

/** Every live update that cites a source, newest first, with its issue. */
export async function getSourceCitations(sourceId: string) {
  return db().updateSource.findMany({
    where: { sourceId, update: { deletedAt: null } },
    include: {
      update: {
        include: {
          author: { select: { name: true } },
          issue: { select: { title: true, slug: true, status: true, negotiation: { select: { slug: true, title: true } } } },
        },
      },
    },
    orderBy: { update: { occurredAt: "desc" } },
    take: 200,
  });
}

/** Small list for the update form's source picker. */
export async function pickableSources(query: string) {
  const { sources } = await searchSources(query, 1);
  return sources.map((source) => ({
    id: source.id,
    title: source.title,
    outlet: source.outlet?.name ?? null,
    publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null,
    url: source.url,
  }));
}
