import type { IssueStatus } from "@/lib/generated/prisma/enums";

export interface StatusChange {
  occurredAt: Date;
  toStatus: IssueStatus;
}

/**
 * What the status chart draws: each range (the last 30 and 90 days, and all) in CHART_STEPS steps,
 * so a segment shorter than half a step of a range cannot be seen in it; its table lists the
 * LATEST_CHANGES most recent changes. Reads keep to this (lib/timeline/issue-read-model.ts).
 */
export const CHART_STEPS = 350;
export const CHART_RANGE_DAYS = [30, 90] as const;
export const LATEST_CHANGES = 5;

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
  const ordered = changes.map((change, index) => ({ ...change, index })).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.index - b.index);
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
