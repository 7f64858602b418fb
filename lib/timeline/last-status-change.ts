import { statusSegments, type StatusChange } from "@/lib/timeline/status-segments";

/**
 * When the issue entered the status it is in: the last change that actually moved it. An update
 * that repeats the current status is not a change; null when it was never moved.
 */
export function lastStatusChangeAt(changes: StatusChange[]): Date | null {
  return statusSegments(changes, new Date(8.64e15)).at(-1)?.start ?? null;
}
