import "server-only";
import { BoundedCache } from "@/lib/bounded-cache";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { deriveStatuses } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { visibleUpdatesSql } from "@/lib/timeline/visibility";
import {
  changesToDraw,
  defaultChartRange,
  statusSegments,
  timeInEachStatus,
  type ChartRange,
  type StatusChange,
  type StatusSummary,
} from "@/lib/timeline/status-segments";

/** What a frozen page derives from an issue's history as it stood at a past moment. */
export interface FrozenHistory {
  /** Each status change's "from" status then, by update id (the page's entries). */
  fromStatus: Map<string, IssueStatus>;
  /** The status then. */
  status: IssueStatus;
  /** How many updates were on the timeline then. */
  total: number;
  /** When the newest of them happened. */
  lastUpdateAt: Date | null;
  /** How many distinct sources they cited. */
  sourceCount: number;
  /** When the first status change happened, if any. */
  firstChangeAt: Date | null;
  /** The chart's table: time in each status up to the moment, and the number of changes. */
  summary: StatusSummary;
  /** The range shown when none is asked for. */
  defaultRange: ChartRange;
  /** The status changes a range of the chart can draw (see changesToDraw). */
  chartChanges: (range: ChartRange) => StatusChange[];
}

/** About 8 MB of status changes at most, whatever the number of links and their timelines' length. */
const MAX_KEPT_CHANGES = 50_000;

const kept = new BoundedCache<Promise<FrozenHistory>>(MAX_KEPT_CHANGES);

/**
 * An issue's history as of `asOf`, derived once and then kept in memory, so a frozen share link's
 * pages cost what a live page does instead of re-reading and re-folding a long timeline on every
 * request. What the as-of rule shows can only change through a write to the issue's updates (a
 * restore, an edit's revision), and every such write re-derives the issue's read model and so moves
 * `issue.updatedAt`: that is part of the key, and a changed issue is derived afresh. The least
 * recently used histories go first past MAX_KEPT_CHANGES.
 */
export function frozenHistory(issue: { id: string; updatedAt: Date }, asOf: Date): Promise<FrozenHistory> {
  const key = `${issue.id}|${issue.updatedAt.toISOString()}|${asOf.toISOString()}`;
  const found = kept.get(key);
  if (found) return found;
  const history = deriveFrozenHistory(issue.id, asOf);
  // Sized once derived; a failed read is not kept, so the next request tries again.
  kept.set(key, history, 0);
  history.then(
    (derived) => kept.get(key) === history && kept.resize(key, derived.fromStatus.size + 1),
    () => kept.get(key) === history && kept.delete(key),
  );
  return history;
}

async function deriveFrozenHistory(issueId: string, asOf: Date): Promise<FrozenHistory> {
  const [changes, [counts]] = await Promise.all([
    getIssueStatusChanges(issueId, asOf),
    db().$queryRaw<{ updates: number; sources: number; lastUpdateAt: Date | null }[]>`
      SELECT COUNT(DISTINCT u.id)::int AS updates, COUNT(DISTINCT us."sourceId")::int AS sources, MAX(u."occurredAt") AS "lastUpdateAt"
      FROM "Update" u LEFT JOIN "UpdateSource" us ON us."updateId" = u.id
      WHERE u."issueId" = ${issueId} AND ${visibleUpdatesSql(asOf)}`,
  ]);
  const { ordered, fromStatus, status } = deriveStatuses(changes);
  const segments = statusSegments(ordered, asOf);
  const byRange = new Map<ChartRange, StatusChange[]>();
  return {
    fromStatus,
    status,
    total: counts?.updates ?? 0,
    lastUpdateAt: counts?.lastUpdateAt ?? null,
    sourceCount: counts?.sources ?? 0,
    firstChangeAt: segments[0]?.start ?? null,
    summary: { timeInStatus: timeInEachStatus(segments, asOf), changeCount: Math.max(0, segments.length - 1) },
    defaultRange: defaultChartRange(segments[0]?.start.getTime() ?? asOf.getTime(), asOf),
    chartChanges: (range) => byRange.get(range) ?? byRange.set(range, changesToDraw(segments, range, asOf)).get(range)!,
  };
}
