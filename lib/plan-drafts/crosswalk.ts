// Pure: matches the points of two plan drafts by text similarity, with an analyst's corrections
// taking precedence, and classifies each as same, changed, dropped or new.

export interface CrosswalkPoint {
  id: string;
  ordinal: number;
  label: string;
  text: string;
}

export type MatchKind = "same" | "changed" | "dropped" | "new";

export interface CrosswalkRow {
  kind: MatchKind;
  left?: CrosswalkPoint;
  right?: CrosswalkPoint;
  /** Word overlap of the two texts, 0–1 (1 for identical words); absent for dropped and new. */
  similarity?: number;
  /** Set when an analyst fixed this pairing (or its absence) by hand. */
  isManual: boolean;
}

/** Below this word overlap, two points are not taken to be versions of one another. */
export const MATCH_THRESHOLD = 0.35;

/** Words of three or more letters or digits, lower-cased, in any script. */
export function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 2));
}

/** Dice coefficient of the two texts' word sets: 2·shared / (a + b). */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The cross-walk of two drafts. `overrides` maps a left point's id to its right counterpart's id,
 * or to null for "no counterpart"; the rest are paired greedily, most similar first.
 */
export function crosswalk(left: CrosswalkPoint[], right: CrosswalkPoint[], overrides: Map<string, string | null> = new Map()): CrosswalkRow[] {
  const rightById = new Map(right.map((point) => [point.id, point]));
  const pairOf = new Map<string, { right: CrosswalkPoint | null; isManual: boolean }>();
  const claimed = new Set<string>();
  for (const point of left) {
    if (!overrides.has(point.id)) continue;
    const target = overrides.get(point.id);
    const counterpart = target ? rightById.get(target) : undefined;
    // A correction to a point no longer in the right draft is ignored, not trusted.
    if (target && (!counterpart || claimed.has(counterpart.id))) continue;
    pairOf.set(point.id, { right: counterpart ?? null, isManual: true });
    if (counterpart) claimed.add(counterpart.id);
  }
  const candidates: { left: CrosswalkPoint; right: CrosswalkPoint; score: number }[] = [];
  for (const l of left) {
    if (pairOf.has(l.id)) continue;
    for (const r of right) {
      if (claimed.has(r.id)) continue;
      const score = similarity(l.text, r.text);
      if (score >= MATCH_THRESHOLD) candidates.push({ left: l, right: r, score });
    }
  }
  // Most similar first; on a tie, the pair whose positions in the drafts are closest.
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.left.ordinal - a.right.ordinal) - Math.abs(b.left.ordinal - b.right.ordinal));
  for (const candidate of candidates) {
    if (pairOf.has(candidate.left.id) || claimed.has(candidate.right.id)) continue;
    pairOf.set(candidate.left.id, { right: candidate.right, isManual: false });
    claimed.add(candidate.right.id);
  }

  const rows: (CrosswalkRow & { key: [number, number] })[] = [];
  let lastRightOrdinal = 0;
  for (const l of [...left].sort((a, b) => a.ordinal - b.ordinal)) {
    const pair = pairOf.get(l.id);
    if (pair?.right) {
      const score = similarity(l.text, pair.right.text);
      const kind = normalized(l.text) === normalized(pair.right.text) ? "same" : "changed";
      rows.push({ kind, left: l, right: pair.right, similarity: score, isManual: pair.isManual, key: [pair.right.ordinal, l.ordinal] });
      lastRightOrdinal = Math.max(lastRightOrdinal, pair.right.ordinal);
    } else {
      // A dropped point follows the furthest point of the newer draft reached so far.
      rows.push({ kind: "dropped", left: l, isManual: pair?.isManual ?? false, key: [lastRightOrdinal + 0.5, l.ordinal] });
    }
  }
  for (const r of right) {
    if (!claimed.has(r.id)) rows.push({ kind: "new", right: r, isManual: false, key: [r.ordinal, 0] });
  }
  return rows.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]).map(({ key: _key, ...row }) => row);
}
