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

/**
 * The answer to a client past its share budget, as proxy.ts gives it and as the app server gives it
 * for a share page it serves from its cache (lib/share-links/share-page-cache.ts).
 */
export function rateLimitedShareAnswer(retryAfterSeconds: number) {
  return {
    status: 429,
    body: "Too many requests. Try again in a minute.",
    headers: {
      "Retry-After": String(retryAfterSeconds),
      "Content-Type": "text/plain; charset=utf-8",
      // Also set on share pages by next.config.mjs; repeated for this answer, which no page gives.
      "X-Robots-Tag": "noindex, nofollow",
      "Cache-Control": "no-store",
    },
  };
}
