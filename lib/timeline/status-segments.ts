import type { IssueStatus } from "@/lib/generated/prisma/enums";

export interface StatusChange {
  occurredAt: Date;
  toStatus: IssueStatus;
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
