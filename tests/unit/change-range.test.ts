import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "@/lib/changes/markdown";
import { parseChangeRange, parseCompareRange, toMomentParam } from "@/lib/changes/range";

const now = new Date("2026-11-28T12:00:00.000Z");
const previousVisit = new Date("2026-11-27T09:15:00.000Z");

describe("the What changed range", () => {
  it("starts at the previous visit, else seven days back, and ends now", () => {
    expect(parseChangeRange({}, { now, previousVisit })).toEqual({ isValid: true, range: { from: previousVisit, to: now, fromReason: "previous-visit" } });
    expect(parseChangeRange({}, { now, previousVisit: null })).toEqual({
      isValid: true,
      range: { from: new Date("2026-11-21T12:00:00.000Z"), to: now, fromReason: "default-days" },
    });
  });

  it("reads days as UTC, a bare To as the end of its day, and a To after now as now", () => {
    expect(parseChangeRange({ from: "2026-11-20", to: "2026-11-21" }, { now, previousVisit })).toEqual({
      isValid: true,
      range: { from: new Date("2026-11-20T00:00:00.000Z"), to: new Date("2026-11-21T23:59:59.999Z"), fromReason: "url" },
    });
    expect(parseChangeRange({ from: "2026-11-20T14:30", to: "2030-01-01" }, { now, previousVisit })).toMatchObject({
      range: { from: new Date("2026-11-20T14:30:00.000Z"), to: now },
    });
    expect(parseChangeRange({ from: "2026-11-20T14:30:05.123Z" }, { now, previousVisit })).toMatchObject({
      range: { from: new Date("2026-11-20T14:30:05.123Z") },
    });
  });

  it("answers bad dates with messages, never a throw", () => {
    for (const from of ["2026-02-30", "yesterday", "2026-11-20T25:00", "0000-01-01", "2026-11-20T14:30+02:00", "１２"]) {
      const parsed = parseChangeRange({ from }, { now, previousVisit });
      expect(parsed, from).toEqual({ isValid: false, errors: [expect.stringContaining("“From” must be a date")] });
    }
    expect(parseChangeRange({ from: "2026-11-22", to: "2026-11-21" }, { now, previousVisit })).toMatchObject({ isValid: false });
    expect(parseChangeRange({ from: "2030-01-01" }, { now, previousVisit })).toMatchObject({ isValid: false });
  });

  it("orders the two dates of a comparison and refuses two equal ones", () => {
    expect(parseCompareRange({}, now)).toBeNull();
    expect(parseCompareRange({ a: "2026-11-25", b: "2026-11-20" }, now)).toEqual({
      isValid: true,
      range: { a: new Date("2026-11-20T23:59:59.999Z"), b: new Date("2026-11-25T23:59:59.999Z") },
    });
    expect(parseCompareRange({ a: "2030-01-01", b: "2031-01-01" }, now)).toMatchObject({ isValid: false });
    expect(parseCompareRange({ a: "2026-11-25" }, now)).toMatchObject({ isValid: false, errors: [expect.stringContaining("“Date B”")] });
  });

  it("writes moments back as short as they can be", () => {
    expect(toMomentParam(new Date("2026-11-20T14:30:00.000Z"))).toBe("2026-11-20T14:30");
    expect(toMomentParam(new Date("2026-11-20T14:30:05.000Z"))).toBe("2026-11-20T14:30:05");
    expect(toMomentParam(new Date("2026-11-20T14:30:05.120Z"))).toBe("2026-11-20T14:30:05.120");
  });
});

describe("Markdown escaping", () => {
  it("leaves no link, image, heading, emphasis, HTML or autolink syntax in user text", () => {
    expect(escapeMarkdown("![x](https://e.example) <b>*a*</b>\n# h www.e.example")).toBe(
      "\\!\\[x\\]\\(https\\:\\/\\/e\\.example\\) \\<b\\>\\*a\\*\\<\\/b\\> \\# h www\\.e\\.example",
    );
  });
});
