import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// The `updates` list is the one that grows without bound, so PostgreSQL writes each update's record
// as JSON text itself: the export then holds one string per row instead of a Prisma object with its
// sources and revisions, which kept the process's memory rising by about 145 MB for 100,000 updates
// (garbage V8 had promoted faster than it collected). The text is exactly what
// `JSON.stringify(updateRecord(row))` in export-rows.ts gives (same keys, same order, same escapes:
// PostgreSQL's `to_json` escapes strings as JSON.stringify does); tests/db/export-import.test.ts
// checks the two against each other.

/** A JSON string literal, or null. */
const str = (column: Prisma.Sql) => Prisma.sql`coalesce(to_json(${column})::text, 'null')`;
/** A timestamp (stored in UTC) as `toISOString()` writes it, or null. */
const iso = (column: Prisma.Sql) => Prisma.sql`coalesce('"' || to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')`;
/** A field of a revision's stored citation: a string as is, anything else as the fallback. */
const citationField = (key: "sourceId" | "title" | "quote", fallback: "'\"\"'" | "'null'") =>
  Prisma.raw(`CASE WHEN jsonb_typeof(item -> '${key}') = 'string' THEN (item -> '${key}')::text ELSE ${fallback} END`);
const col = (name: string) => Prisma.raw(name);

const UPDATE_JSON = Prisma.sql`
  '{"id":' || ${str(col("u.id"))}
  || ',"issueId":' || ${str(col('u."issueId"'))}
  || ',"authorId":' || ${str(col('u."authorId"'))}
  || ',"occurredAt":' || ${iso(col('u."occurredAt"'))}
  || ',"loggedAt":' || ${iso(col('u."loggedAt"'))}
  || ',"summary":' || ${str(col("u.summary"))}
  || ',"fromStatus":' || ${str(col('u."fromStatus"'))}
  || ',"toStatus":' || ${str(col('u."toStatus"'))}
  || ',"editedAt":' || ${iso(col('u."editedAt"'))}
  || ',"deletedAt":' || ${iso(col('u."deletedAt"'))}
  || ',"sources":[' || coalesce((
    SELECT string_agg(
      '{"sourceId":' || ${str(col('s."sourceId"'))} || ',"quote":' || ${str(col("s.quote"))}
      || ',"position":' || s.position::text || ',"credibility":' || coalesce(s.credibility::text, 'null') || '}',
      ',' ORDER BY s.position, s."sourceId")
    FROM "UpdateSource" s WHERE s."updateId" = u.id), '')
  || '],"revisions":[' || coalesce((
    SELECT string_agg(
      '{"id":' || ${str(col("r.id"))} || ',"version":' || r.version::text || ',"summary":' || ${str(col("r.summary"))}
      || ',"occurredAt":' || ${iso(col('r."occurredAt"'))} || ',"toStatus":' || ${str(col('r."toStatus"'))}
      || ',"sources":[' || coalesce((
        SELECT string_agg(
          '{"sourceId":' || ${citationField("sourceId", `'""'`)} || ',"title":' || ${citationField("title", `'""'`)}
          || ',"quote":' || ${citationField("quote", "'null'")} || '}',
          ',' ORDER BY n)
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.sources) = 'array' THEN r.sources ELSE '[]'::jsonb END) WITH ORDINALITY AS e(item, n)), '')
      || '],"editedById":' || ${str(col('r."editedById"'))} || ',"replacedAt":' || ${iso(col('r."replacedAt"'))} || '}',
      ',' ORDER BY r.version)
    FROM "UpdateRevision" r WHERE r."updateId" = u.id), '')
  || ']}'`;

/** Records per query: a page arrives as one string of about a hundred kilobytes. */
const PAGE = 250;

/**
 * The updates of one negotiation (or, with null, of every one) in id order, as JSON text: a page of
 * records at a time, joined by ",\n" as the document writes them, so that Node allocates one string
 * per page rather than objects per row.
 */
export async function* updateJsonPages(client: PrismaClient, negotiationId: string | null): AsyncGenerator<string> {
  let after = "";
  for (;;) {
    const [page] = await client.$queryRaw<{ json: string | null; count: number; last: string | null }[]>`
      SELECT string_agg(json, E',\n' ORDER BY id) AS json, count(*)::int AS count, max(id) AS last
      FROM (
        SELECT u.id, ${UPDATE_JSON} AS json
        FROM "Update" u ${negotiationId === null ? Prisma.empty : Prisma.sql`JOIN "Issue" i ON i.id = u."issueId" AND i."negotiationId" = ${negotiationId}`}
        WHERE u.id > ${after}
        ORDER BY u.id
        LIMIT ${PAGE}
      ) AS page`;
    if (page?.json) yield page.json;
    if (!page?.last || page.count < PAGE) return;
    after = page.last;
  }
}
