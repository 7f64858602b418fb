import "server-only";
import { db } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { parseRevisionSources, type RevisionSource } from "@/lib/timeline/schemas";

/** What an update said at a past moment, when it has been edited since. */
export interface RevisionAsOf {
  summary: string;
  occurredAt: Date;
  toStatus: IssueStatus | null;
  sources: RevisionSource[];
  /** Whether that text was itself an edit (so the entry showed "edited" then too). */
  wasEditedBefore: boolean;
}

/**
 * For updates edited after `asOf`, the revision that holds what they said at `asOf`: the first
 * version replaced after that moment. One query for any number of updates.
 */
export async function revisionsAsOf(updates: { id: string; editedAt: Date | null }[], asOf: Date): Promise<Map<string, RevisionAsOf>> {
  const editedLater = updates.filter((update) => update.editedAt && update.editedAt > asOf).map((update) => update.id);
  const byUpdate = new Map<string, RevisionAsOf>();
  if (editedLater.length === 0) return byUpdate;
  const revisions = await db().updateRevision.findMany({
    where: { updateId: { in: editedLater }, replacedAt: { gt: asOf } },
    orderBy: [{ updateId: "asc" }, { version: "asc" }],
  });
  for (const revision of revisions) {
    if (byUpdate.has(revision.updateId)) continue;
    byUpdate.set(revision.updateId, {
      summary: revision.summary,
      occurredAt: revision.occurredAt,
      toStatus: revision.toStatus,
      sources: parseRevisionSources(revision.sources),
      wasEditedBefore: revision.version > 1,
    });
  }
  return byUpdate;
}
