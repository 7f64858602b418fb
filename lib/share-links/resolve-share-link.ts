import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { shareLinkState } from "@/lib/share-links/expiry";
import { parseShareSnapshot } from "@/lib/timeline/schemas";
import { TOKEN_PATTERN, hashToken } from "@/lib/tokens";

interface LinkRow {
  id: string;
  label: string;
  issueId: string | null;
  negotiationId: string | null;
  hideAuthors: boolean;
  snapshotAt: Date | null;
  snapshot: unknown;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdByName: string;
  issueSlug: string | null;
  issueNegotiationId: string | null;
}

/**
 * The link behind a token, or null for a malformed, unknown, revoked or expired one: visitors
 * cannot tell these apart. Looked up afresh on every request (cached only within one), in one
 * prepared statement: every share page, feed and search asks it first.
 */
export const resolveShareLink = cache(async (token: string) => {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [link] = await db().$queryRaw<LinkRow[]>`${PREPARED}
    SELECT l.id, l.label, l."issueId", l."negotiationId", l."hideAuthors", l."snapshotAt", l.snapshot, l."expiresAt", l."revokedAt",
           u.name AS "createdByName", i.slug AS "issueSlug", i."negotiationId" AS "issueNegotiationId"
    FROM "ShareLink" l JOIN "User" u ON u.id = l."createdById" LEFT JOIN "Issue" i ON i.id = l."issueId"
    WHERE l."tokenHash" = ${hashToken(token)}`;
  if (!link || shareLinkState(link) !== "active") return null;
  return {
    id: link.id,
    label: link.label,
    issueId: link.issueId,
    issueSlug: link.issueSlug,
    negotiationId: link.negotiationId ?? link.issueNegotiationId ?? "",
    isWholeNegotiation: link.negotiationId !== null,
    hideAuthors: link.hideAuthors,
    asOf: link.snapshotAt ?? undefined,
    snapshot: parseShareSnapshot(link.snapshot),
    expiresAt: link.expiresAt,
    sharedBy: link.hideAuthors ? null : link.createdByName,
  };
});

export type ResolvedShareLink = NonNullable<Awaited<ReturnType<typeof resolveShareLink>>>;

/**
 * Counts a visit, without keeping the visitor waiting: visits are added up in memory and written at
 * most once a second per server, in one statement for every link visited meanwhile (the first visit
 * after a quiet second at once). Each visit used to update the link's row itself, so a burst of
 * visitors to one link queued on its row lock. A server that stops loses at most the last second's
 * count; a failed write loses that batch's count, never a page.
 */
export function recordShareLinkOpened(linkId: string, at = new Date()): void {
  const entry = unwrittenOpens.get(linkId);
  if (entry) {
    entry.count += 1;
    entry.lastAt = Math.max(entry.lastAt, at.getTime());
  } else {
    unwrittenOpens.set(linkId, { count: 1, lastAt: at.getTime() });
  }
  if (flushTimer) return;
  flushTimer = setTimeout(
    () => {
      flushTimer = undefined;
      void writeShareLinkOpens();
    },
    Math.max(0, lastWriteAt + OPENS_WRITTEN_EVERY_MS - Date.now()),
  );
  flushTimer.unref();
}

const OPENS_WRITTEN_EVERY_MS = 1_000;
const unwrittenOpens = new Map<string, { count: number; lastAt: number }>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let lastWriteAt = 0;

/** Writes the visits counted so far (see recordShareLinkOpened); tests call it to wait for them. */
export async function writeShareLinkOpens(): Promise<void> {
  lastWriteAt = Date.now();
  if (unwrittenOpens.size === 0) return;
  const batch = [...unwrittenOpens];
  unwrittenOpens.clear();
  await db().$executeRaw`
      UPDATE "ShareLink" AS l SET "openCount" = l."openCount" + v.count,
             "lastOpenedAt" = GREATEST(l."lastOpenedAt", to_timestamp(v.at / 1000.0) AT TIME ZONE 'UTC')
      FROM unnest(${batch.map(([id]) => id)}::text[], ${batch.map(([, entry]) => entry.count)}::int[], ${batch.map(([, entry]) => entry.lastAt)}::float8[]) AS v(id, count, at)
      WHERE l.id = v.id`.catch(() => undefined);
}
