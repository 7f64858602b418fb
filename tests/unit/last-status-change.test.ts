import { describe, expect, it } from "vitest";
import { lastStatusChangeAt } from "@/lib/timeline/last-status-change";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("lastStatusChangeAt", () => {
  it("is the date the current status began, not the last update", () => {
    expect(
      lastStatusChangeAt([
        { occurredAt: at("2025-11-01"), toStatus: "UNDER_DISCUSSION" },
        { occurredAt: at("2025-11-20"), toStatus: "CONVERGING" },
        // Repeats the status: no change.
        { occurredAt: at("2025-11-28"), toStatus: "CONVERGING" },
      ]),
    ).toEqual(at("2025-11-20"));
  });

  it("is null for an issue whose status never moved", () => {
    expect(lastStatusChangeAt([])).toBeNull();
  });
});
