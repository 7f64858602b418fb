import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimitResult {
  isAllowed: boolean;
  retryAfterSeconds: number;
}

/** Rows of RateLimitWindow older than this are forgotten; every window and throttle must be shorter. */
const RETENTION_MS = 60 * 60_000;

/**
 * Fixed-window counter kept in PostgreSQL, so every app process shares it: at most `limit` hits per
 * `windowSeconds` for `key`. One upsert per hit (one row per key and window).
 */
export async function rateLimit(key: string, limit: number, windowSeconds: number, now = Date.now()): Promise<RateLimitResult> {
  const windowStart = new Date(now - (now % (windowSeconds * 1000)));
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
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
