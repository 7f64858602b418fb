import { createHash } from "node:crypto";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type ReadableCopy = { title?: string; text: string; contentHash: string };

/**
 * The article's main text, as Mozilla Readability (Firefox's reader view) finds it, one paragraph
 * per line. Plain-text pages are kept as they are. Scripts never run: linkedom only parses.
 */
export function readableCopy(body: string, contentType: string): ReadableCopy {
  if (contentType.startsWith("text/plain")) return withHash(undefined, body);
  const { document } = parseHTML(body);
  const article = new Readability(document, { charThreshold: 100 }).parse();
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks = [...content.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td")]
      // Nested blocks (a <p> inside an <li>) would be counted twice; keep the innermost.
      .filter((element) => !element.querySelector("p, li, blockquote, pre"))
      .map((element) => normalise(element.textContent ?? ""));
    const text = blocks.filter(Boolean).join("\n\n");
    return withHash(article.title ?? undefined, text || normalise(article.textContent ?? ""));
  }
  const { document: fallback } = parseHTML(body);
  fallback.querySelectorAll("script, style, noscript, template").forEach((element) => element.remove());
  return withHash(fallback.querySelector("title")?.textContent ?? undefined, normalise(fallback.body?.textContent ?? ""));
}

function withHash(title: string | undefined, text: string): ReadableCopy {
  const clean = text.replace(/\r\n?/g, "\n").trim();
  return { title: title ? normalise(title) : undefined, text: clean, contentHash: createHash("sha256").update(clean).digest("hex") };
}

function normalise(value: string) {
  return value
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, " ")
    .trim();
}
