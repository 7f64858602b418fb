import "server-only";
import { db } from "@/lib/db/client";

export type ApiTokenState = "active" | "revoked" | "expired";

export function apiTokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/** The actor's own tokens, newest first; never the hash. */
export async function listApiTokens(userId: string) {
  const tokens = await db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, scope: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
  return tokens.map((token) => ({ ...token, state: apiTokenState(token) }));
}
