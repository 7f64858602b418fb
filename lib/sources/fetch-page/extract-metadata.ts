import { parseHTML } from "linkedom";

export type PageMetadata = {
  title?: string;
  outlet?: string;
  author?: string;
  /** Calendar date (YYYY-MM-DD) the page says it was published. */
  publishedAt?: string;
  language?: string;
  canonicalUrl?: string;
  kind?: "ARTICLE" | "SOCIAL_POST";
};

type Json = Record<string, unknown>;
const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BlogPosting",
  "OpinionNewsArticle",
  "LiveBlogPosting",
  "WebPage",
]);

/**
 * Reads a page's own description of itself, most specific first: JSON-LD NewsArticle, then
 * OpenGraph / article: tags, then plain <meta>, <link rel=canonical>, <html lang> and <title>.
 * Telegram post pages (t.me/channel/123) are recognised as social posts by the channel.
 */
export function extractMetadata(html: string, pageUrl: string): PageMetadata {
  const { document } = parseHTML(html);
  const meta = (key: string) => {
    for (const element of document.querySelectorAll("meta")) {
      const name = element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop");
      if (name?.toLowerCase() === key) {
        const content = clean(element.getAttribute("content"));
        if (content) return content;
      }
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const canonical = absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute("href"), pageUrl) ?? absoluteUrl(meta("og:url"), pageUrl);
  const language = languageCode(document.documentElement?.getAttribute("lang") ?? meta("og:locale") ?? ld?.inLanguage);

  const telegram = telegramPost(canonical ?? pageUrl);
  if (telegram) {
    return compact({
      title: meta("og:description")?.slice(0, 300) ?? meta("og:title"),
      outlet: meta("og:title") ?? `@${telegram.channel}`,
      author: meta("og:title"),
      publishedAt: date(document.querySelector("time[datetime]")?.getAttribute("datetime")),
      language,
      canonicalUrl: `https://t.me/${telegram.channel}/${telegram.post}`,
      kind: "SOCIAL_POST",
    });
  }

  return compact({
    title: text(ld?.headline) ?? meta("og:title") ?? meta("twitter:title") ?? clean(document.querySelector("title")?.textContent),
    outlet: name(ld?.publisher) ?? meta("og:site_name") ?? meta("application-name"),
    author: names(ld?.author) ?? meta("author") ?? meta("article:author") ?? meta("parsely-author") ?? meta("sailthru.author"),
    publishedAt: date(
      text(ld?.datePublished) ??
        meta("article:published_time") ??
        meta("datepublished") ??
        meta("date") ??
        meta("dc.date") ??
        document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ),
    language,
    canonicalUrl: canonical,
    kind: "ARTICLE",
  });
}

function jsonLdArticle(document: ReturnType<typeof parseHTML>["document"]): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = flatten(parsed).find((node) => types(node).some((type) => ARTICLE_TYPES.has(type) && type !== "WebPage"));
    if (found) return found;
  }
  return undefined;
}

function flatten(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === "object") {
    const node = value as Json;
    return [node, ...flatten(node["@graph"])];
  }
  return [];
}

function types(node: Json): string[] {
  const type = node["@type"];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : typeof type === "string" ? [type] : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? clean(value) : undefined;
}

function name(value: unknown): string | undefined {
  if (Array.isArray(value)) return name(value[0]);
  if (typeof value === "string") return clean(value);
  if (value && typeof value === "object") return text((value as Json).name);
  return undefined;
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(name).filter((n): n is string => Boolean(n));
  return list.length > 0 ? list.join(", ").slice(0, 200) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed || undefined;
}

function date(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function languageCode(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  // "en_US" (OpenGraph) and "en-US" both become "en-us"; the form keeps region subtags.
  const code = value.trim().replace(/_/g, "-").toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code) ? code : undefined;
}

function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function telegramPost(url: string): { channel: string; post: string } | null {
  try {
    const parsed = new URL(url);
    if (!["t.me", "telegram.me"].includes(parsed.hostname.replace(/^www\./, ""))) return null;
    const match = /^\/(?:s\/)?([A-Za-z0-9_]{4,32})\/(\d+)\/?$/.exec(parsed.pathname);
    return match ? { channel: match[1]!, post: match[2]! } : null;
  } catch {
    return null;
  }
}

function compact(metadata: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined));
}
