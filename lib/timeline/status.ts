// How an issue's status follows from its updates: the one definition, used by the write path
// (lib/updates/recompute-issue-state.ts stores the result) and by every "as of a moment" read.
// Pure, so it is unit-tested without a database.
import type { IssueStatus } from "@/lib/generated/prisma/enums";

/** An update that changes the status, with the keys that place it on the timeline. */
export interface OrderedStatusChange {
  id: string;
  occurredAt: Date;
  loggedAt: Date;
  toStatus: IssueStatus;
}

export const INITIAL_STATUS: IssueStatus = "NOT_DISCUSSED";

/**
 * Timeline order: when it happened, then when it was logged, then id (a total order, so two
 * updates of the same day and second always come out the same way).
 */
export function compareTimelineOrder(a: Omit<OrderedStatusChange, "toStatus">, b: Omit<OrderedStatusChange, "toStatus">): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.loggedAt.getTime() - b.loggedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Each change's "from" status (the status before it, by timeline order) and the status the issue
 * ends in: the last change's, or NOT_DISCUSSED without any.
 */
export function deriveStatuses<T extends OrderedStatusChange>(changes: T[]) {
  const ordered = [...changes].sort(compareTimelineOrder);
  const fromStatus = new Map<string, IssueStatus>();
  let status = INITIAL_STATUS;
  for (const change of ordered) {
    fromStatus.set(change.id, status);
    status = change.toStatus;
  }
  return { ordered, fromStatus, status };
}
