import "server-only";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { countTimeline, lastOccurredAt } from "@/lib/timeline/entries";
import { deriveStatuses } from "@/lib/timeline/status";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
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
  /** The chart's table: time in each status up to the moment, and the number of changes. */
  summary: StatusSummary;
  /** The range shown when none is asked for. */
  defaultRange: ChartRange;
  /** The status changes a range of the chart can draw (see changesToDraw). */
  chartChanges: (range: ChartRange) => StatusChange[];
}

/** About 8 MB of status changes at most, whatever the number of links and their timelines' length. */
const MAX_KEPT_CHANGES = 50_000;

const kept = new Map<string, { history: Promise<FrozenHistory>; size: number }>();
let keptChanges = 0;

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
  if (found) {
    // Map order is use order: the entry moves to the end.
    kept.delete(key);
    kept.set(key, found);
    return found.history;
  }
  const entry = { history: deriveFrozenHistory(issue.id, asOf), size: 0 };
  kept.set(key, entry);
  entry.history.then(
    (derived) => {
      if (kept.get(key) !== entry) return;
      entry.size = derived.fromStatus.size + 1;
      keptChanges += entry.size;
      forgetBeyondBudget();
    },
    // A failed read is not kept: the next request tries again.
    () => kept.get(key) === entry && kept.delete(key),
  );
  return entry.history;
}

async function deriveFrozenHistory(issueId: string, asOf: Date): Promise<FrozenHistory> {
  const [changes, total, lastUpdateAt] = await Promise.all([getIssueStatusChanges(issueId, asOf), countTimeline(issueId, asOf), lastOccurredAt(issueId, asOf)]);
  const { ordered, fromStatus, status } = deriveStatuses(changes);
  const segments = statusSegments(ordered, asOf);
  const byRange = new Map<ChartRange, StatusChange[]>();
  return {
    fromStatus,
    status,
    total,
    lastUpdateAt,
    summary: { timeInStatus: timeInEachStatus(segments, asOf), changeCount: Math.max(0, segments.length - 1) },
    defaultRange: defaultChartRange(segments[0]?.start.getTime() ?? asOf.getTime(), asOf),
    chartChanges: (range) => byRange.get(range) ?? byRange.set(range, changesToDraw(segments, range, asOf)).get(range)!,
  };
}

function forgetBeyondBudget() {
  for (const [key, entry] of kept) {
    if (keptChanges <= MAX_KEPT_CHANGES || kept.size <= 1) break;
    kept.delete(key);
    keptChanges -= entry.size;
  }
}
