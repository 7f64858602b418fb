import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { deriveStatuses } from "@/lib/timeline/status";
import { statusSegments } from "@/lib/timeline/status-segments";

/** A segment as stored: `toAt` null for the status the issue is in. */
export interface StoredStatusSegment {
  status: IssueStatus;
  fromAt: Date;
  toAt: Date | null;
}

/**
 * Everything derived from an issue's live updates that pages show without reading the timeline:
 * the status and each change's "from" status, counts, the last update, and the status segments the
 * chart draws. The one rule, computed from history: the write path stores it
 * (lib/updates/recompute-issue-state.ts) and the consistency check compares the stored copy with it.
 */
export async function deriveIssueReadModel(client: Tx, issueId: string) {
  // One after the other: inside a transaction the queries share one connection anyway.
  const rows = await client.update.findMany({
    where: { issueId, deletedAt: null, toStatus: { not: null } },
    select: { id: true, occurredAt: true, loggedAt: true, toStatus: true, fromStatus: true },
  });
  const [totals] = await client.$queryRaw<{ updates: number; sources: number; lastUpdateAt: Date | null }[]>`
      SELECT (SELECT COUNT(*)::int FROM "Update" u WHERE u."issueId" = ${issueId} AND u."deletedAt" IS NULL) AS updates,
             (SELECT COUNT(DISTINCT us."sourceId")::int FROM "UpdateSource" us JOIN "Update" u ON u.id = us."updateId"
               WHERE u."issueId" = ${issueId} AND u."deletedAt" IS NULL) AS sources,
             (SELECT MAX(u."occurredAt") FROM "Update" u WHERE u."issueId" = ${issueId} AND u."deletedAt" IS NULL) AS "lastUpdateAt"`;
  const changes = rows.flatMap((row) => (row.toStatus ? [{ ...row, toStatus: row.toStatus }] : []));
  const { ordered, fromStatus, status } = deriveStatuses(changes);
  const segments: StoredStatusSegment[] = statusSegments(ordered, FOREVER).map((segment) => ({
    status: segment.status,
    fromAt: segment.start,
    toAt: segment.end.getTime() === FOREVER.getTime() ? null : segment.end,
  }));
  return {
    changes,
    fromStatus,
    status,
    updateCount: totals?.updates ?? 0,
    sourceCount: totals?.sources ?? 0,
    lastUpdateAt: totals?.lastUpdateAt ?? null,
    statusSince: segments.at(-1)?.fromAt ?? null,
    segments,
  };
}

export type IssueReadModel = Awaited<ReturnType<typeof deriveIssueReadModel>>;

/** The end of time as JavaScript dates know it: the open end of the current segment. */
const FOREVER = new Date(8.64e15);

/**
 * Stored segments as the status changes that draw them: one per segment start. Folding these gives
 * back the same segments, so the chart (which folds changes) draws from a handful of points
 * whatever the length of the timeline, and sends only those to the browser.
 */
export function segmentsAsChanges(segments: StoredStatusSegment[]): { occurredAt: Date; toStatus: IssueStatus }[] {
  return segments.map((segment) => ({ occurredAt: segment.fromAt, toStatus: segment.status }));
}

/**
 * Several issues' maintained status segments, as the changes that draw them (see
 * {@link segmentsAsChanges}): one query over the segments' primary key, whatever the timelines' length.
 */
export async function storedStatusChanges(issueIds: string[]): Promise<Map<string, { occurredAt: Date; toStatus: IssueStatus }[]>> {
  const byIssue = new Map(issueIds.map((id) => [id, [] as StoredStatusSegment[]]));
  if (issueIds.length === 0) return new Map();
  const rows = await db().issueStatusSegment.findMany({ where: { issueId: { in: issueIds } }, orderBy: [{ issueId: "asc" }, { fromAt: "asc" }] });
  for (const row of rows) byIssue.get(row.issueId)?.push(row);
  return new Map([...byIssue].map(([id, segments]) => [id, segmentsAsChanges(segments)]));
}
