import { describe, expect, it } from "vitest";
import type { UpdateVersion } from "@/lib/timeline/update-history";
import { hasChanges, versionChanges } from "@/lib/updates/version-changes";

const version = (overrides: Partial<UpdateVersion>): UpdateVersion => ({
  version: 1,
  isCurrent: false,
  summary: "Talks resume in Geneva on Monday.",
  occurredAt: new Date("2025-12-01T00:00:00Z"),
  toStatus: null,
  sources: [{ sourceId: "s1", title: "Reuters", quote: "Geneva on Monday." }],
  writtenBy: "Ana",
  writtenAt: new Date("2025-12-02T10:00:00Z"),
  ...overrides,
});

describe("versionChanges", () => {
  it("marks the words an edit added and removed, keeping the rest", () => {
    const changes = versionChanges(version({}), version({ version: 2, summary: "Talks resume in Riyadh on Monday." }));
    expect(changes.summary).toEqual([
      { text: "Talks resume in ", kind: "same" },
      { text: "Geneva", kind: "removed" },
      { text: "Riyadh", kind: "added" },
      { text: " on Monday.", kind: "same" },
    ]);
    expect(changes.occurredAt).toBeNull();
    expect(changes.status).toBeNull();
  });

  it("reports date, status, sources added and removed, and changed quotes", () => {
    const older = version({});
    const newer = version({
      version: 2,
      occurredAt: new Date("2025-12-03T00:00:00Z"),
      toStatus: "CONVERGING",
      sources: [
        { sourceId: "s1", title: "Reuters", quote: "Geneva on Tuesday." },
        { sourceId: "s2", title: "AFP", quote: null },
      ],
    });
    const changes = versionChanges(older, newer);
    expect(changes.summary).toBeNull();
    expect(changes.occurredAt).toEqual({ from: older.occurredAt, to: newer.occurredAt });
    expect(changes.status).toEqual({ from: null, to: "CONVERGING" });
    expect(changes.sourcesAdded).toEqual(["AFP"]);
    expect(changes.sourcesRemoved).toEqual([]);
    expect(changes.quotes).toEqual([
      {
        title: "Reuters",
        changes: [
          { text: "Geneva on ", kind: "same" },
          { text: "Monday", kind: "removed" },
          { text: "Tuesday", kind: "added" },
          { text: ".", kind: "same" },
        ],
      },
    ]);
    expect(versionChanges(newer, older).sourcesRemoved).toEqual(["AFP"]);
  });

  it("finds nothing when a version was saved unchanged", () => {
    expect(hasChanges(versionChanges(version({}), version({ version: 2 })))).toBe(false);
  });
});
