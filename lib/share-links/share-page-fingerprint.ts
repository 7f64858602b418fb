import "server-only";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { shareLinkState } from "@/lib/share-links/expiry";
import { TOKEN_PATTERN, hashToken } from "@/lib/tokens";

export interface SharePageState {
  linkId: string;
  /** Moves whenever what the link's pages show may have changed (see sharePageFingerprint). */
  fingerprint: string;
}

/**
 * Whether a token's link still works, and a fingerprint of what its pages are drawn from, in one
 * prepared statement: a rendered share page may be served again only while both hold
 * (lib/share-links/share-page-cache.ts). Null for a malformed, unknown, revoked or expired link,
 * by the same rule as resolveShareLink.
 *
 * The fingerprint moves with the link itself (its author's name, whether authors are hidden, its
 * expiry, its moment), with the issue it shares or every issue of the negotiation it shares (each
 * write to an issue's timeline or text moves the issue's updatedAt in the same transaction), the
 * negotiation's text, its parties, the positions taken on what it shares, and the categories'
 * names. What it does not see (a source's title edited in the library, an author renamed) the cache
 * leaves to its short age limit.
 */
export async function sharePageFingerprint(token: string): Promise<SharePageState | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db().$queryRaw<{ id: string; revokedAt: Date | null; expiresAt: Date | null; fingerprint: string }[]>`${PREPARED}
    WITH link AS (
      SELECT l.id, l."issueId", l."revokedAt", l."expiresAt", l."hideAuthors", l."snapshotAt", u.name AS "createdByName",
             COALESCE(l."negotiationId", i."negotiationId") AS "negotiationId"
      FROM "ShareLink" l JOIN "User" u ON u.id = l."createdById" LEFT JOIN "Issue" i ON i.id = l."issueId"
      WHERE l."tokenHash" = ${hashToken(token)}
    )
    SELECT link.id, link."revokedAt", link."expiresAt",
           concat_ws('|', link."hideAuthors", link."snapshotAt", link."expiresAt", link."createdByName", n."updatedAt",
             (SELECT concat(count(*), ',', max(i."updatedAt")) FROM "Issue" i
                WHERE i."negotiationId" = link."negotiationId" AND (link."issueId" IS NULL OR i.id = link."issueId")),
             (SELECT md5(string_agg(concat_ws(',', pa.id, pa.name, pa.description, pa.position, pa."deletedAt"), '|' ORDER BY pa.id))
                FROM "Party" pa WHERE pa."negotiationId" = link."negotiationId"),
             (SELECT concat(count(*), ',', max(GREATEST(p."loggedAt", p."editedAt", p."deletedAt")))
                FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId"
                WHERE pa."negotiationId" = link."negotiationId" AND (link."issueId" IS NULL OR p."issueId" = link."issueId")),
             (SELECT md5(string_agg(concat_ws(',', c.id, c.name), '|' ORDER BY c.id)) FROM "Category" c)
           ) AS fingerprint
    FROM link JOIN "Negotiation" n ON n.id = link."negotiationId"`;
  if (!row || shareLinkState(row) !== "active") return null;
  return { linkId: row.id, fingerprint: row.fingerprint };
}
