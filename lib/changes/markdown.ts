// The digest as Markdown for pasting into a briefing. Pure. Every piece of user text is escaped, so
// a note cannot add links, headings, emphasis or HTML to the briefing it is pasted into.
import { formatDay } from "@/lib/format";
import { statusLabel } from "@/lib/statuses";
import type { ChangeDigest, DigestEntry } from "@/lib/changes/digest";

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them) and folds line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`)
    .trim();
}

/** `2026-11-20 14:30 UTC`: briefings are read in other zones, so the zone is always named. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const KIND_LABEL: Record<DigestEntry["kind"], string> = { new: "New update", edited: "Edited", deleted: "Deleted" };

/** Plain text (for an Atom feed, whose text content needs no Markdown escaping): line breaks folded only. */
const plain = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

function entryLine(entry: DigestEntry, escape: (text: string) => string): string[] {
  const status = entry.statusChange ? ` — status ${statusLabel(entry.statusChange.from)} → ${statusLabel(entry.statusChange.to)}` : "";
  const by = entry.author ? ` (${escape(entry.author)})` : "";
  const lines = [`- **${KIND_LABEL[entry.kind]}** ${formatDay(entry.occurredAt)}${status}${by}: ${escape(entry.summary)}`];
  if (entry.before && entry.before.summary !== entry.summary) lines.push(`  - Before: ${escape(entry.before.summary)}`);
  for (const source of entry.sources) lines.push(`  - Source: ${escape([source.outlet, source.title].filter(Boolean).join(": "))} <${encodeURI(source.url)}>`);
  return lines;
}

export function digestToMarkdown(digest: ChangeDigest, title: string, options: { isPlainText?: boolean } = {}): string {
  const escape = options.isPlainText ? plain : escapeMarkdown;
  const lines = [`# What changed: ${escape(title)}`, "", `${formatUtc(digest.from)} to ${formatUtc(digest.to)}`, ""];
  if (digest.issues.length === 0) lines.push("Nothing changed in this range.", "");
  for (const issue of digest.issues) {
    lines.push(`## ${escape(issue.title)}`, "");
    if (issue.isNew) lines.push(`- **New issue**, status ${statusLabel(issue.statusAtTo)}`);
    else if (issue.isStatusChanged && issue.statusAtFrom) lines.push(`- **Status** ${statusLabel(issue.statusAtFrom)} → ${statusLabel(issue.statusAtTo)}`);
    for (const entry of issue.entries) lines.push(...entryLine(entry, escape));
    for (const source of issue.newSources)
      lines.push(`- **New source** ${escape([source.outlet, source.title].filter(Boolean).join(": "))} <${encodeURI(source.url)}>`);
    lines.push("");
  }
  return lines.join("\n");
}
