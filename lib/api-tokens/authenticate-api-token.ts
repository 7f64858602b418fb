import "server-only";
import { API_TOKEN_PATTERN } from "@/lib/api-tokens/token-format";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApiTokenScope, Role } from "@/lib/generated/prisma/enums";
import { countHitSql, fixedWindow, leaseSize, pruneRateLimitWindows, settleLease, spendLease, type RateLimitResult } from "@/lib/rate-limit";
import { hashToken } from "@/lib/tokens";

export interface TokenActor {
  actor: Actor;
  tokenId: string;
  scope: ApiTokenScope;
  /** This request counted against the token's budget, when one was given. */
  rateLimit?: RateLimitResult;
}

/** lastUsedAt is a hint, not a log: written at most once a minute per token. */
const LAST_USED_RESOLUTION_MS = 60_000;
const RATE_WINDOW_SECONDS = 60;

interface Row {
  id: string;
  scope: ApiTokenScope;
  userId: string;
  name: string;
  email: string;
  role: Role;
  hits: number | null;
}

/** The rate limiter's key for a token's budget. */
export const apiTokenRateKey = (tokenId: string) => `api-token:${tokenId}`;

/**
 * The person a bearer token acts for, read fresh on every request: an unknown, revoked or expired
 * token, or one whose owner was deactivated, gives null. The actor carries the owner's current
 * role, lowered to a viewer's for a read-only token, so no token can do more than its owner.
 *
 * One statement does it all — the lookup, the last-used stamp (at most once a minute) and, with
 * `perMinute`, the token's rate limit (a claim of a lease of hits now and then; see lib/rate-limit.ts)
 * — because it runs before every API request.
 */
export async function authenticateApiToken(token: string, now = new Date(), perMinute?: number): Promise<TokenActor | null> {
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const window = fixedWindow(RATE_WINDOW_SECONDS, now.getTime());
  // A hit is counted from this process's lease when one is left, else a new lease is claimed here.
  const isLeased = perMinute !== undefined && spendLease(tokenHash, window.windowStart);
  const claim = perMinute === undefined || isLeased ? 0 : leaseSize(perMinute);
  const counted =
    claim === 0
      ? Prisma.sql`SELECT NULL::int AS "count"`
      : countHitSql(Prisma.sql`SELECT ${apiTokenRateKey("")} || id AS "key" FROM live`, window.windowStart, claim);
  const rows = await db().$queryRaw<Row[]>`${PREPARED}
    WITH live AS (
      SELECT t.id, t.scope::text AS scope, t."lastUsedAt", u.id AS "userId", u.name, u.email, u.role::text AS role
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
      WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${now}) AND u."isActive"
    ),
    touched AS (
      UPDATE "ApiToken" SET "lastUsedAt" = ${now}
      WHERE id IN (SELECT id FROM live WHERE "lastUsedAt" IS NULL OR "lastUsedAt" < ${new Date(now.getTime() - LAST_USED_RESOLUTION_MS)})
    ),
    hit AS (${counted})
    SELECT live.id, live.scope, live."userId", live.name, live.email, live.role, (SELECT "count" FROM hit) AS "hits" FROM live`;
  const row = rows[0];
  if (!row) return null;
  if (claim > 0) await pruneRateLimitWindows(now.getTime());
  const isAllowed = isLeased || claim === 0 || settleLease(tokenHash, window.windowStart, perMinute!, claim, row.hits ?? claim);
  return {
    actor: { id: row.userId, name: row.name, email: row.email, role: row.scope === "READ" ? "VIEWER" : row.role },
    tokenId: row.id,
    scope: row.scope,
    rateLimit: perMinute === undefined ? undefined : { isAllowed, retryAfterSeconds: window.retryAfterSeconds },
  };
}
