import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { deriveStatuses } from "@/lib/timeline/status";
import { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES } from "@/lib/statuses";
import {
  chartWindow,
  defaultChartRange,
  LATEST_CHANGES,
  shortestVisibleMs,
  statusSegments,
  type ChartRange,
  type StatusChange,
  type StatusSummary,
} from "@/lib/timeline/status-segments";

/** A segment as stored: `toAt` null for the status the issue is in. */
export interface StoredStatusSegment {
  status: IssueStatus;
  fromAt: Date;
  toAt: Date | null;
}

/**
 * Everything derived from an issue's live updates that pages show without reading the timeline:
 * the status and each change's "from" status, counts, the last update, the status segments the
 * chart draws, and the time spent in each status over the closed segments with the number of
 * changes (the chart's table). The one rule, computed from history: the write path stores it
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
    closedStatusMs: closedStatusMs(segments),
    statusChangeCount: Math.max(0, segments.length - 1),
  };
}

export type IssueReadModel = Awaited<ReturnType<typeof deriveIssueReadModel>>;

/** The end of time as JavaScript dates know it: the open end of the current segment. */
const FOREVER = new Date(8.64e15);

/**
 * Milliseconds spent in each status over the closed segments (the open one has no end yet), keyed
 * by status in the order of STATUSES, so two sums of the same segments are the same object.
 */
export function closedStatusMs(segments: StoredStatusSegment[]): Record<string, number> {
  const totals = new Map<IssueStatus, number>();
  for (const { status, fromAt, toAt } of segments) {
    if (toAt) totals.set(status, (totals.get(status) ?? 0) + toAt.getTime() - fromAt.getTime());
  }
  return Object.fromEntries(STATUSES.flatMap((status) => (totals.has(status) ? [[status, totals.get(status)!]] : [])));
}

export interface ChartStatusData {
  /** The range these changes were read for: the one asked for, or the default for this history. */
  range: ChartRange;
  byIssue: Map<string, { changes: StatusChange[]; summary: StatusSummary }>;
}

/**
 * What the status chart of several issues needs, live, in two short queries whatever the length of
 * their timelines. The segment starts its one range can draw: those reaching into the range that
 * last at least half a step of it (a shorter one is left out, so the status before it carries on
 * over a sliver no one could see), plus each issue's first segment (the "all" range's span) and
 * latest few (the current status and the table's latest changes); all from indexes, so at most
 * about 2 × CHART_STEPS segments an issue. And per issue the time spent in each status and the
 * number of changes, from the sums the write path keeps over the closed segments plus the open
 * segment's time up to `until`. Without a range, the default for the history (defaultChartRange).
 */
export async function chartStatusData(issueIds: string[], options: { range?: ChartRange; until?: Date } = {}): Promise<ChartStatusData> {
  const until = options.until ?? new Date();
  const byIssue = new Map<string, { changes: StatusChange[]; summary: StatusSummary }>(
    issueIds.map((id) => [id, { changes: [], summary: { timeInStatus: [], changeCount: 0 } }]),
  );
  if (issueIds.length === 0) return { range: options.range ?? "all", byIssue };
  const issuesRead = db().$queryRaw<
    { id: string; status: IssueStatus; statusSince: Date | null; closedStatusMs: Record<string, number>; statusChangeCount: number; firstAt: Date | null }[]
  >`
    SELECT i.id, i.status, i."statusSince", i."closedStatusMs", i."statusChangeCount", f."fromAt" AS "firstAt"
    FROM unnest(${issueIds}::text[]) AS ids(id) JOIN "Issue" i ON i.id = ids.id
    LEFT JOIN LATERAL (SELECT "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = i.id ORDER BY "fromAt" LIMIT 1) f ON true`;
  // A 30- or 90-day range does not depend on the first change: it is read alongside the issues.
  // Without a range, 90 days is read that way too, and read again as "all" if the history is shorter.
  const guess = options.range ?? "90";
  const [issues, guessed] = await Promise.all([issuesRead, guess === "all" ? undefined : drawableSegments(issueIds, guess, chartWindow(guess, 0, until))]);
  const firstChangeAt = Math.min(until.getTime(), ...issues.flatMap((issue) => (issue.firstAt ? [issue.firstAt.getTime()] : [])));
  const range = options.range ?? defaultChartRange(firstChangeAt, until);
  const rows = range === guess && guessed ? guessed : await drawableSegments(issueIds, range, chartWindow(range, firstChangeAt, until));
  for (const row of rows) {
    const entry = byIssue.get(row.issueId);
    if (!entry || !row.segments) continue;
    const byStart = new Map<number, IssueStatus>();
    for (const text of row.segments.split(",")) {
      const space = text.indexOf(" ");
      byStart.set(Number(text.slice(space + 1)), text.slice(0, space) as IssueStatus);
    }
    entry.changes = [...byStart.keys()].sort((a, b) => a - b).map((start) => ({ occurredAt: new Date(start), toStatus: byStart.get(start)! }));
  }
  for (const issue of issues) {
    const entry = byIssue.get(issue.id);
    if (!entry) continue;
    const totals = new Map(Object.entries(issue.closedStatusMs) as [IssueStatus, number][]);
    if (issue.statusSince) totals.set(issue.status, (totals.get(issue.status) ?? 0) + Math.max(0, until.getTime() - issue.statusSince.getTime()));
    entry.summary = {
      timeInStatus: [...totals].map(([status, ms]) => ({ status, ms })).sort((a, b) => b.ms - a.ms),
      changeCount: issue.statusChangeCount,
    };
  }
  return { range, byIssue };
}

/**
 * Per issue, the starts of the segments `range` can draw in `window` (closed ones reaching into it
 * at least half a step long), its first segment and its latest few, as "STATUS epoch-ms" joined by
 * commas (unordered, possibly repeated).
 */
function drawableSegments(issueIds: string[], range: ChartRange, window: { start: number; end: number }) {
  const shortest = Prisma.sql`make_interval(secs => ${shortestVisibleMs(window) / 1000}::float8)`;
  // Closed segments only: the open one is among the latest. 30 or 90 days: those ending inside the
  // range ("issueId", "toAt"); all: the long ones ("issueId", ("toAt" - "fromAt")).
  const drawable =
    range === "all"
      ? Prisma.sql`"toAt" - "fromAt" >= ${shortest}`
      : Prisma.sql`"toAt" > ${new Date(window.start)}::timestamp AND "toAt" - "fromAt" >= ${shortest}`;
  // One row per issue, its segments as "STATUS epoch-ms" joined by commas: thousands of rows cost
  // far more to receive than the same facts as fifty strings. Duplicates (a latest segment that is
  // also drawable) are dropped by chartStatusData.
  return db().$queryRaw<{ issueId: string; segments: string | null }[]>`
    SELECT ids.id AS "issueId", s.segments FROM unnest(${issueIds}::text[]) AS ids(id)
    CROSS JOIN LATERAL (
      SELECT string_agg(status::text || ' ' || (date_part('epoch', "fromAt") * 1000)::bigint, ',') AS segments FROM (
        (SELECT status, "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = ids.id ORDER BY "fromAt" LIMIT 1)
        UNION ALL
        (SELECT status, "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = ids.id ORDER BY "fromAt" DESC LIMIT ${LATEST_CHANGES + 1})
        UNION ALL
        (SELECT status, "fromAt" FROM "IssueStatusSegment" WHERE "issueId" = ids.id AND ${drawable})
      ) segment
    ) s`;
}
