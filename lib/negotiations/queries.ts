import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { liveParties } from "@/lib/negotiations/live-parties";

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
    include: { parties: liveParties },
  });
});

export async function listCategories() {
  return db().category.findMany({ orderBy: { name: "asc" } });
}
