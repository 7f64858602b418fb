import "server-only";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { revisionsAsOf } from "@/lib/timeline/revisions";
import { deriveStatuses } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { visibleUpdatesSql, visibleUpdatesWhere } from "@/lib/timeline/visibility";

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

/** A timestamp PostgreSQL put inside JSON ("2025-11-30T09:15:00.123", in UTC, as Prisma stores it). */
const jsonDate = (value: string | null): Date | null => (value === null ? null : new Date(`${value}Z`));

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: null extends T[P] ? string | null : string };
type CitedSource = TimelineEntry["sources"][number]["source"];
type JsonSource = Dated<Omit<CitedSource, "via">, "publishedAt" | "createdAt"> & {
  via: Dated<NonNullable<CitedSource["via"]>, "publishedAt" | "createdAt"> | null;
};
type JsonEntry = Dated<Omit<TimelineEntry, "sources">, "occurredAt" | "loggedAt" | "deletedAt" | "editedAt"> & {
  sources: (Omit<TimelineEntry["sources"][number], "source"> & { source: JsonSource })[];
};

/** A cited source as JSON, with its outlet (and `via`, its republished original), in the shape of {@link citedSourceInclude}. */
const sourceJson = (source: string, outlet: string, via?: string) => `json_build_object(
  'id', ${source}.id, 'url', ${source}.url, 'title', ${source}.title, 'kind', ${source}.kind, 'outletId', ${source}."outletId",
  'author', ${source}.author, 'publishedAt', ${source}."publishedAt", 'language', ${source}.language, 'viaId', ${source}."viaId",
  'addedById', ${source}."addedById", 'createdAt', ${source}."createdAt",
  'outlet', CASE WHEN ${outlet}.id IS NULL THEN NULL ELSE json_build_object('id', ${outlet}.id, 'name', ${outlet}.name,
    'affiliation', ${outlet}.affiliation, 'owner', ${outlet}.owner, 'reliability', ${outlet}.reliability) END
  ${via ? `, 'via', ${via}` : ""})`;

/** An update as JSON, with its author and cited sources, in the shape of {@link timelineInclude}. */
const ENTRY_JSON = Prisma.raw(`json_build_object('id', u.id, 'issueId', u."issueId", 'authorId', u."authorId", 'occurredAt', u."occurredAt",
  'loggedAt', u."loggedAt", 'summary', u.summary, 'fromStatus', u."fromStatus", 'toStatus', u."toStatus", 'deletedAt', u."deletedAt",
  'editedAt', u."editedAt", 'author', json_build_object('name', a.name),
  'sources', COALESCE((
    SELECT json_agg(json_build_object('updateId', us."updateId", 'sourceId', us."sourceId", 'quote', us.quote, 'position', us.position,
      'credibility', us.credibility, 'source', ${sourceJson("s", "o", `CASE WHEN v.id IS NULL THEN NULL ELSE ${sourceJson("v", "vo")} END`)})
      ORDER BY us.position)
    FROM "UpdateSource" us JOIN "Source" s ON s.id = us."sourceId" LEFT JOIN "Outlet" o ON o.id = s."outletId"
      LEFT JOIN "Source" v ON v.id = s."viaId" LEFT JOIN "Outlet" vo ON vo.id = v."outletId"
    WHERE us."updateId" = u.id), '[]'))`);

/**
 * The entries of a page as one statement: the page's rows are picked first (keyset over the index
 * on issue, day and id), and only they are joined to their author and cited sources, so a page
 * costs one round trip whatever the timeline's length. PostgreSQL hands the page back as one JSON
 * text, which costs far less to read than a row per entry with nested objects.
 */
async function readPage(issueId: string, options: { isNewestFirst: boolean; cursor?: Cursor; asOf?: Date; take: number }): Promise<TimelineEntry[]> {
  const { isNewestFirst, cursor, asOf, take } = options;
  const direction = Prisma.raw(isNewestFirst ? "DESC" : "ASC");
  const beyond = cursor
    ? isNewestFirst
      ? Prisma.sql`AND (u."occurredAt", u.id) < (${cursor.occurredAt}, ${cursor.id})`
      : Prisma.sql`AND (u."occurredAt", u.id) > (${cursor.occurredAt}, ${cursor.id})`
    : Prisma.empty;
  const [row] = await db().$queryRaw<{ page: string }[]>`${PREPARED}
    SELECT COALESCE(json_agg(${ENTRY_JSON} ORDER BY u."occurredAt" ${direction}, u.id ${direction}), '[]')::text AS page
    FROM (
      SELECT * FROM "Update" u WHERE u."issueId" = ${issueId} AND ${visibleUpdatesSql(asOf)} ${beyond}
      ORDER BY u."occurredAt" ${direction}, u.id ${direction} LIMIT ${take}
    ) u JOIN "User" a ON a.id = u."authorId"`;
  return (JSON.parse(row!.page) as JsonEntry[]).map((entry) => ({
    ...entry,
    occurredAt: jsonDate(entry.occurredAt)!,
    loggedAt: jsonDate(entry.loggedAt)!,
    deletedAt: jsonDate(entry.deletedAt),
    editedAt: jsonDate(entry.editedAt),
    sources: entry.sources.map((cited) => ({
      ...cited,
      source: {
        ...cited.source,
        publishedAt: jsonDate(cited.source.publishedAt),
        createdAt: jsonDate(cited.source.createdAt)!,
        via: cited.source.via && { ...cited.source.via, publishedAt: jsonDate(cited.source.via.publishedAt), createdAt: jsonDate(cited.source.via.createdAt)! },
      },
    })),
  }));
}

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
    /** Each status change's "from" status as of `asOf`, when the caller has them already. */
    fromStatus?: Map<string, IssueStatus>;
  } = {},
) {
  const pageSize = Math.min(Math.max(1, options.pageSize ?? TIMELINE_PAGE_SIZE), TIMELINE_MAX_PAGE_SIZE);
  const isNewestFirst = (options.order ?? "newest") === "newest";
  const { asOf } = options;
  const rows = await readPage(issueId, { isNewestFirst, cursor: decodeCursor(options.after), asOf, take: pageSize + 1 });
  const hasMore = rows.length > pageSize;
  const page = hasMore ? rows.slice(0, pageSize) : rows;
  const entries = asOf ? await asTheyWere(page, asOf, options.fromStatus ?? deriveStatuses(await getIssueStatusChanges(issueId, asOf)).fromStatus) : page;
  const last = page.at(-1);
  return {
    entries,
    nextCursor: hasMore && last ? encodeCursor(last) : undefined,
  };
}

export async function countTimeline(issueId: string, asOf?: Date) {
  return db().update.count({ where: { issueId, ...visibleUpdatesWhere(asOf) } });
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
async function asTheyWere(entries: TimelineEntry[], asOf: Date, fromStatus: Map<string, IssueStatus>): Promise<TimelineEntry[]> {
  return (await asTheyRead(entries, asOf)).map((entry) => ({ ...entry, fromStatus: entry.toStatus ? (fromStatus.get(entry.id) ?? null) : null }));
}
