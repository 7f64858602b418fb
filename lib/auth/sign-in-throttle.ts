import "server-only";
import { db } from "@/lib/db/client";
import { pruneRateLimitWindows } from "@/lib/rate-limit";

/**
 * Sign-in throttling with growing delays instead of a lock. Failures are rows in PostgreSQL (shared
 * by every app process), counted per scope over the last 15 minutes; past a free allowance each
 * further attempt must wait `base × 2^(extra failures)` after the previous failure, up to a cap.
 *
 * - email + address: the guesser's own pair; a stranger elsewhere never touches the owner's.
 * - email alone: slows guessing spread over many addresses, but its cap is short, so the right
 *   password still gets in within half a minute whatever others do.
 * - address alone: one address trying many accounts.
 */
const WINDOW_MS = 15 * 60_000;

export const SIGN_IN_SCOPES = {
  pair: { freeFailures: 5, baseSeconds: 1, capSeconds: 15 * 60 },
  account: { freeFailures: 20, baseSeconds: 1, capSeconds: 30 },
  address: { freeFailures: 30, baseSeconds: 1, capSeconds: 15 * 60 },
} as const;

type Scope = keyof typeof SIGN_IN_SCOPES;

function keysOf(email: string, address: string): Record<Scope, string> {
  return { pair: `sign-in-fail:pair:${email}|${address}`, account: `sign-in-fail:account:${email}`, address: `sign-in-fail:address:${address}` };
}

/** How long a scope with `failures` recent failures must wait after the last one. */
export function requiredWaitSeconds(scope: Scope, failures: number): number {
  const { freeFailures, baseSeconds, capSeconds } = SIGN_IN_SCOPES[scope];
  if (failures < freeFailures) return 0;
  return Math.min(capSeconds, baseSeconds * 2 ** Math.min(30, failures - freeFailures));
}

/** Seconds to wait before this attempt may be checked, or 0. */
export async function signInWaitSeconds(email: string, address: string, now = Date.now()): Promise<number> {
  const keys = keysOf(email, address);
  const rows = await db().$queryRaw<{ key: string; failures: bigint; last: Date }[]>`
    SELECT "key", count(*) AS failures, max("windowStart") AS last FROM "RateLimitWindow"
    WHERE "key" IN (${keys.pair}, ${keys.account}, ${keys.address}) AND "windowStart" > ${new Date(now - WINDOW_MS)}
    GROUP BY "key"`;
  let wait = 0;
  for (const scope of Object.keys(keys) as Scope[]) {
    const row = rows.find((candidate) => candidate.key === keys[scope]);
    if (!row) continue;
    const until = row.last.getTime() + requiredWaitSeconds(scope, Number(row.failures)) * 1000;
    wait = Math.max(wait, Math.ceil((until - now) / 1000));
  }
  return wait;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const keys = keysOf(email, address);
  // One row per failure and scope; the microsecond-distinct timestamps keep the key unique.
  await db().$executeRaw`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${keys.pair}, clock_timestamp(), 1), (${keys.account}, clock_timestamp(), 1), (${keys.address}, clock_timestamp(), 1)
    ON CONFLICT DO NOTHING`;
  await pruneRateLimitWindows();
}

/** The right password ends the guesser-pair's delay; account- and address-wide counts stay. */
export async function recordSignInSuccess(email: string, address: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = ${keysOf(email, address).pair}`;
}
