import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const TIMELINE_PAGE_SIZE = 25;

export type TimelineOrder = "newest" | "oldest";

interface Cursor {
  occurredAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.occurredAt.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const occurredAt = new Date(iso ?? "");
  if (!id || Number.isNaN(occurredAt.getTime())) return undefined;
  return { occurredAt, id };
}

const timelineInclude = {
  author: { select: { name: true } },
  sources: {
    orderBy: { position: "asc" },
    include: {
      source: {
        include: { outlet: true, via: { include: { outlet: true } } },
      },
    },
  },
} satisfies Prisma.UpdateInclude;

export type TimelineEntry = Prisma.UpdateGetPayload<{ include: typeof timelineInclude }>;

/**
 * One page of an issue's timeline. Keyset paging on (occurredAt, id) over an index, so the 400th
 * page of a 10,000-entry timeline costs what the first one does.
 */
export async function getTimelinePage(
  issueId: string,
  options: { order?: TimelineOrder; after?: string; asOf?: Date } = {},
) {
  const isNewestFirst = (options.order ?? "newest") === "newest";
  const direction = isNewestFirst ? "desc" : "asc";
  const cursor = decodeCursor(options.after);
  const beyond = isNewestFirst ? "lt" : "gt";
  const where: Prisma.UpdateWhereInput = {
    issueId,
    deletedAt: null,
    ...(options.asOf ? { loggedAt: { lte: options.asOf } } : {}),
    ...(cursor
      ? {
          // The plain bound lets PostgreSQL start the index scan at the cursor; the OR breaks ties.
          occurredAt: { [isNewestFirst ? "lte" : "gte"]: cursor.occurredAt },
          OR: [
            { occurredAt: { [beyond]: cursor.occurredAt } },
            { occurredAt: cursor.occurredAt, id: { [beyond]: cursor.id } },
          ],
        }
      : {}),
  };
  const rows = await db().update.findMany({
    where,
    include: timelineInclude,
    orderBy: [{ occurredAt: direction }, { id: direction }],
    take: TIMELINE_PAGE_SIZE + 1,
  });
  const hasMore = rows.length > TIMELINE_PAGE_SIZE;
  const entries = hasMore ? rows.slice(0, TIMELINE_PAGE_SIZE) : rows;
  const last = entries.at(-1);
  return {
    entries,
    nextCursor: hasMore && last ? encodeCursor(last) : undefined,
  };
}

export async function countTimeline(issueId: string) {
  return db().update.count({ where: { issueId, deletedAt: null } });
}
