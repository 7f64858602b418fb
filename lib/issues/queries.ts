import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { Category, Issue, Negotiation } from "@/lib/generated/prisma/client";

export type IssueInContext = Issue & { category: Category; negotiation: Pick<Negotiation, "id" | "slug" | "title" | "timeZone"> };

/**
 * An issue by its negotiation's slug and its own, with its category and negotiation: one prepared
 * statement (Prisma's include took three), as every issue page and its sub-pages start with it.
 * Cached per request: the page and its metadata share it.
 */
export const getIssue = cache(async (negotiationSlug: string, issueSlug: string): Promise<IssueInContext | null> => {
  const [issue] = await db().$queryRaw<IssueInContext[]>`${PREPARED}
    SELECT i.id, i."negotiationId", i.slug, i.title, i.summary, i."categoryId", i.status::text AS status, i."lastUpdateAt",
           i."updateCount", i."sourceCount", i."statusSince", i."closedStatusMs", i."statusChangeCount", i."createdAt", i."updatedAt",
           json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) AS category,
           json_build_object('id', n.id, 'slug', n.slug, 'title', n.title, 'timeZone', n."timeZone") AS negotiation
    FROM "Issue" i JOIN "Negotiation" n ON n.id = i."negotiationId" JOIN "Category" c ON c.id = i."categoryId"
    WHERE n.slug = ${negotiationSlug} AND i.slug = ${issueSlug}`;
  return issue ?? null;
});
