import "server-only";
import { generateApiToken } from "@/lib/api-tokens/token-format";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expiryFor } from "@/lib/share-links/expiry";
import { hashToken } from "@/lib/tokens";
import type { CreateApiTokenInput } from "@/lib/validation/api-token";

/** Creates a personal token for the actor and returns it: shown once, stored only as a hash. */
export async function createApiToken(actor: Actor | null, input: CreateApiTokenInput): Promise<{ id: string; token: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const token = generateApiToken();
  const now = new Date();
  const created = await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        scope: input.scope,
        tokenHash: hashToken(token),
        expiresAt: expiryFor(input.expiry, now, input.expiresOn),
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "apiToken.create",
      entityType: "apiToken",
      entityId: row.id,
      after: { name: row.name, scope: row.scope, expiresAt: row.expiresAt },
    });
    return row;
  });
  return { id: created.id, token };
}
