import "server-only";
import { API_TOKEN_PATTERN } from "@/lib/api-tokens/token-format";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { hashToken } from "@/lib/tokens";

export interface TokenActor {
  actor: Actor;
  tokenId: string;
  scope: ApiTokenScope;
}

/** lastUsedAt is a hint, not a log: written at most once a minute per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The person a bearer token acts for, read fresh on every request: an unknown, revoked or expired
 * token, or one whose owner was deactivated, gives null. The actor carries the owner's current
 * role, lowered to a viewer's for a read-only token, so no token can do more than its owner.
 */
export async function authenticateApiToken(token: string, now = new Date()): Promise<TokenActor | null> {
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !row.user.isActive) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { user } = row;
  return {
    actor: { id: user.id, name: user.name, email: user.email, role: row.scope === "READ" ? "VIEWER" : user.role },
    tokenId: row.id,
    scope: row.scope,
  };
}
