/** Builds an Atom 1.0 document (RFC 4287). Pure, so its output is easy to check. */

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  link: string;
  author?: string;
  /** Plain text; escaped here. */
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  selfLink: string;
  alternateLink: string;
  author: string;
  entries: AtomEntry[];
}

export function escapeXml(text: string): string {
  return (
    text
      // What XML 1.0 forbids: lone surrogates (become U+FFFD), C0 controls but tab/LF/CR, U+FFFE, U+FFFF.
      .toWellFormed()
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export function buildAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateLink)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    "  <generator>Parley</generator>",
  ];
  for (const entry of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      ...(entry.published ? [`    <published>${entry.published.toISOString()}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.author ? [`    <author><name>${escapeXml(entry.author)}</name></author>`] : []),
      `    <content type="text">${escapeXml(entry.content)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
