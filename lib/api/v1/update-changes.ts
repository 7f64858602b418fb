import "server-only";
import type { z } from "zod";
import { getIssue, updateJson } from "@/lib/api/v1/reads";
import type { updateChangesQuerySchema } from "@/lib/api/v1/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { timelineInclude } from "@/lib/timeline/entries";

/**
 * A write that started before a read but commits after it carries a slightly earlier timestamp;
 * `syncedTo` stays this far behind the clock so the next sync still sees it (repeats are harmless).
 */
const COMMIT_LAG_MS = 5_000;

interface ChangeCursor {
  changedAt: Date;
  id: string;
}

function encodeChangeCursor(cursor: ChangeCursor): string {
  return Buffer.from(`${cursor.changedAt.toISOString()}|${cursor.id}`).toString("base64url");
}

function decodeChangeCursor(value: string): ChangeCursor {
  const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const changedAt = new Date(at ?? "");
  if (!id || Number.isNaN(changedAt.getTime()))
    throw new AppError("INVALID_INPUT", "The cursor is not one this API gave out.", { cursor: ["Invalid cursor."] });
  return { changedAt, id };
}

/**
 * Incremental sync of an issue's updates: everything created, edited or deleted after
 * `updated_since`, oldest change first, deletions as tombstones. Without `updated_since`, every live
 * update. Keyset paging on (moment of the last change, id).
 */
export async function updateChanges(issueId: string, query: z.infer<typeof updateChangesQuerySchema>, now = new Date()) {
  await getIssue(issueId);
  const since = query.updated_since ? new Date(query.updated_since) : null;
  const cursor = query.cursor ? decodeChangeCursor(query.cursor) : null;
  const changedAt = Prisma.sql`GREATEST(u."loggedAt", COALESCE(u."editedAt", u."loggedAt"), COALESCE(u."deletedAt", u."loggedAt"))`;
  const rows = await db().$queryRaw<{ id: string; changedAt: Date; deletedAt: Date | null }[]>`
    SELECT u."id", ${changedAt} AS "changedAt", u."deletedAt"
    FROM "Update" u
    WHERE u."issueId" = ${issueId}
      AND ${since ? Prisma.sql`(u."loggedAt" > ${since} OR u."editedAt" > ${since} OR u."deletedAt" > ${since})` : Prisma.sql`u."deletedAt" IS NULL`}
      AND ${cursor ? Prisma.sql`(${changedAt}, u."id") > (${cursor.changedAt}, ${cursor.id})` : Prisma.sql`TRUE`}
    ORDER BY ${changedAt}, u."id"
    LIMIT ${query.limit + 1}`;
  const hasMore = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const liveIds = page.filter((row) => !row.deletedAt).map((row) => row.id);
  const live = new Map((await db().update.findMany({ where: { id: { in: liveIds } }, include: timelineInclude })).map((row) => [row.id, row]));
  const data = page.map((row) => {
    const entry = live.get(row.id);
    return row.deletedAt || !entry
      ? { id: row.id, issueId, deleted: true as const, deletedAt: (row.deletedAt ?? row.changedAt).toISOString() }
      : updateJson(entry);
  });
  const last = page.at(-1);
  // On the last page everything up to (nearly) now has been returned; mid-way, up to the last row.
  const ceiling = new Date(now.getTime() - COMMIT_LAG_MS);
  const reached = hasMore && last ? (last.changedAt < ceiling ? last.changedAt : ceiling) : ceiling;
  return {
    data,
    nextCursor: hasMore && last ? encodeChangeCursor(last) : null,
    syncedTo: (since && since > reached ? since : reached).toISOString(),
  };
}
