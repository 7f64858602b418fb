import { describe, expect, it } from "vitest";
import { crosswalk, similarity, type CrosswalkPoint } from "@/lib/plan-drafts/crosswalk";

const points = (side: string, texts: string[]): CrosswalkPoint[] =>
  texts.map((text, index) => ({ id: `${side}${index + 1}`, ordinal: index + 1, label: String(index + 1), text }));

const summary = (rows: ReturnType<typeof crosswalk>) =>
  rows.map((row) => `${row.left?.id ?? "-"}→${row.right?.id ?? "-"} ${row.kind}${row.isManual ? " (manual)" : ""}`);

describe("similarity", () => {
  it("is 1 for the same words, 0 for none shared, in between otherwise, in any script", () => {
    expect(similarity("Ukraine will not join NATO.", "ukraine  will NOT join nato")).toBe(1);
    expect(similarity("Elections within 100 days.", "Frozen assets fund reconstruction.")).toBe(0);
    expect(similarity("Украина не вступит в НАТО", "Украина не вступит в альянс")).toBeCloseTo(2 / 3);
  });
});

describe("crosswalk", () => {
  const left = points("a", [
    "Ukraine's sovereignty will be confirmed.",
    "Ukraine agrees to enshrine in its constitution that it will not join NATO.",
    "Elections will be held in Ukraine within 100 days of signing.",
    "Frozen Russian assets will fund reconstruction.",
  ]);
  const right = points("b", [
    "Ukraine's sovereignty will be confirmed.",
    "Elections will be held in Ukraine as soon as possible after signing.",
    "Ukraine will not join NATO; its constitution will say so.",
    "A joint security council will review compliance.",
  ]);

  it("pairs same and changed points, marks dropped and new ones, ordered along the newer draft", () => {
    expect(summary(crosswalk(left, right))).toEqual(["a1→b1 same", "a3→b2 changed", "a2→b3 changed", "a4→- dropped", "-→b4 new"]);
  });

  it("lets an analyst's correction override the automatic match, both a pairing and 'no counterpart'", () => {
    const rows = crosswalk(
      left,
      right,
      new Map<string, string | null>([
        ["a4", "b4"],
        ["a3", null],
      ]),
    );
    expect(summary(rows)).toEqual(["a1→b1 same", "-→b2 new", "a2→b3 changed", "a3→- dropped (manual)", "a4→b4 changed (manual)"]);
  });

  it("ignores a correction that points at a point no longer in the other draft", () => {
    expect(summary(crosswalk(left, right, new Map([["a1", "gone"]])))[0]).toBe("a1→b1 same");
  });
});
