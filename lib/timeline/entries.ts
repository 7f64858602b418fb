import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revisionsAsOf } from "@/lib/timeline/revisions";
import { deriveStatuses, type OrderedStatusChange } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { visibleUpdatesWhere } from "@/lib/timeline/visibility";

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

/** What every timeline entry is read with: its author and cited sources (with their outlets). */
export const timelineInclude = {
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
  options: {
    order?: TimelineOrder;
    after?: string;
    asOf?: Date;
    pageSize?: number;
    /** The issue's status changes as of `asOf`, when the caller has them already. */
    changes?: OrderedStatusChange[];
  } = {},
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
            OR: [{ occurredAt: { [beyond]: cursor.occurredAt } }, { occurredAt: cursor.occurredAt, id: { [beyond]: cursor.id } }],
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
  const { asOf } = options;
  const entries = asOf ? await asTheyWere(page, asOf, options.changes ?? (await getIssueStatusChanges(issueId, asOf))) : page;
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

/**
 * Entries as they read at `asOf`: the earlier versions of later edits, with the sources those
 * cited. Used by timelines and feeds alike; one query for the revisions, one for their sources.
 */
export async function asTheyRead(entries: TimelineEntry[], asOf: Date): Promise<TimelineEntry[]> {
  const revisions = await revisionsAsOf(entries, asOf);
  if (revisions.size === 0) return entries.map((entry) => ({ ...entry, deletedAt: null }));
  const sourceIds = [...revisions.values()].flatMap((revision) => revision.sources.map((source) => source.sourceId));
  const sources = new Map(
    (await db().source.findMany({ where: { id: { in: sourceIds } }, include: citedSourceInclude })).map((source) => [source.id, source] as const),
  );
  return entries.map((entry) => {
    const revision = revisions.get(entry.id);
    if (!revision) return { ...entry, deletedAt: null };
    return {
      ...entry,
      summary: revision.summary,
      occurredAt: revision.occurredAt,
      toStatus: revision.toStatus,
      editedAt: revision.wasEditedBefore ? entry.editedAt : null,
      deletedAt: null,
      sources: revision.sources.flatMap((cited, position) => {
        const source = sources.get(cited.sourceId);
        // A grade is today's judgement of the citation, so it is shown on earlier versions too.
        const credibility = entry.sources.find((current) => current.sourceId === cited.sourceId)?.credibility ?? null;
        return source ? [{ updateId: entry.id, sourceId: cited.sourceId, quote: cited.quote, position, credibility, source }] : [];
      }),
    };
  });
}

/** {@link asTheyRead}, with each status change's "from" status of that time. */
async function asTheyWere(entries: TimelineEntry[], asOf: Date, changes: OrderedStatusChange[]): Promise<TimelineEntry[]> {
  const { fromStatus } = deriveStatuses(changes);
  return (await asTheyRead(entries, asOf)).map((entry) => ({ ...entry, fromStatus: entry.toStatus ? (fromStatus.get(entry.id) ?? null) : null }));
}
