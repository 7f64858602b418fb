import "server-only";
import { db } from "@/lib/db/client";
import { textDiff, type DiffSegment } from "./text-diff";

/**
 * Every check of a source, newest first; a check that kept new text carries the word diff against
 * the copy before it.
 */
export async function getSourceChecks(sourceId: string) {
  const checks = await db().sourceCheck.findMany({
    where: { sourceId },
    orderBy: [{ checkedAt: "asc" }, { id: "asc" }],
    include: { checkedBy: { select: { name: true } } },
  });
  let previousText: string | null = null;
  const withDiffs = checks.map((check) => {
    let diff: DiffSegment[] | null = null;
    if (check.text !== null) {
      if (previousText !== null && check.outcome !== "CAPTURED") diff = textDiff(previousText, check.text);
      previousText = check.text;
    }
    return { ...check, diff };
  });
  const latestCopy = [...checks].reverse().find((check) => check.text !== null) ?? null;
  return { checks: withDiffs.reverse(), latestCopy };
}

export type SourceChecks = Awaited<ReturnType<typeof getSourceChecks>>;
