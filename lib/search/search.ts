import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { isEmptyQuery, parseQuery, type ParsedQuery } from "@/lib/search/query-syntax";
import type { SearchParams, SearchType } from "@/lib/validation/search";

export const SEARCH_PAGE_SIZE = 20;
/** Below this length a word is matched only as a prefix: its trigram neighbours would be noise. */
const MIN_FUZZY_LENGTH = 4;

/** Who is searching: a signed-in user sees the whole live record; a share link only what it shares. */
export type SearchScope =
  | { kind: "workspace" }
  | {
      kind: "share";
      negotiationId: string;
      /** A frozen link: the record as it stood at this moment. */
      asOf?: Date;
      hideAuthors: boolean;
      /** Issue titles and summaries as they read when a frozen link was made. */
      issueSnapshot?: Record<string, { title: string; summary: string }>;
    };

export type SearchFilters = Partial<Omit<SearchParams, "q" | "after">>;

export interface SearchHit {
  type: SearchType;
  id: string;
  rank: number;
  /** Title of the issue, source or negotiation; for an update, its issue's title. */
  title: string;
  /** The matched text: an update's note and quotes, an issue's summary, a source's author and outlet. */
  body: string;
  /** When it happened (updates) or was published (sources). */
  at: Date | null;
  negotiationSlug: string | null;
  negotiationTitle: string | null;
  issueId: string | null;
  issueSlug: string | null;
  toStatus: IssueStatus | null;
  authorName: string | null;
  outletName: string | null;
}

interface Row extends Omit<SearchHit, "type"> {
  type: SearchType;
  key: string;
}

interface Cursor {
  rank: number;
  key: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.key])).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && typeof parsed[0] === "number" && Number.isFinite(parsed[0]) && typeof parsed[1] === "string") {
      return { rank: parsed[0], key: parsed[1] };
    }
  } catch {
    // A tampered cursor starts from the first page rather than failing.
  }
  return undefined;
}

/** Results after the cursor in the order rank descending, key ascending. */
function afterCursor(cursor: Cursor | undefined, rank: Prisma.Sql, key: Prisma.Sql): Prisma.Sql {
  return cursor ? Prisma.sql`(${rank} < ${cursor.rank} OR (${rank} = ${cursor.rank} AND ${key} > ${cursor.key}))` : Prisma.sql`TRUE`;
}

/** Close neighbours of a word in the record's vocabulary, at least this similar (trigram similarity). */
const MIN_NEIGHBOUR_SIMILARITY = 0.5;
const MAX_NEIGHBOURS = 6;

/**
 * Each query word as a tsquery: itself as a prefix, or one of its close neighbours among the words
 * the record contains (typos, inflected endings). Only letters and digits reach to_tsquery.
 */
async function wordQueries(words: string[]): Promise<WordQuery[]> {
  const fuzzy = words.filter((word) => word.length >= MIN_FUZZY_LENGTH);
  const neighbours = new Map<string, string[]>();
  if (fuzzy.length > 0) {
    const rows = await db().$queryRaw<{ input: string; word: string }[]>`
      SELECT input, near.word FROM unnest(${fuzzy}::text[]) input
      CROSS JOIN LATERAL (
        SELECT sw.word FROM "SearchWord" sw
        WHERE sw.word % public.parley_fold(input) AND similarity(sw.word, public.parley_fold(input)) >= ${MIN_NEIGHBOUR_SIMILARITY}
        ORDER BY similarity(sw.word, public.parley_fold(input)) DESC, sw.word LIMIT ${MAX_NEIGHBOURS}
      ) near`;
    for (const row of rows) {
      if (!/^[\p{L}\p{N}]+$/u.test(row.word)) continue;
      neighbours.set(row.input, [...(neighbours.get(row.input) ?? []), row.word]);
    }
  }
  return words.map((word) => ({ prefix: word, neighbours: neighbours.get(word) ?? [] }));
}

interface WordQuery {
  /** The word as typed (folded), matched as a prefix. */
  prefix: string;
  /** Words of the record close to it. */
  neighbours: string[];
}

const tsqueryOf = (word: WordQuery) => [`${word.prefix}:*`, ...word.neighbours].join(" | ");

interface Matcher {
  query: ParsedQuery;
  /** One tsquery per word of the query, all of which must match. */
  words: string[];
  /** The same words, with their parts. */
  wordQueries: WordQuery[];
  /** Any word or phrase, for ranking. */
  ranking: string;
}

async function matcherFor(query: ParsedQuery): Promise<Matcher> {
  const parts = await wordQueries(query.words);
  const words = parts.map(tsqueryOf);
  const ranking = [...words.map((word) => `(${word})`), ...query.phrases.map((phrase) => `(${phrase.join(" <-> ")})`)].join(" | ");
  return { query, words, wordQueries: parts, ranking };
}

/**
 * The text condition for one kind of document, over its tsvector only (GIN-indexed): every word
 * (as a prefix or a close neighbour), every phrase in order, no excluded word.
 */
function textMatches(matcher: Matcher, vector: Prisma.Sql): Prisma.Sql {
  const tsquery = (text: string) => Prisma.sql`to_tsquery('simple', public.parley_fold(${text}))`;
  const parts = [
    ...matcher.words.map((word) => Prisma.sql`${vector} @@ ${tsquery(word)}`),
    ...matcher.query.phrases.map((phrase) => Prisma.sql`${vector} @@ ${tsquery(phrase.join(" <-> "))}`),
    ...matcher.query.excluded.map((word) => Prisma.sql`NOT (${vector} @@ ${tsquery(word)})`),
  ];
  return Prisma.join(parts, " AND ");
}

const rankOf = (matcher: Matcher, vector: Prisma.Sql) => Prisma.sql`ts_rank_cd(${vector}, to_tsquery('simple', public.parley_fold(${matcher.ranking})))`;

const dayAfter = (date: Date) => new Date(date.getTime() + 86_400_000);

function applies(type: SearchType, filters: SearchFilters, scope: SearchScope): boolean {
  if (filters.type && filters.type !== type) return false;
  const { status, author, outlet, affiliation, from, to, issue, category, negotiation } = filters;
  switch (type) {
    case "update":
      return true;
    case "issue":
      return !status && !author && !outlet && !affiliation && !from && !to;
    case "source":
      return scope.kind === "workspace" && !status && !author;
    case "negotiation":
      return scope.kind === "workspace" && !status && !author && !outlet && !affiliation && !from && !to && !issue && !category && !negotiation;
  }
}

function all(conditions: (Prisma.Sql | false | "" | null | undefined)[]): Prisma.Sql {
  const kept = conditions.filter((condition): condition is Prisma.Sql => Boolean(condition));
  return kept.length ? Prisma.join(kept, " AND ") : Prisma.sql`TRUE`;
}

/** Conditions on an update (alias u) from the filters; they need no join, so a window can use them. */
function updateFilters(filters: SearchFilters, occurredAt: Prisma.Sql, toStatus: Prisma.Sql): Prisma.Sql {
  return all([
    filters.negotiation &&
      Prisma.sql`u."issueId" IN (SELECT fi.id FROM "Issue" fi JOIN "Negotiation" fn ON fn.id = fi."negotiationId" WHERE fn.slug = ${filters.negotiation})`,
    filters.issue && Prisma.sql`u."issueId" = ${filters.issue}`,
    filters.category &&
      Prisma.sql`u."issueId" IN (SELECT fi.id FROM "Issue" fi JOIN "Category" fc ON fc.id = fi."categoryId" WHERE fc.slug = ${filters.category})`,
    filters.status && Prisma.sql`${toStatus}::text = ${filters.status}`,
    filters.author && Prisma.sql`u."authorId" = ${filters.author}`,
    filters.from && Prisma.sql`${occurredAt} >= ${filters.from}`,
    filters.to && Prisma.sql`${occurredAt} < ${dayAfter(filters.to)}`,
    filters.outlet &&
      Prisma.sql`EXISTS (SELECT 1 FROM "UpdateSource" us JOIN "Source" s ON s.id = us."sourceId" WHERE us."updateId" = u.id AND s."outletId" = ${filters.outlet})`,
    filters.affiliation &&
      Prisma.sql`EXISTS (SELECT 1 FROM "UpdateSource" us JOIN "Source" s ON s.id = us."sourceId" JOIN "Outlet" o ON o.id = s."outletId" WHERE us."updateId" = u.id AND o.affiliation::text = ${filters.affiliation})`,
  ]);
}

// ---- Broad searches -----------------------------------------------------------------------------
// Ranking reads every match, so a word found in most updates would cost time in proportion to the
// record. Above FULL_RANKING_LIMIT estimated matches, only the newest BROAD_WINDOW updates (those
// the filters keep) are ranked, and the page says so and offers the older ones. The estimate comes
// from PostgreSQL's own statistics of the search column (its most common words and their shares),
// so deciding costs no scan.

/** Matching updates beyond which ranking is confined to the newest ones. */
export const FULL_RANKING_LIMIT = 10_000;
/** How many of the newest updates a broad search ranks. */
export const BROAD_WINDOW = 5_000;

/** The share of live updates each word matches, per the planner's statistics; the rarest word bounds the whole query. */
async function estimatedUpdateMatches(words: WordQuery[]): Promise<number> {
  if (words.length === 0) return 0;
  const index: number[] = [];
  const terms: string[] = [];
  const isPrefix: boolean[] = [];
  words.forEach((word, i) => {
    for (const [term, prefix] of [[word.prefix, true] as const, ...word.neighbours.map((n) => [n, false] as const)]) {
      index.push(i);
      terms.push(term);
      isPrefix.push(prefix);
    }
  });
  const [row] = await db().$queryRaw<{ share: number | null; rows: number | null }[]>`
    WITH common AS (
      SELECT e.elem, e.freq FROM pg_stats s
      CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)
      WHERE s.schemaname = current_schema() AND s.tablename = 'Update' AND s.attname = 'searchVector' AND e.elem IS NOT NULL
    ),
    term AS (
      SELECT t.i, public.parley_fold(t.term) AS term, t.prefix FROM unnest(${index}::int[], ${terms}::text[], ${isPrefix}::bool[]) AS t(i, term, prefix)
    ),
    per_word AS (
      SELECT w.i, coalesce(sum(w.freq), 0) AS share
      FROM (SELECT DISTINCT term.i, common.elem, common.freq FROM term JOIN common
              ON common.elem = term.term OR (term.prefix AND starts_with(common.elem, term.term))) w
      GROUP BY w.i
    )
    SELECT (SELECT CASE WHEN count(*) = ${words.length} THEN least(min(share), 1) ELSE 0 END FROM per_word)::float8 AS share,
      (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = '"Update"'::regclass)::float8 AS rows`;
  return Math.round((row?.share ?? 0) * (row?.rows ?? 0));
}

/**
 * The newest BROAD_WINDOW live updates the filters keep, with their search vectors: matching on the
 * window's own column (no index reaches it) keeps the planner from reading every match instead.
 */
function broadWindow(filters: SearchFilters, negotiationId?: string): Prisma.Sql {
  return Prisma.sql`
    SELECT u.id, u."occurredAt", u."searchVector" FROM "Update" u
    WHERE u."deletedAt" IS NULL
      AND ${negotiationId ? Prisma.sql`u."issueId" IN (SELECT wi.id FROM "Issue" wi WHERE wi."negotiationId" = ${negotiationId})` : Prisma.sql`TRUE`}
      AND ${updateFilters(filters, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}
    ORDER BY u."occurredAt" DESC, u.id DESC
    LIMIT ${BROAD_WINDOW}`;
}

/** The window's best matches after the cursor: a page's worth, ranked before anything is joined. */
function bestInWindow(matcher: Matcher, window: Prisma.Sql, cursor: Cursor | undefined, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT scored.id, scored.rank FROM (
      SELECT wnd.id, 'update:' || wnd.id AS key, ${rankOf(matcher, Prisma.sql`wnd."searchVector"`)}::float8 AS rank
      FROM (${window}) wnd
      WHERE ${textMatches(matcher, Prisma.sql`wnd."searchVector"`)}
    ) scored
    WHERE ${afterCursor(cursor, Prisma.sql`scored.rank`, Prisma.sql`scored.key`)}
    ORDER BY scored.rank DESC, scored.key ASC
    LIMIT ${limit}`;
}

/** The day of the oldest update a broad search ranked: searching up to it reaches the older ones. */
async function oldestInWindow(window: Prisma.Sql): Promise<Date | undefined> {
  const [row] = await db().$queryRaw<{ at: Date | null }[]>`
    SELECT min(w."occurredAt") AS at FROM (${window}) w`;
  return row?.at ?? undefined;
}

function workspaceUpdates(matcher: Matcher, filters: SearchFilters, broadBest?: Prisma.Sql): Prisma.Sql {
  // A broad search joins only the window's best few; otherwise every live update the filters keep.
  const from = broadBest ? Prisma.sql`(${broadBest}) best JOIN "Update" u ON u.id = best.id` : Prisma.sql`"Update" u`;
  return Prisma.sql`
    SELECT 'update' AS type, 'update:' || u.id AS key, u.id,
      ${broadBest ? Prisma.sql`best.rank` : rankOf(matcher, Prisma.sql`u."searchVector"`)}::float8 AS rank,
      i.title, u."searchText" AS body, u."occurredAt" AS at,
      n.slug AS "negotiationSlug", n.title AS "negotiationTitle", i.id AS "issueId", i.slug AS "issueSlug",
      u."toStatus"::text AS "toStatus", au.name AS "authorName", NULL::text AS "outletName"
    FROM ${from}
    JOIN "Issue" i ON i.id = u."issueId"
    JOIN "Negotiation" n ON n.id = i."negotiationId"
    JOIN "User" au ON au.id = u."authorId"
    WHERE ${
      broadBest
        ? Prisma.sql`TRUE`
        : Prisma.sql`u."deletedAt" IS NULL
      AND ${textMatches(matcher, Prisma.sql`u."searchVector"`)}
      AND ${updateFilters(filters, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}`
    }`;
}

/** The filters a share link's updates take: those that cannot reach outside what it shares. */
const filtersWithinShare = (filters: SearchFilters): SearchFilters => ({ issue: filters.issue, status: filters.status, from: filters.from, to: filters.to });

/**
 * Updates as a frozen or live share link shows them. The visibility rule is the one of
 * lib/timeline/visibility.ts (logged by then, not deleted by then), and an update edited after the
 * snapshot is searched in the words it had then: its first revision replaced after that moment.
 */
function sharedUpdates(matcher: Matcher, filters: SearchFilters, scope: Extract<SearchScope, { kind: "share" }>, broadBest?: Prisma.Sql): Prisma.Sql {
  const authorName = scope.hideAuthors ? Prisma.sql`NULL::text` : Prisma.sql`au.name`;
  // A frozen link shows issue titles as they read when it was made.
  const snapshot = scope.asOf ? JSON.stringify(scope.issueSnapshot ?? {}) : "{}";
  const shareFilters = filtersWithinShare(filters);
  const joins = Prisma.sql`
    JOIN "Issue" i ON i.id = u."issueId"
    JOIN "Category" c ON c.id = i."categoryId"
    JOIN "Negotiation" n ON n.id = i."negotiationId"
    JOIN "User" au ON au.id = u."authorId"`;
  const columns = (vector: Prisma.Sql, body: Prisma.Sql, occurredAt: Prisma.Sql, toStatus: Prisma.Sql, rank = rankOf(matcher, vector)) => Prisma.sql`
    'update' AS type, 'update:' || u.id AS key, u.id,
    ${rank}::float8 AS rank,
    coalesce(${snapshot}::jsonb -> i.id ->> 'title', i.title) AS title, ${body} AS body, ${occurredAt} AS at,
    n.slug AS "negotiationSlug", n.title AS "negotiationTitle", i.id AS "issueId", i.slug AS "issueSlug",
    ${toStatus}::text AS "toStatus", ${authorName} AS "authorName", NULL::text AS "outletName"`;
  if (broadBest) {
    // A broad search of a live link: the window's best few, already within the link's scope and filters.
    return Prisma.sql`
      SELECT ${columns(Prisma.sql`u."searchVector"`, Prisma.sql`u."searchText"`, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`, Prisma.sql`best.rank`)}
      FROM (${broadBest}) best JOIN "Update" u ON u.id = best.id ${joins}`;
  }
  if (!scope.asOf) {
    return Prisma.sql`
      SELECT ${columns(Prisma.sql`u."searchVector"`, Prisma.sql`u."searchText"`, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}
      FROM "Update" u ${joins}
      WHERE i."negotiationId" = ${scope.negotiationId} AND u."deletedAt" IS NULL
        AND ${textMatches(matcher, Prisma.sql`u."searchVector"`)}
        AND ${updateFilters(shareFilters, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}`;
  }
  const asOf = scope.asOf;
  const visibleThen = Prisma.sql`i."negotiationId" = ${scope.negotiationId} AND u."loggedAt" <= ${asOf} AND (u."deletedAt" IS NULL OR u."deletedAt" > ${asOf})`;
  const revisionText = Prisma.sql`(r.summary || coalesce((SELECT E'\n' || string_agg(q.value ->> 'quote', E'\n') FROM jsonb_array_elements(r.sources) q WHERE coalesce(q.value ->> 'quote', '') <> ''), ''))`;
  return Prisma.sql`
    SELECT ${columns(Prisma.sql`u."searchVector"`, Prisma.sql`u."searchText"`, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}
    FROM "Update" u ${joins}
    WHERE ${visibleThen} AND (u."editedAt" IS NULL OR u."editedAt" <= ${asOf})
      AND ${textMatches(matcher, Prisma.sql`u."searchVector"`)}
      AND ${updateFilters(shareFilters, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)}
    UNION ALL
    SELECT ${columns(Prisma.sql`then_.vector`, Prisma.sql`then_.text`, Prisma.sql`r."occurredAt"`, Prisma.sql`r."toStatus"`)}
    FROM "Update" u ${joins}
    JOIN LATERAL (
      SELECT * FROM "UpdateRevision" r WHERE r."updateId" = u.id AND r."replacedAt" > ${asOf} ORDER BY r.version ASC LIMIT 1
    ) r ON TRUE
    CROSS JOIN LATERAL (SELECT ${revisionText} AS text, public.parley_document(${revisionText}) AS vector) then_
    WHERE ${visibleThen} AND u."editedAt" > ${asOf}
      AND ${textMatches(matcher, Prisma.sql`then_.vector`)}
      AND ${updateFilters(shareFilters, Prisma.sql`r."occurredAt"`, Prisma.sql`r."toStatus"`)}`;
}

function issues(matcher: Matcher, filters: SearchFilters, scope: SearchScope): Prisma.Sql {
  const snapshot = scope.kind === "share" && scope.asOf ? JSON.stringify(scope.issueSnapshot ?? {}) : "{}";
  const title = Prisma.sql`coalesce(${snapshot}::jsonb -> i.id ->> 'title', i.title)`;
  const summary = Prisma.sql`coalesce(${snapshot}::jsonb -> i.id ->> 'summary', i.summary)`;
  const document = Prisma.sql`${title} || ' ' || ${summary}`;
  const useIndex = scope.kind === "workspace" || !scope.asOf;
  // The expressions match the indexes of the search migration, so they are used when live.
  const vector = useIndex ? Prisma.sql`public.parley_document(i.title || ' ' || i.summary)` : Prisma.sql`public.parley_document(${document})`;
  return Prisma.sql`
    SELECT 'issue' AS type, 'issue:' || i.id AS key, i.id,
      (2 * ${rankOf(matcher, Prisma.sql`setweight(public.parley_document(${title}), 'A') || public.parley_document(${summary})`)})::float8 AS rank,
      ${title} AS title, ${summary} AS body, NULL::timestamp AS at,
      n.slug AS "negotiationSlug", n.title AS "negotiationTitle", i.id AS "issueId", i.slug AS "issueSlug",
      i.status::text AS "toStatus", NULL::text AS "authorName", NULL::text AS "outletName"
    FROM "Issue" i
    JOIN "Category" c ON c.id = i."categoryId"
    JOIN "Negotiation" n ON n.id = i."negotiationId"
    WHERE ${textMatches(matcher, vector)}
      AND ${all([
        scope.kind === "share" && Prisma.sql`i."negotiationId" = ${scope.negotiationId}`,
        scope.kind === "share" && scope.asOf && Prisma.sql`i."createdAt" <= ${scope.asOf}`,
        filters.negotiation && Prisma.sql`n.slug = ${filters.negotiation}`,
        filters.issue && Prisma.sql`i.id = ${filters.issue}`,
        filters.category && Prisma.sql`c.slug = ${filters.category}`,
      ])}`;
}

/** Sources by title, author and outlet; with a negotiation, issue or category filter, those cited there. */
function sources(matcher: Matcher, filters: SearchFilters): Prisma.Sql {
  const document = Prisma.sql`s.title || ' ' || coalesce(s.author, '')`;
  const vector = Prisma.sql`(public.parley_document(${document}) || public.parley_document(coalesce(o.name, '')))`;
  const citedIn = filters.negotiation || filters.issue || filters.category;
  return Prisma.sql`
    SELECT 'source' AS type, 'source:' || s.id AS key, s.id,
      ${rankOf(matcher, Prisma.sql`${vector}`)}::float8 AS rank,
      s.title, trim(coalesce(s.author, '') || ' · ' || coalesce(o.name, ''), ' ·') AS body, s."publishedAt" AS at,
      NULL::text AS "negotiationSlug", NULL::text AS "negotiationTitle", NULL::text AS "issueId", NULL::text AS "issueSlug",
      NULL::text AS "toStatus", NULL::text AS "authorName", o.name AS "outletName"
    FROM "Source" s
    LEFT JOIN "Outlet" o ON o.id = s."outletId"
    WHERE ${textMatches(matcher, vector)}
      AND ${all([
        filters.outlet && Prisma.sql`s."outletId" = ${filters.outlet}`,
        filters.affiliation && Prisma.sql`o.affiliation::text = ${filters.affiliation}`,
        filters.from && Prisma.sql`s."publishedAt" >= ${filters.from}`,
        filters.to && Prisma.sql`s."publishedAt" < ${dayAfter(filters.to)}`,
        citedIn &&
          Prisma.sql`EXISTS (SELECT 1 FROM "UpdateSource" us JOIN "Update" u ON u.id = us."updateId" JOIN "Issue" i ON i.id = u."issueId"
            JOIN "Category" c ON c.id = i."categoryId" JOIN "Negotiation" n ON n.id = i."negotiationId"
            WHERE us."sourceId" = s.id AND u."deletedAt" IS NULL AND ${updateFilters({ negotiation: filters.negotiation, issue: filters.issue, category: filters.category }, Prisma.sql`u."occurredAt"`, Prisma.sql`u."toStatus"`)})`,
      ])}`;
}

/** Negotiations by title, description and the names of their parties. */
function negotiations(matcher: Matcher): Prisma.Sql {
  const document = Prisma.sql`n.title || ' ' || n.description || ' ' || coalesce((SELECT string_agg(p.name, ' ') FROM "Party" p WHERE p."negotiationId" = n.id), '')`;
  return Prisma.sql`
    SELECT 'negotiation' AS type, 'negotiation:' || n.id AS key, n.id,
      (2 * ${rankOf(matcher, Prisma.sql`public.parley_document(${document})`)})::float8 AS rank,
      n.title, n.description AS body, NULL::timestamp AS at,
      n.slug AS "negotiationSlug", n.title AS "negotiationTitle", NULL::text AS "issueId", NULL::text AS "issueSlug",
      NULL::text AS "toStatus", NULL::text AS "authorName", NULL::text AS "outletName"
    FROM "Negotiation" n
    WHERE ${textMatches(matcher, Prisma.sql`public.parley_document(${document})`)}`;
}

export interface SearchResult {
  query: ParsedQuery;
  hits: SearchHit[];
  nextCursor?: string;
  /** Set when the words match so many updates that only the newest were ranked. */
  broad?: {
    /** About how many live updates the words match, from the database's statistics. */
    estimatedMatches: number;
    /** How many of the newest updates were ranked. */
    window: number;
    /** The day of the oldest of them: searching up to that day reaches older updates. */
    oldest?: Date;
  };
}

/**
 * One page of results, best first: ranked by PostgreSQL's cover density over the matched words,
 * ties broken by kind and id so the cursor is stable. Deleted updates are never returned.
 */
export async function search(
  scope: SearchScope,
  q: string,
  filters: SearchFilters,
  options: { after?: string; pageSize?: number } = {},
): Promise<SearchResult> {
  const query = parseQuery(q);
  if (isEmptyQuery(query)) return { query, hits: [] };
  const pageSize = Math.min(Math.max(1, options.pageSize ?? SEARCH_PAGE_SIZE), 100);
  const matcher = await matcherFor(query);
  const branches: Prisma.Sql[] = [];
  const cursor = decodeCursor(options.after);
  let broad: { estimatedMatches: number; window: Prisma.Sql } | undefined;
  if (applies("update", filters, scope)) {
    // A frozen link reads revisions as they stood; its record is one negotiation's, ranked in full.
    const canNarrow = scope.kind === "workspace" || !scope.asOf;
    const estimatedMatches = canNarrow ? await estimatedUpdateMatches(matcher.wordQueries) : 0;
    if (estimatedMatches > FULL_RANKING_LIMIT) {
      const windowFilters = scope.kind === "share" ? filtersWithinShare(filters) : filters;
      broad = { estimatedMatches, window: broadWindow(windowFilters, scope.kind === "share" ? scope.negotiationId : undefined) };
    }
    const broadBest = broad && bestInWindow(matcher, broad.window, cursor, pageSize + 1);
    branches.push(scope.kind === "share" ? sharedUpdates(matcher, filters, scope, broadBest) : workspaceUpdates(matcher, filters, broadBest));
  }
  if (applies("issue", filters, scope)) branches.push(issues(matcher, filters, scope));
  if (applies("source", filters, scope)) branches.push(sources(matcher, filters));
  if (applies("negotiation", filters, scope)) branches.push(negotiations(matcher));
  if (branches.length === 0) return { query, hits: [] };
  const [rows, oldest] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) hits
      WHERE ${afterCursor(cursor, Prisma.sql`hits.rank`, Prisma.sql`hits.key`)}
      ORDER BY hits.rank DESC, hits.key ASC
      LIMIT ${pageSize + 1}`,
    broad ? oldestInWindow(broad.window) : undefined,
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    query,
    hits: page.map(({ key: _key, ...hit }) => hit),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ rank: last.rank, key: last.key }) : undefined,
    broad: broad && { estimatedMatches: broad.estimatedMatches, window: BROAD_WINDOW, oldest },
  };
}
