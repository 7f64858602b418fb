import { describe, expect, it } from "vitest";
import { excerpt, highlight, markdownToPlainText } from "@/lib/search/highlight";
import { parseQuery } from "@/lib/search/query-syntax";

describe("search syntax", () => {
  it("splits words, quoted phrases and exclusions, lower-cased", () => {
    expect(parseQuery(`Élysée "security  guarantees" -draft ГАРАНТІЇ`)).toEqual({
      words: ["élysée", "гарантії"],
      phrases: [["security", "guarantees"]],
      excluded: ["draft"],
    });
  });

  it("keeps tsquery operators and quotes out of the words", () => {
    const parsed = parseQuery(`a:*&b|!c' <-> "unclosed`);
    expect(parsed).toEqual({ words: ["a", "b", "c", "unclosed"], phrases: [], excluded: [] });
  });

  it("ignores a lone minus and the OR keyword", () => {
    expect(parseQuery("- OR truce")).toEqual({ words: ["truce"], phrases: [], excluded: [] });
  });
});

describe("highlighting", () => {
  it("marks prefixes, inflections and typos, and keeps markup as plain text", () => {
    const segments = highlight(`<img src=x onerror=alert(1)> гарантій for Zelensky`, parseQuery("гарантії zelenskyy img"));
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["img", "гарантій", "Zelensky"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(`<img src=x onerror=alert(1)> гарантій for Zelensky`);
  });

  it("cuts a long text around its first match", () => {
    const text = `${"filler ".repeat(100)}referendum ${"tail ".repeat(100)}`;
    const cut = excerpt(text, parseQuery("referendum"), 120);
    expect(cut).toContain("referendum");
    expect(cut.startsWith("… ")).toBe(true);
    expect(cut.length).toBeLessThan(130);
  });

  it("shows Markdown notes as their words", () => {
    expect(markdownToPlainText("**Bold** and [a link](https://x.org) `code`")).toBe("Bold and a link code");
  });
});
