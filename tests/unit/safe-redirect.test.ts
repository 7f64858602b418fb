import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectPath } from "@/lib/http/safe-redirect";

const HOSTILE = [
  "//evil.example",
  "///evil.example",
  "/.//evil.example/phish",
  "/./evil.example/../..//evil.example",
  "/..//evil.example",
  "/%2e//evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/\\evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/%09/evil.example",
  "/%0d%0a/evil.example",
  " //evil.example",
  "https://evil.example/",
  "HTTPS://evil.example",
  "http:evil.example",
  "//evil.example@parley.invalid",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "/%",
  "/%E0%A4%A",
  "",
  "/" + "a".repeat(3000),
];

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeRedirectPath("/negotiations/x?status=DEADLOCKED")).toBe("/negotiations/x?status=DEADLOCKED");
    expect(safeRedirectPath("/negotiations/x/issues/y#update-3")).toBe("/negotiations/x/issues/y#update-3");
    expect(safeRedirectPath("/")).toBe("/");
    expect(safeRedirectPath("/sources?q=caf%C3%A9")).toBe("/sources?q=caf%C3%A9");
  });

  it.each(HOSTILE)("refuses %j", (target) => {
    expect(safeRedirectPath(target, "/fallback")).toBe("/fallback");
  });

  it("never yields a target a browser would resolve to another host", () => {
    for (const target of HOSTILE) {
      const result = safeCallbackPath(target);
      expect(new URL(result, "https://parley.example").host, target).toBe("parley.example");
    }
  });

  it("refuses values that are not strings", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(["/a"])).toBe("/");
    expect(safeRedirectPath(42)).toBe("/");
  });
});
