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

function entryLine(entry: DigestEntry): string[] {
  const status = entry.statusChange ? ` — status ${statusLabel(entry.statusChange.from)} → ${statusLabel(entry.statusChange.to)}` : "";
  const by = entry.author ? ` (${escapeMarkdown(entry.author)})` : "";
  const lines = [`- **${KIND_LABEL[entry.kind]}** ${formatDay(entry.occurredAt)}${status}${by}: ${escapeMarkdown(entry.summary)}`];
  if (entry.before && entry.before.summary !== entry.summary) lines.push(`  - Before: ${escapeMarkdown(entry.before.summary)}`);
  for (const source of entry.sources)
    lines.push(`  - Source: ${escapeMarkdown([source.outlet, source.title].filter(Boolean).join(": "))} <${encodeURI(source.url)}>`);
  return lines;
}

export function digestToMarkdown(digest: ChangeDigest, title: string): string {
  const lines = [`# What changed: ${escapeMarkdown(title)}`, "", `${formatUtc(digest.from)} to ${formatUtc(digest.to)}`, ""];
  if (digest.issues.length === 0) lines.push("Nothing changed in this range.", "");
  for (const issue of digest.issues) {
    lines.push(`## ${escapeMarkdown(issue.title)}`, "");
    if (issue.isNew) lines.push(`- **New issue**, status ${statusLabel(issue.statusAtTo)}`);
    else if (issue.isStatusChanged && issue.statusAtFrom) lines.push(`- **Status** ${statusLabel(issue.statusAtFrom)} → ${statusLabel(issue.statusAtTo)}`);
    for (const entry of issue.entries) lines.push(...entryLine(entry));
    for (const source of issue.newSources)
      lines.push(`- **New source** ${escapeMarkdown([source.outlet, source.title].filter(Boolean).join(": "))} <${encodeURI(source.url)}>`);
    lines.push("");
  }
  return lines.join("\n");
}
