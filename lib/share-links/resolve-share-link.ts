import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { shareLinkState } from "@/lib/share-links/expiry";
import { parseShareSnapshot } from "@/lib/timeline/schemas";
import { TOKEN_PATTERN, hashToken } from "@/lib/tokens";

/**
 * The link behind a token, or null for a malformed, unknown, revoked or expired one: visitors
 * cannot tell these apart. Looked up afresh on every request (cached only within one).
 */
export const resolveShareLink = cache(async (token: string) => {
  if (!TOKEN_PATTERN.test(token)) return null;
  const link = await db().shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      createdBy: { select: { name: true } },
      issue: { select: { id: true, slug: true, negotiationId: true } },
    },
  });
  if (!link || shareLinkState(link) !== "active") return null;
  return {
    id: link.id,
    label: link.label,
    issueId: link.issueId,
    issueSlug: link.issue?.slug ?? null,
    negotiationId: link.negotiationId ?? link.issue?.negotiationId ?? "",
    isWholeNegotiation: link.negotiationId !== null,
    hideAuthors: link.hideAuthors,
    asOf: link.snapshotAt ?? undefined,
    snapshot: parseShareSnapshot(link.snapshot),
    expiresAt: link.expiresAt,
    sharedBy: link.hideAuthors ? null : link.createdBy.name,
  };
});

export type ResolvedShareLink = NonNullable<Awaited<ReturnType<typeof resolveShareLink>>>;

/** Counts a visit; a failure here must never keep a visitor from the page. */
export async function recordShareLinkOpened(linkId: string): Promise<void> {
  await db()
    .shareLink.update({ where: { id: linkId }, data: { lastOpenedAt: new Date(), openCount: { increment: 1 } } })
    .catch(() => undefined);
}
