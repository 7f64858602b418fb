import { describe, expect, it } from "vitest";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { currentStatus, statusSegments, type StatusChange } from "@/lib/timeline/status-segments";

const at = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const change = (iso: string, toStatus: IssueStatus): StatusChange => ({ occurredAt: at(iso), toStatus });
const UNTIL = at("2025-12-31");

/** Segments as plain strings, easier to compare and to read in a failure. */
function describeSegments(changes: StatusChange[], until = UNTIL) {
  return statusSegments(changes, until).map((s) => `${s.status} ${s.start.toISOString().slice(0, 10)}..${s.end.toISOString().slice(0, 10)}`);
}

describe("statusSegments", () => {
  it("returns no segments and NOT_DISCUSSED for no changes", () => {
    expect(statusSegments([], UNTIL)).toEqual([]);
    expect(currentStatus([])).toBe("NOT_DISCUSSED");
  });

  it("draws one segment from a single change up to `until`", () => {
    const segments = statusSegments([change("2025-01-10", "UNDER_DISCUSSION")], UNTIL);
    expect(segments).toEqual([{ status: "UNDER_DISCUSSION", start: at("2025-01-10"), end: UNTIL }]);
  });

  it("chains consecutive segments, each ending where the next starts", () => {
    expect(describeSegments([change("2025-01-01", "UNDER_DISCUSSION"), change("2025-02-01", "GAPS_REMAIN"), change("2025-03-01", "CONVERGING")])).toEqual([
      "UNDER_DISCUSSION 2025-01-01..2025-02-01",
      "GAPS_REMAIN 2025-02-01..2025-03-01",
      "CONVERGING 2025-03-01..2025-12-31",
    ]);
  });

  it("orders changes given in any order by date", () => {
    const ordered = [change("2025-01-01", "UNDER_DISCUSSION"), change("2025-02-01", "GAPS_REMAIN"), change("2025-03-01", "CONVERGING")];
    const shuffled = [ordered[2]!, ordered[0]!, ordered[1]!];
    expect(statusSegments(shuffled, UNTIL)).toEqual(statusSegments(ordered, UNTIL));
    expect(currentStatus(shuffled)).toBe("CONVERGING");
  });

  it("does not mutate its input", () => {
    const changes = [change("2025-03-01", "CONVERGING"), change("2025-01-01", "UNDER_DISCUSSION")];
    const copy = structuredClone(changes);
    statusSegments(changes, UNTIL);
    expect(changes).toEqual(copy);
  });

  it("keeps the later change in the list when two happen on the same instant", () => {
    expect(describeSegments([change("2025-01-01", "UNDER_DISCUSSION"), change("2025-01-01", "DEADLOCKED")])).toEqual(["DEADLOCKED 2025-01-01..2025-12-31"]);
    expect(describeSegments([change("2025-01-01", "DEADLOCKED"), change("2025-01-01", "UNDER_DISCUSSION")])).toEqual([
      "UNDER_DISCUSSION 2025-01-01..2025-12-31",
    ]);
    expect(currentStatus([change("2025-01-01", "DEADLOCKED"), change("2025-01-01", "CONVERGING")])).toBe("CONVERGING");
  });

  it("keeps the later same-instant change even when the list is out of date order", () => {
    const changes = [change("2025-02-01", "GAPS_REMAIN"), change("2025-01-01", "UNDER_DISCUSSION"), change("2025-02-01", "CONVERGING")];
    expect(describeSegments(changes)).toEqual(["UNDER_DISCUSSION 2025-01-01..2025-02-01", "CONVERGING 2025-02-01..2025-12-31"]);
  });

  it("merges a same-instant correction that returns to the previous status", () => {
    // A→B on Feb 1, corrected on the same day back to A: A never stopped.
    const changes = [change("2025-01-01", "GAPS_REMAIN"), change("2025-02-01", "CONVERGING"), change("2025-02-01", "GAPS_REMAIN")];
    expect(describeSegments(changes)).toEqual(["GAPS_REMAIN 2025-01-01..2025-12-31"]);
    expect(currentStatus(changes)).toBe("GAPS_REMAIN");
  });

  it("extends a segment when a change repeats the current status", () => {
    const changes = [
      change("2025-01-01", "GAPS_REMAIN"),
      change("2025-01-15", "GAPS_REMAIN"),
      change("2025-02-01", "CONVERGING"),
      change("2025-02-10", "CONVERGING"),
      change("2025-02-20", "CONVERGING"),
    ];
    expect(describeSegments(changes)).toEqual(["GAPS_REMAIN 2025-01-01..2025-02-01", "CONVERGING 2025-02-01..2025-12-31"]);
  });

  it("uses the last change of an instant after a repeated status on it", () => {
    const changes = [change("2025-01-01", "GAPS_REMAIN"), change("2025-02-01", "GAPS_REMAIN"), change("2025-02-01", "DROPPED")];
    expect(describeSegments(changes)).toEqual(["GAPS_REMAIN 2025-01-01..2025-02-01", "DROPPED 2025-02-01..2025-12-31"]);
  });

  it("can go back to an earlier status later on", () => {
    const changes = [change("2025-01-01", "UNDER_DISCUSSION"), change("2025-02-01", "DEADLOCKED"), change("2025-03-01", "UNDER_DISCUSSION")];
    expect(describeSegments(changes)).toEqual([
      "UNDER_DISCUSSION 2025-01-01..2025-02-01",
      "DEADLOCKED 2025-02-01..2025-03-01",
      "UNDER_DISCUSSION 2025-03-01..2025-12-31",
    ]);
  });

  it("never yields two adjacent segments with the same status, and they tile the time without gaps", () => {
    const statuses: IssueStatus[] = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "DEADLOCKED"];
    const changes: StatusChange[] = [];
    for (let i = 0; i < 40; i++) {
      // Deterministic mix of repeated statuses and same-day changes.
      changes.push({ occurredAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3))), toStatus: statuses[((i * 7) % 5) % statuses.length]! });
    }
    const segments = statusSegments(changes, UNTIL);
    expect(segments.length).toBeGreaterThan(1);
    segments.forEach((segment, index) => {
      expect(segment.start.getTime()).toBeLessThan(segment.end.getTime());
      const next = segments[index + 1];
      if (next) {
        expect(next.status).not.toBe(segment.status);
        expect(next.start.getTime()).toBe(segment.end.getTime());
      }
    });
    expect(segments.at(-1)!.end).toEqual(UNTIL);
    expect(segments.at(-1)!.status).toBe(currentStatus(changes));
  });
});

describe("currentStatus", () => {
  it("is the status of the latest change", () => {
    expect(currentStatus([change("2025-03-01", "AGREED_IN_PRINCIPLE"), change("2025-01-01", "UNDER_DISCUSSION")])).toBe("AGREED_IN_PRINCIPLE");
  });

  it("is the status even when the change happened long after any normal `until`", () => {
    expect(currentStatus([change("2025-01-01", "UNDER_DISCUSSION"), change("2200-01-01", "DROPPED")])).toBe("DROPPED");
  });
});
