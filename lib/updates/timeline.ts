import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getIssueStatusChanges } from "@/lib/issues/queries";
import { revisionsAsOf, visibleUpdatesWhere } from "@/lib/updates/as-of";

export const TIMELINE_PAGE_SIZE = 25;
/** The most entries one page may hold (the printable view of a shared issue asks for this many). */
export const TIMELINE_MAX_PAGE_SIZE = 500;

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
  // Years PostgreSQL's timestamp cannot hold (e.g. -100000) would make the query fail.
  const year = occurredAt.getUTCFullYear();
  if (!id || Number.isNaN(occurredAt.getTime()) || year < 1 || year > 9999) return undefined;
  return { occurredAt, id };
}

const citedSourceInclude = { outlet: true, via: { include: { outlet: true } } } satisfies Prisma.SourceInclude;

const timelineInclude = {
  author: { select: { name: true } },
  sources: {
    orderBy: { position: "asc" },
    include: {
      source: { include: citedSourceInclude },
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
  options: { order?: TimelineOrder; after?: string; asOf?: Date; pageSize?: number } = {},
) {
  const pageSize = Math.min(Math.max(1, options.pageSize ?? TIMELINE_PAGE_SIZE), TIMELINE_MAX_PAGE_SIZE);
  const isNewestFirst = (options.order ?? "newest") === "newest";
  const direction = isNewestFirst ? "desc" : "asc";
  const cursor = decodeCursor(options.after);
  const beyond = isNewestFirst ? "lt" : "gt";
  const where: Prisma.UpdateWhereInput = {
    issueId,
    AND: [
      visibleUpdatesWhere(options.asOf),
      cursor
        ? {
            // The plain bound lets PostgreSQL start the index scan at the cursor; the OR breaks ties.
            occurredAt: { [isNewestFirst ? "lte" : "gte"]: cursor.occurredAt },
            OR: [
              { occurredAt: { [beyond]: cursor.occurredAt } },
              { occurredAt: cursor.occurredAt, id: { [beyond]: cursor.id } },
            ],
          }
        : {},
    ],
  };
  const rows = await db().update.findMany({
    where,
    include: timelineInclude,
    orderBy: [{ occurredAt: direction }, { id: direction }],
    take: pageSize + 1,
  });
  const hasMore = rows.length > pageSize;
  const page = hasMore ? rows.slice(0, pageSize) : rows;
  const entries = options.asOf ? await asTheyWere(issueId, page, options.asOf) : page;
  const last = page.at(-1);
  return {
    entries,
    nextCursor: hasMore && last ? encodeCursor(last) : undefined,
  };
}

export async function countTimeline(issueId: string, asOf?: Date) {
  return db().update.count({ where: { issueId, ...visibleUpdatesWhere(asOf) } });
}

/** When the newest visible update happened (edits after `asOf` aside). */
export async function lastOccurredAt(issueId: string, asOf?: Date): Promise<Date | null> {
  const result = await db().update.aggregate({ where: { issueId, ...visibleUpdatesWhere(asOf) }, _max: { occurredAt: true } });
  return result._max.occurredAt;
}

/** Entries as they read at `asOf`: earlier versions of later edits, "from" statuses of that time. */
async function asTheyWere(issueId: string, entries: TimelineEntry[], asOf: Date): Promise<TimelineEntry[]> {
  const [revisions, changes] = await Promise.all([revisionsAsOf(entries, asOf), getIssueStatusChanges(issueId, asOf)]);
  const previousStatus = new Map(changes.map((change, index) => [change.id, changes[index - 1]?.toStatus ?? "NOT_DISCUSSED"] as const));
  const sourceIds = [...revisions.values()].flatMap((revision) => revision.sources.map((source) => source.sourceId));
  const sources = new Map(
    (await db().source.findMany({ where: { id: { in: sourceIds } }, include: citedSourceInclude })).map(
      (source) => [source.id, source] as const,
    ),
  );
  return entries.map((entry) => {
    const revision = revisions.get(entry.id);
    const content = revision
      ? {
          summary: revision.summary,
          occurredAt: revision.occurredAt,
          toStatus: revision.toStatus,
          editedAt: revision.wasEditedBefore ? entry.editedAt : null,
          sources: revision.sources.flatMap((cited, position) => {
            const source = sources.get(cited.sourceId);
            return source ? [{ updateId: entry.id, sourceId: cited.sourceId, quote: cited.quote, position, source }] : [];
          }),
        }
      : {};
    const merged = { ...entry, ...content, deletedAt: null };
    return { ...merged, fromStatus: merged.toStatus ? (previousStatus.get(entry.id) ?? null) : null };
  });
}
