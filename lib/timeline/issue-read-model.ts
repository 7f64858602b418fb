import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { deriveStatuses } from "@/lib/timeline/status";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHART_RANGE_DAYS, CHART_STEPS, LATEST_CHANGES, statusSegments, type StatusChange, type StatusSummary } from "@/lib/timeline/status-segments";

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

const DAY_MS = 86_400_000;

/**
 * What the status chart of several issues needs, live, in one query whatever the length of their
 * timelines: the segment starts it can draw (a segment shorter than half a step of every range it
 * falls in is left out, so the status before it carries on over a sliver no one could see; the
 * current and the latest few segments are always kept), and per issue the time spent in each
 * status and the number of changes, summed over every segment.
 */
export async function chartStatusData(issueIds: string[], until: Date = new Date()): Promise<Map<string, { changes: StatusChange[]; summary: StatusSummary }>> {
  const byIssue = new Map<string, { changes: StatusChange[]; summary: StatusSummary }>(
    issueIds.map((id) => [id, { changes: [], summary: { timeInStatus: [], changeCount: 0 } }]),
  );
  if (issueIds.length === 0) return byIssue;
  // A segment is kept when it lasts at least half a step of some range it reaches into, or is
  // one of its issue's latest few. One pass over the segments (grouped, not sorted), plus an index
  // probe or two per issue for the earliest start (the "all" range's span) and the latest segments.
  const ranges = CHART_RANGE_DAYS.map(
    (days) => Prisma.sql`(s."endAt" > ${new Date(until.getTime() - days * DAY_MS)} AND s.ms >= ${(days * DAY_MS) / (2 * CHART_STEPS)})`,
  );
  const rows = await db().$queryRaw<{ issueId: string; status: IssueStatus; segments: number; ms: number; starts: number[] }[]>`
    WITH issue AS (SELECT unnest(${issueIds}::text[]) AS id),
    first AS (
      SELECT MIN(f."fromAt") AS "fromAt" FROM issue
      CROSS JOIN LATERAL (SELECT "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = issue.id ORDER BY "fromAt" LIMIT 1) f
    ),
    latest AS (
      SELECT l."issueId", l."fromAt" FROM issue
      CROSS JOIN LATERAL (
        SELECT "issueId", "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = issue.id ORDER BY "fromAt" DESC LIMIT ${LATEST_CHANGES + 1}
      ) l
    ),
    s AS (
      SELECT "issueId", status, "fromAt", COALESCE("toAt", ${until}::timestamp) AS "endAt",
             EXTRACT(EPOCH FROM COALESCE("toAt", ${until}::timestamp) - "fromAt") * 1000 AS ms
      FROM "IssueStatusSegment" WHERE "issueId" = ANY(${issueIds})
    )
    SELECT s."issueId", s.status, COUNT(*)::int AS segments, SUM(s.ms)::float8 AS ms,
           COALESCE(array_agg((EXTRACT(EPOCH FROM s."fromAt") * 1000)::float8) FILTER (
             WHERE s.ms >= EXTRACT(EPOCH FROM ${until}::timestamp - first."fromAt") * 1000 / ${2 * CHART_STEPS}
                OR ${Prisma.join(ranges, " OR ")}
                OR (s."issueId", s."fromAt") IN (SELECT "issueId", "fromAt" FROM latest)
           ), '{}') AS starts
    FROM s CROSS JOIN first GROUP BY s."issueId", s.status`;
  for (const row of rows) {
    const entry = byIssue.get(row.issueId);
    if (!entry) continue;
    for (const start of row.starts) entry.changes.push({ occurredAt: new Date(start), toStatus: row.status });
    entry.summary.timeInStatus.push({ status: row.status, ms: Math.max(0, row.ms) });
    entry.summary.changeCount += row.segments;
  }
  for (const { changes } of byIssue.values()) changes.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const { summary } of byIssue.values()) {
    summary.timeInStatus.sort((a, b) => b.ms - a.ms);
    summary.changeCount = Math.max(0, summary.changeCount - 1);
  }
  return byIssue;
}
