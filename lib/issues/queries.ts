import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** Cached per request: the page and its metadata share one query. */
export const getIssue = cache(async (negotiationSlug: string, issueSlug: string) => {
  return db().issue.findFirst({
    where: { slug: issueSlug, negotiation: { slug: negotiationSlug } },
    include: { category: true, negotiation: { select: { id: true, slug: true, title: true, timeZone: true } } },
  });
});
