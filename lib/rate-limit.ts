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
 * The one statement that counts hits: adds `hits` to the row of each key `keys` selects (a query
 * with a `key` column) for the window starting at `windowStart`, returning the new `count`. Usable
 * on its own or as a CTE of a larger statement, so a hit is counted in the same round trip as a
 * lookup. RateLimitWindow is UNLOGGED: a count is worth no disk flush, and a crash may forget it.
 */
export function countHitSql(keys: Prisma.Sql, windowStart: Date, hits = 1): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") SELECT keys."key", ${windowStart}, ${hits}::int FROM (${keys}) AS keys
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + EXCLUDED."count"
    RETURNING "count"`;
}

/*
 * Leases, for limits counted on every API request. A process claims a few hits at once from the
 * shared count and spends them without asking PostgreSQL again; the count still holds every hit any
 * process may spend, so the limit is never exceeded. What a process claimed and did not spend before
 * its window ended is lost, which makes a limit stricter by at most one lease per process.
 */
interface Lease {
  windowStart: number;
  remaining: number;
}
const leases = new Map<string, Lease>();

/** How many hits one claim takes: a fiftieth of the limit, so a lease is small next to it. */
export function leaseSize(limit: number): number {
  return Math.max(1, Math.floor(limit / 50));
}

/** Spends one hit of this process's lease for `key` in the window starting at `windowStart`, if one is left. */
export function spendLease(key: string, windowStart: Date): boolean {
  const lease = leases.get(key);
  if (!lease || lease.windowStart !== windowStart.getTime() || lease.remaining <= 0) return false;
  lease.remaining--;
  return true;
}

/**
 * After a claim of `claimed` hits brought the shared count to `count`: whether the hit that made the
 * claim is allowed. The hits granted beyond it (all of the claim, or what the limit left) are kept
 * as this process's lease.
 */
export function settleLease(key: string, windowStart: Date, limit: number, claimed: number, count: number): boolean {
  const granted = Math.max(0, Math.min(claimed, limit - (count - claimed)));
  for (const [other, lease] of leases) if (lease.windowStart < windowStart.getTime()) leases.delete(other);
  if (granted === 0) {
    leases.delete(key);
    return false;
  }
  leases.set(key, { windowStart: windowStart.getTime(), remaining: granted - 1 });
  return true;
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
