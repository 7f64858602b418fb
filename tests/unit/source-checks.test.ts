import { describe, expect, it } from "vitest";
import { classifyCheck } from "@/lib/sources/checks/classify-check";
import { readableCopy } from "@/lib/sources/checks/readable-text";
import { hasChanges, textDiff } from "@/lib/sources/checks/text-diff";
import type { FetchedPage } from "@/lib/sources/fetch-page/fetch-page";

const page = (finalUrl: string): FetchedPage => ({
  ok: true,
  requestedUrl: finalUrl,
  finalUrl,
  redirects: [],
  status: 200,
  contentType: "text/html",
  body: "",
  fetchedAt: new Date(),
});
const copy = (text: string) => readableCopy(text, "text/plain");

describe("classifyCheck", () => {
  const baseline = { contentHash: copy("one").contentHash, finalUrl: "https://example.org/a" };

  it("keeps the first copy", () => {
    expect(classifyCheck(null, page("https://example.org/a"), copy("one"))).toMatchObject({ outcome: "CAPTURED", text: "one" });
  });
  it("sees the same text as unchanged and keeps no second copy", () => {
    const record = classifyCheck(baseline, page("https://example.org/a"), copy("one"));
    expect(record.outcome).toBe("UNCHANGED");
    expect(record.text).toBeUndefined();
  });
  it("keeps changed text", () => {
    expect(classifyCheck(baseline, page("https://example.org/a"), copy("two"))).toMatchObject({ outcome: "CHANGED", text: "two" });
  });
  it("calls a new address moved, but not a mere http→https or tracking-parameter difference", () => {
    expect(classifyCheck(baseline, page("https://example.org/b"), copy("one"))).toMatchObject({ outcome: "MOVED" });
    expect(classifyCheck(baseline, page("http://www.example.org/a?utm_source=x"), copy("one")).outcome).toBe("UNCHANGED");
  });
  it("calls 404 and 410 gone, other failures failed", () => {
    expect(classifyCheck(baseline, { ok: false, code: "http-error", status: 404, message: "404" }, null).outcome).toBe("GONE");
    expect(classifyCheck(baseline, { ok: false, code: "http-error", status: 503, message: "503" }, null).outcome).toBe("FAILED");
    expect(classifyCheck(baseline, { ok: false, code: "timeout", message: "slow" }, null).outcome).toBe("FAILED");
  });
});

describe("textDiff", () => {
  it("marks added and removed words", () => {
    const segments = textDiff("the talks were productive", "the talks were difficult");
    expect(segments.filter((s) => s.kind === "removed").map((s) => s.text.trim())).toEqual(["productive"]);
    expect(segments.filter((s) => s.kind === "added").map((s) => s.text.trim())).toEqual(["difficult"]);
    expect(hasChanges(textDiff("same", "same"))).toBe(false);
  });
  it("cuts long unchanged stretches down to context", () => {
    const long = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    const segments = textDiff(`${long} end`, `${long} finish`);
    const same = segments.find((s) => s.kind === "same")!;
    expect(same.text.length).toBeLessThan(long.length / 2);
    expect(same.text).toContain("w499");
  });
});
