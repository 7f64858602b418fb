import "server-only";
import { db } from "@/lib/db/client";

export interface RateLimitResult {
  isAllowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter kept in PostgreSQL, so every app process shares it: at most `limit` hits per
 * `windowSeconds` for `key`.
 */
export async function rateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const now = Date.now();
  const windowStart = new Date(now - (now % (windowSeconds * 1000)));
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
  if (Math.random() < 0.01) {
    // Now and then, forget windows that ended more than a day ago.
    await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${new Date(now - 86_400_000)}`;
  }
  return { isAllowed: count <= limit, retryAfterSeconds };
}

export async function resetRateLimit(key: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = ${key}`;
}
