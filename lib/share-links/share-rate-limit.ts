import "server-only";
import { serverEnv } from "@/lib/env";
import { rateLimit, type RateLimitResult } from "@/lib/rate-limit";

/**
 * The budget of one client address on share pages and feeds: SHARE_RATE_LIMIT_PER_MINUTE, counted
 * in PostgreSQL, so all app processes behind a load balancer share it. It guards against token
 * guessing as much as against load, so it is checked (by proxy.ts) before any share route runs.
 */
export async function shareRateLimit(address: string, now = Date.now()): Promise<RateLimitResult> {
  try {
    return await rateLimit(`share:${address}`, serverEnv().SHARE_RATE_LIMIT_PER_MINUTE, 60, now);
  } catch {
    // PostgreSQL unreachable: nothing can be counted, and the page itself answers 503.
    return { isAllowed: true, retryAfterSeconds: 0 };
  }
}
