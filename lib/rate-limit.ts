import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export interface RateLimitResult {
  isAllowed: boolean;
  retryAfterSeconds: number;
}

/** Rows of RateLimitWindow older than this are forgotten; every window and throttle must be shorter. */
const RETENTION_MS = 60 * 60_000;

/** The fixed window `now` falls in, and how long until the next one starts. */
export function fixedWindow(windowSeconds: number, now = Date.now()) {
  const windowStart = new Date(now - (now % (windowSeconds * 1000)));
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
  return { windowStart, retryAfterSeconds };
}

/**
 * The one statement that counts a hit: adds one to the row of each key `keys` selects (a query with
 * a `key` column) for the window starting at `windowStart`, returning the new `count`. Usable on its
 * own or as a CTE of a larger statement, so a hit can be counted in the same round trip as a lookup.
 * RateLimitWindow is UNLOGGED: a count is worth no disk flush, and a crash may forget it.
 */
export function countHitSql(keys: Prisma.Sql, windowStart: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") SELECT keys."key", ${windowStart}, 1 FROM (${keys}) AS keys
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
}

/**
 * Fixed-window counter kept in PostgreSQL, so every app process shares it: at most `limit` hits per
 * `windowSeconds` for `key`. One upsert per hit (one row per key and window).
 */
export async function rateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = fixedWindow(windowSeconds, now);
  const rows = await db().$queryRaw<{ count: number }[]>(countHitSql(Prisma.sql`SELECT ${key}::text AS "key"`, windowStart));
  const count = rows[0]?.count ?? 1;
  await pruneRateLimitWindows(now);
  return { isAllowed: count <= limit, retryAfterSeconds };
}

export async function resetRateLimit(key: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = ${key}`;
}

/** Now and then (about one call in a hundred), forgets the rows of windows long over. */
export async function pruneRateLimitWindows(now = Date.now(), chance = 0.01): Promise<void> {
  if (Math.random() >= chance) return;
  await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${new Date(now - RETENTION_MS)}`;
}
