import type { IssueStatus } from "@/lib/generated/prisma/enums";

export interface StatusChange {
  occurredAt: Date;
  toStatus: IssueStatus;
}

/**
 * What the status chart draws: one range (the last 30 or 90 days, or all) in CHART_STEPS steps, so
 * a segment shorter than half a step of the range cannot be seen in it; its table lists the
 * LATEST_CHANGES most recent changes. Reads keep to this (lib/timeline/issue-read-model.ts).
 */
export const CHART_STEPS = 350;
export const LATEST_CHANGES = 5;

/** The time ranges the chart can show, as they appear in the `range` query parameter. */
export const CHART_RANGES = ["30", "90", "all"] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

const DAY_MS = 86_400_000;

/** The `range` query parameter as a range, or undefined (then the default) for anything else. */
export function parseChartRange(value: unknown): ChartRange | undefined {
  return CHART_RANGES.find((range) => range === value);
}

/**
 * The range shown when none is asked for: the last 90 days when the history is longer than that,
 * else all of it. `firstChangeAt` is the earliest change of any issue drawn (none: `until`).
 */
export function defaultChartRange(firstChangeAt: number, until: Date): ChartRange {
  return until.getTime() - firstChangeAt > 90 * DAY_MS ? "90" : "all";
}

/**
 * The window a range draws, in milliseconds: the last 30 or 90 days, or from a day before the
 * first change (at least a week) to `until`.
 */
export function chartWindow(range: ChartRange, firstChangeAt: number, until: Date): { start: number; end: number } {
  const end = until.getTime();
  if (range !== "all") return { start: end - Number(range) * DAY_MS, end };
  return { start: Math.min(firstChangeAt - DAY_MS, end - 7 * DAY_MS), end };
}

/** The shortest segment a window can show: half of one of its CHART_STEPS steps. */
export function shortestVisibleMs(window: { start: number; end: number }): number {
  return (window.end - window.start) / (2 * CHART_STEPS);
}

/** Per issue, what the chart's table sums up over the whole history. */
export interface StatusSummary {
  /** Milliseconds spent in each status, longest first. */
  timeInStatus: { status: IssueStatus; ms: number }[];
  /** Changes that moved the status (segments after the first). */
  changeCount: number;
}

export interface StatusSegment {
  status: IssueStatus;
  start: Date;
  end: Date;
}

/**
 * Folds an issue's status changes (any order) into consecutive segments up to `until`, for drawing
 * statuses over time. Changes on the same instant keep the later one in the list; a change that
 * repeats the current status extends the segment instead of starting a new one.
 */
export function statusSegments(changes: StatusChange[], until: Date): StatusSegment[] {
  // Reads hand the changes over in time order: then there is nothing to sort (a stable sort would
  // keep that order anyway).
  const ordered = isInTimeOrder(changes)
    ? changes
    : changes.map((change, index) => ({ ...change, index })).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.index - b.index);
  const segments: StatusSegment[] = [];
  for (const change of ordered) {
    const last = segments.at(-1);
    if (last && last.start.getTime() === change.occurredAt.getTime()) {
      last.status = change.toStatus;
      continue;
    }
    if (last?.status === change.toStatus) continue;
    if (last) last.end = change.occurredAt;
    segments.push({ status: change.toStatus, start: change.occurredAt, end: until });
  }
  const merged: StatusSegment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && previous.status === segment.status) previous.end = segment.end;
    else merged.push(segment);
  }
  if (merged.length > 0) merged[merged.length - 1]!.end = until;
  return merged;
}

function isInTimeOrder(changes: StatusChange[]): boolean {
  for (let index = 1; index < changes.length; index++) {
    if (changes[index]!.occurredAt.getTime() < changes[index - 1]!.occurredAt.getTime()) return false;
  }
  return true;
}

/** The status an issue is in after all its changes; NOT_DISCUSSED when it has none. */
export function currentStatus(changes: StatusChange[]): IssueStatus {
  return statusSegments(changes, new Date(8.64e15)).at(-1)?.status ?? "NOT_DISCUSSED";
}

/** A segment as drawn: its status from `x0` to `x1`, in chart units from the window's start. */
export interface DrawnSegment {
  status: IssueStatus;
  x0: number;
  x1: number;
}

/**
 * The segments of a window of time as a chart `width` units wide draws them, at most one per
 * `resolution` units whatever the number of changes: each boundary snaps to the nearest multiple of
 * `resolution`, a segment narrower than that disappears (it could not be seen), and neighbours of
 * the same status merge. So every point of the chart shows the status the issue was in at that
 * moment, give or take half a step, and the window's end always shows the status it ends in.
 */
export function segmentsToDraw(segments: StatusSegment[], window: { start: number; end: number }, width: number, resolution: number): DrawnSegment[] {
  const span = window.end - window.start;
  if (span <= 0) return [];
  const snap = (time: number) => Math.round((((Math.min(Math.max(time, window.start), window.end) - window.start) / span) * width) / resolution) * resolution;
  const drawn: DrawnSegment[] = [];
  let statusAtEnd: IssueStatus | undefined;
  for (const segment of segments) {
    if (segment.end.getTime() <= window.start || segment.start.getTime() >= window.end) continue;
    statusAtEnd = segment.status;
    const x0 = snap(segment.start.getTime());
    const x1 = snap(segment.end.getTime());
    if (x1 <= x0) continue;
    const previous = drawn.at(-1);
    if (previous && previous.status === segment.status && previous.x1 === x0) previous.x1 = x1;
    else drawn.push({ status: segment.status, x0, x1 });
  }
  const last = drawn.at(-1);
  const end = Math.round(width / resolution) * resolution;
  if (statusAtEnd && last?.status !== statusAtEnd) {
    // The status the window ends in lasted less than a step: it still gets the last one.
    if (last && last.x1 - resolution <= last.x0) drawn.pop();
    else if (last) last.x1 = end - resolution;
    const before = drawn.at(-1);
    if (before && before.status === statusAtEnd) before.x1 = end;
    else drawn.push({ status: statusAtEnd, x0: end - resolution, x1: end });
  }
  return drawn;
}

/** How long the segments spent in each status up to `until`, in milliseconds, longest first. */
export function timeInEachStatus(segments: StatusSegment[], until: Date): { status: IssueStatus; ms: number }[] {
  const totals = new Map<IssueStatus, number>();
  for (const segment of segments) {
    const end = Math.min(segment.end.getTime(), until.getTime());
    if (end > segment.start.getTime()) totals.set(segment.status, (totals.get(segment.status) ?? 0) + end - segment.start.getTime());
  }
  return [...totals].map(([status, ms]) => ({ status, ms })).sort((a, b) => b.ms - a.ms);
}

/**
 * What `chartStatusData` picks in the database, over segments already in memory (an issue's history
 * as of a past moment): the starts of the segments `range` can draw — those reaching into it that
 * last at least half a step — plus the first (the "all" range's span) and the latest few.
 */
export function changesToDraw(segments: StatusSegment[], range: ChartRange, until: Date): StatusChange[] {
  const first = segments[0];
  if (!first) return [];
  const window = chartWindow(range, first.start.getTime(), until);
  const shortest = shortestVisibleMs(window);
  const latestFrom = segments.length - (LATEST_CHANGES + 1);
  return segments
    .filter(
      (segment, index) =>
        index === 0 || index >= latestFrom || (segment.end.getTime() > window.start && segment.end.getTime() - segment.start.getTime() >= shortest),
    )
    .map((segment) => ({ occurredAt: segment.start, toStatus: segment.status }));
}
