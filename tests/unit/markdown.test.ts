import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, markdownElements } from "@/components/markdown";

const html = (text: string) => renderToStaticMarkup(Markdown({ children: text }));

describe("Markdown", () => {
  it("renders the same text the same way the second time (from what it kept)", () => {
    const text = "**memorandum** on [guarantees](https://example.org/a)";
    const first = html(text);
    expect(first).toBe(
      '<div class="prose-entry"><p><strong>memorandum</strong> on <a href="https://example.org/a" rel="noopener noreferrer nofollow" target="_blank">guarantees</a></p></div>',
    );
    expect(html(text)).toBe(first);
  });

  it("parses a text once, and a text too long to keep every time", () => {
    expect(markdownElements("kept *once*")).toBe(markdownElements("kept *once*"));
    const long = "x".repeat(20_001);
    expect(markdownElements(long)).not.toBe(markdownElements(long));
  });

  it("keeps different texts apart", () => {
    expect(html("one *a*")).toContain("<em>a</em>");
    expect(html("one **a**")).toContain("<strong>a</strong>");
  });

  it("still drops raw HTML and script links when a text is shown again", () => {
    const text = "<script>alert(1)</script> [x](javascript:alert(1)) ![i](https://example.org/i.png)";
    for (let round = 0; round < 2; round++) {
      const out = html(text);
      expect(out).not.toContain("<script");
      expect(out).not.toContain("javascript:");
      expect(out).not.toContain("<img");
    }
  });

  it("renders a text too long to keep", () => {
    const long = `${"word ".repeat(5_000)}**end**`;
    expect(html(long)).toContain("<strong>end</strong>");
  });
});
