import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/negotiations/x?status=DEADLOCKED")).toBe("/negotiations/x?status=DEADLOCKED");
    expect(safeCallbackPath(undefined)).toBe("/");
  });

  it("refuses anything a browser would send to another host", () => {
    for (const evil of ["//evil.com", "/\\evil.com", "/\t/evil.com", "https://evil.com/", "javascript:alert(1)", "evil.com", "/%5Cevil.com"]) {
      const result = safeCallbackPath(evil);
      expect(new URL(result, "https://parley.example").host, evil).toBe("parley.example");
    }
  });
});
