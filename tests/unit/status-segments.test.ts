import { describe, expect, it } from "vitest";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import {
  changesToDraw,
  chartWindow,
  currentStatus,
  defaultChartRange,
  parseChartRange,
  segmentsToDraw,
  shortestVisibleMs,
  statusSegments,
  timeInEachStatus,
  type StatusChange,
} from "@/lib/timeline/status-segments";

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

describe("segmentsToDraw", () => {
  const DAY = 86_400_000;
  const at = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * DAY);
  const statuses = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING"] as const;
  // A change every day for 1,000 days, cycling through three statuses.
  const daily = statusSegments(
    Array.from({ length: 1000 }, (_, day) => ({ occurredAt: at(day), toStatus: statuses[day % 3]! })),
    at(1000),
  );
  const window = { start: at(0).getTime(), end: at(1000).getTime() };

  it("draws at most one segment per step however many changes there are", () => {
    const drawn = segmentsToDraw(daily, window, 700, 2);
    expect(daily).toHaveLength(1000);
    expect(drawn.length).toBeLessThanOrEqual(350);
    // Contiguous, from the start of the chart to its end.
    expect(drawn[0]!.x0).toBe(0);
    expect(drawn.at(-1)!.x1).toBe(700);
    for (let i = 1; i < drawn.length; i++) {
      expect(drawn[i]!.x0).toBe(drawn[i - 1]!.x1);
      expect(drawn[i]!.status).not.toBe(drawn[i - 1]!.status);
    }
  });

  it("shows the status of each moment, give or take half a step", () => {
    const drawn = segmentsToDraw(daily, window, 700, 2);
    for (const segment of drawn) {
      const middle = window.start + (((segment.x0 + segment.x1) / 2) * (window.end - window.start)) / 700;
      const actual = daily.find((s) => s.start.getTime() <= middle && middle < s.end.getTime())!;
      const tolerance = (window.end - window.start) / 700; // one unit, i.e. half a step
      const near = daily.filter((s) => s.end.getTime() > middle - tolerance && s.start.getTime() < middle + tolerance).map((s) => s.status);
      expect(near).toContain(segment.status);
      expect(actual).toBeDefined();
    }
  });

  it("keeps segments wide enough to see exactly, and the status the window ends in", () => {
    const segments = statusSegments(
      [
        { occurredAt: at(0), toStatus: "UNDER_DISCUSSION" },
        { occurredAt: at(500), toStatus: "DEADLOCKED" },
        { occurredAt: new Date(at(1000).getTime() - 3_600_000), toStatus: "AGREED_IN_PRINCIPLE" },
      ],
      at(1000),
    );
    expect(segmentsToDraw(segments, window, 700, 2)).toEqual([
      { status: "UNDER_DISCUSSION", x0: 0, x1: 350 },
      { status: "DEADLOCKED", x0: 350, x1: 698 },
      { status: "AGREED_IN_PRINCIPLE", x0: 698, x1: 700 },
    ]);
  });

  it("draws only what falls in the window", () => {
    const last30 = { start: at(970).getTime(), end: at(1000).getTime() };
    const drawn = segmentsToDraw(daily, last30, 700, 2);
    expect(drawn).toHaveLength(30);
    expect(drawn[0]).toEqual({ status: daily[970]!.status, x0: 0, x1: 24 });
  });
});

describe("timeInEachStatus", () => {
  it("sums the time spent in each status up to the end, longest first", () => {
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));
    const segments = statusSegments(
      [
        { occurredAt: day(0), toStatus: "UNDER_DISCUSSION" },
        { occurredAt: day(2), toStatus: "CONVERGING" },
        { occurredAt: day(3), toStatus: "UNDER_DISCUSSION" },
      ],
      day(10),
    );
    expect(timeInEachStatus(segments, day(10))).toEqual([
      { status: "UNDER_DISCUSSION", ms: 9 * 86_400_000 },
      { status: "CONVERGING", ms: 86_400_000 },
    ]);
  });
});

describe("the chart's ranges", () => {
  it("take only the values they know from the URL", () => {
    expect(["30", "90", "all"].map(parseChartRange)).toEqual(["30", "90", "all"]);
    for (const value of [undefined, "", "7", "ALL", " 30", ["30"], 30]) expect(parseChartRange(value)).toBeUndefined();
  });

  it("show the last 90 days of a history longer than that, else all of it", () => {
    expect(defaultChartRange(at("2025-01-01").getTime(), UNTIL)).toBe("90");
    expect(defaultChartRange(at("2025-11-01").getTime(), UNTIL)).toBe("all");
    expect(defaultChartRange(UNTIL.getTime(), UNTIL)).toBe("all");
  });

  it("span their days, or all of the history from a day before its first change and at least a week", () => {
    const end = UNTIL.getTime();
    expect(chartWindow("30", at("2020-01-01").getTime(), UNTIL)).toEqual({ start: end - 30 * 86_400_000, end });
    expect(chartWindow("all", at("2025-06-01").getTime(), UNTIL)).toEqual({ start: at("2025-05-31").getTime(), end });
    expect(chartWindow("all", at("2025-12-30").getTime(), UNTIL)).toEqual({ start: at("2025-12-24").getTime(), end });
    expect(shortestVisibleMs(chartWindow("90", 0, UNTIL))).toBe((90 * 86_400_000) / 700);
  });

  it("fold changes already in time order as they would any other order", () => {
    const ordered = [change("2025-01-01", "UNDER_DISCUSSION"), change("2025-02-01", "GAPS_REMAIN"), change("2025-02-01", "CONVERGING")];
    expect(statusSegments(ordered, UNTIL)).toEqual(statusSegments([ordered[1]!, ordered[0]!, ordered[2]!], UNTIL));
    expect(describeSegments(ordered)).toEqual(["UNDER_DISCUSSION 2025-01-01..2025-02-01", "CONVERGING 2025-02-01..2025-12-31"]);
  });
});

describe("changesToDraw", () => {
  // 3,000 changes at random moments over three years, few statuses, so slivers and repeats abound.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const statuses: IssueStatus[] = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "DEADLOCKED"];
  const start = at("2023-01-01").getTime();
  const changes = Array.from({ length: 3000 }, () => ({
    occurredAt: new Date(start + random() * (UNTIL.getTime() - start)),
    toStatus: statuses[Math.floor(random() * statuses.length)]!,
  })).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const segments = statusSegments(changes, UNTIL);

  it.each(["30", "90", "all"] as const)("keeps what the %s-day range draws, the first and the latest, and far fewer", (range) => {
    const kept = changesToDraw(segments, range, UNTIL);
    expect(kept.length).toBeLessThan(segments.length / 2);
    const reduced = statusSegments(kept, UNTIL);
    const window = chartWindow(range, changes[0]!.occurredAt.getTime(), UNTIL);
    const shortest = shortestVisibleMs(window);
    // Every segment the range can show is still there in its status (merged, where a left-out
    // sliver stood between two of the same status).
    for (const segment of segments) {
      const isVisible = segment.end.getTime() > window.start && segment.end.getTime() - segment.start.getTime() >= shortest;
      if (!isVisible) continue;
      const covering = reduced.find((kept) => kept.start <= segment.start && kept.end >= segment.end);
      expect(covering?.status).toBe(segment.status);
    }
    // The chart's window is the same (it runs from the first change), and so is the status now and the latest changes.
    expect(reduced[0]!.start).toEqual(segments[0]!.start);
    expect(reduced.slice(-5)).toEqual(segments.slice(-5));
  });

  it("is empty without segments", () => {
    expect(changesToDraw([], "all", UNTIL)).toEqual([]);
  });
});
