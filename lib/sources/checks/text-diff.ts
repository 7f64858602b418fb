import { diffWords } from "diff";

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

const CONTEXT_WORDS = 25;

/**
 * Word-level differences between two copies of an article. Long unchanged stretches are cut to a
 * few words either side of a change, so a one-word edit in a long article is easy to find.
 */
export function textDiff(before: string, after: string): DiffSegment[] {
  const parts = diffWords(before, after);
  return parts.map((part, index): DiffSegment => {
    if (part.added) return { kind: "added", text: part.value };
    if (part.removed) return { kind: "removed", text: part.value };
    return { kind: "same", text: elide(part.value, index > 0, index < parts.length - 1) };
  });
}

export function hasChanges(segments: DiffSegment[]) {
  return segments.some((segment) => segment.kind !== "same");
}

function elide(text: string, hasChangeBefore: boolean, hasChangeAfter: boolean) {
  const words = text.split(/(\s+)/);
  const limit = CONTEXT_WORDS * 2;
  if (words.length <= limit * 2) return text;
  const head = hasChangeBefore ? words.slice(0, limit).join("") : "";
  const tail = hasChangeAfter ? words.slice(-limit).join("") : "";
  return `${head} … ${tail}`;
}
