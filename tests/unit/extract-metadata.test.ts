import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "@/lib/sources/fetch-page/extract-metadata";

const page = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/pages", name), "utf8");

describe("extractMetadata", () => {
  it("prefers JSON-LD NewsArticle (inside @graph) over OpenGraph and meta tags", () => {
    expect(extractMetadata(page("wsj-newsarticle.html"), "https://www.wsj.com/x?mod=hp")).toEqual({
      title: "U.S. and Ukraine Hold Talks in Hallandale Beach",
      outlet: "The Wall Street Journal",
      author: "Alan Cullison, Alexander Ward",
      publishedAt: "2025-11-30",
      language: "en-us",
      canonicalUrl: "https://www.wsj.com/world/us-ukraine-talks-florida",
      kind: "ARTICLE",
    });
  });

  it("falls back to OpenGraph, meta author and og:locale; ignores broken JSON-LD", () => {
    expect(extractMetadata(page("og-only.html"), "https://russian.rt.com/world/1")).toEqual({
      title: "Ушаков: Москва ждёт итогов встречи во Флориде",
      outlet: "RT на русском",
      author: "Редакция RT",
      publishedAt: "2025-12-01",
      language: "ru",
      kind: "ARTICLE",
    });
  });

  it("reads a Telegram post page as a social post by its channel", () => {
    expect(extractMetadata(page("telegram-post.html"), "https://t.me/rybar/75123?single")).toEqual({
      title: "Переговоры в Майами: что известно на утро 1 декабря.",
      outlet: "Рыбарь",
      author: "Рыбарь",
      publishedAt: "2025-12-01",
      canonicalUrl: "https://t.me/rybar/75123",
      kind: "SOCIAL_POST",
    });
  });

  it("uses <title> and resolves a relative canonical link when nothing else is there", () => {
    const html = `<html><head><title>  Plain   page </title><link rel="canonical" href="/a/b"></head><body></body></html>`;
    expect(extractMetadata(html, "https://example.org/a/b?x=1")).toEqual({ title: "Plain page", canonicalUrl: "https://example.org/a/b", kind: "ARTICLE" });
  });

  it("never takes a javascript: canonical link and never runs scripts", () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><script>globalThis.ran = true</script><title>t</title></head></html>`;
    const metadata = extractMetadata(html, "https://example.org/");
    expect(metadata.canonicalUrl).toBeUndefined();
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});
