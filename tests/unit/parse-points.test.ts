import { describe, expect, it } from "vitest";
import { parsePoints } from "@/lib/plan-drafts/parse-points";

describe("parsePoints", () => {
  it("reads '1.' and '2)' numbering and joins wrapped lines of one point", () => {
    const result = parsePoints("1. Ukraine's sovereignty will be\n   confirmed.\n2) A comprehensive non-aggression agreement.\n");
    expect(result.points).toEqual([
      { label: "1", text: "Ukraine's sovereignty will be confirmed." },
      { label: "2", text: "A comprehensive non-aggression agreement." },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("keeps blank lines inside a point as paragraph breaks and ignores blank lines between points", () => {
    const result = parsePoints("\n\n1. First paragraph.\n\nSecond paragraph of point one.\n\n\n2. Next point.\n\n");
    expect(result.points).toEqual([
      { label: "1", text: "First paragraph.\n\nSecond paragraph of point one." },
      { label: "2", text: "Next point." },
    ]);
  });

  it("keeps a preamble apart and accepts odd numbering, with warnings for gaps and repeats", () => {
    const result = parsePoints("Draft framework\nAs discussed.\n(1) One.\n3 - Three.\n3a. Three a.\n2. Two.\n2. Two again.\nPoint 7: Seven.");
    expect(result.preamble).toBe("Draft framework As discussed.");
    expect(result.points.map((point) => point.label)).toEqual(["1", "3", "3a", "2", "2", "7"]);
    expect(result.points.at(-1)?.text).toBe("Seven.");
    expect(result.warnings).toEqual([
      "Numbering jumps from 1 to 3.",
      "Point 2 follows point 3.",
      "Point 2 appears more than once.",
      "Numbering jumps from 2 to 7.",
    ]);
  });

  it("parses Cyrillic text and 'Пункт' numbering, and a number alone on its line", () => {
    const result = parsePoints("Пункт 1. Суверенитет Украины будет подтверждён.\n2)\nУкраїна погоджується\nна нейтральний статус.\n3.1. Підпункт.");
    expect(result.points).toEqual([
      { label: "1", text: "Суверенитет Украины будет подтверждён." },
      { label: "2", text: "Україна погоджується на нейтральний статус." },
      { label: "3.1", text: "Підпункт." },
    ]);
  });

  it("does not take years, decimals or prose for numbering", () => {
    const result = parsePoints("1. Elections within 100 days.\n2025. was a hard year\n1.5 million people returned.\n2. Amnesty.");
    expect(result.points).toEqual([
      { label: "1", text: "Elections within 100 days. 2025. was a hard year 1.5 million people returned." },
      { label: "2", text: "Amnesty." },
    ]);
  });

  it("drops a numbered line with no text at all and says so", () => {
    const result = parsePoints("1. One.\n2.\n3. Three.");
    expect(result.points.map((point) => point.label)).toEqual(["1", "3"]);
    expect(result.warnings).toContain("Point 2 has no text and was left out.");
  });

  it("returns no points for text without numbering", () => {
    expect(parsePoints("Just prose, no numbers.").points).toEqual([]);
  });
});
