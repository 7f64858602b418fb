import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deriveIssueReadModel } from "@/lib/timeline/issue-read-model";
import { INITIAL_STATUS } from "@/lib/timeline/status";
import { STATUSES, type IssueStatus } from "@/lib/statuses";

/** One maintained value that does not match what the issue's timeline says. */
export interface ReadModelDisagreement {
  issueId: string;
  field: string;
  stored: string;
  derived: string;
}

/** A stored { status: ms } object with its keys in the order of STATUSES (anything else kept last, so it shows). */
function inStatusOrder(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  const rank = (key: string) => (STATUSES.includes(key as IssueStatus) ? STATUSES.indexOf(key as IssueStatus) : STATUSES.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1)));
}

const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null));

/**
 * Recomputes each issue's maintained values from its updates and lists every one that differs from
 * what is stored: status, counts, last update, status since, segments, the time in each status and
 * number of changes, and each change's "from" status. Empty when the write path kept them all. One issue at a time, so any database size fits.
 */
export async function checkIssueReadModels(client: PrismaClient, issueIds?: string[]): Promise<ReadModelDisagreement[]> {
  const ids = issueIds ?? (await client.issue.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((issue) => issue.id);
  const disagreements: ReadModelDisagreement[] = [];
  for (const issueId of ids) {
    // The stored values and the timeline are read from one snapshot: on a live database a write
    // committing between the reads would otherwise look like a disagreement.
    const read = await client.$transaction(
      async (tx) => ({
        issue: await tx.issue.findUnique({ where: { id: issueId } }),
        segments: await tx.issueStatusSegment.findMany({ where: { issueId }, orderBy: { fromAt: "asc" }, select: { status: true, fromAt: true, toAt: true } }),
        derived: await deriveIssueReadModel(tx, issueId),
      }),
      { isolationLevel: "RepeatableRead", timeout: 120_000 },
    );
    // Deleted since the list was read.
    if (!read.issue) continue;
    const { issue, segments, derived } = read;
    const compare = (field: string, stored: unknown, expected: unknown) => {
      if (shown(stored) !== shown(expected)) disagreements.push({ issueId, field, stored: shown(stored), derived: shown(expected) });
    };
    compare("status", issue.status, derived.status);
    compare("updateCount", issue.updateCount, derived.updateCount);
    compare("sourceCount", issue.sourceCount, derived.sourceCount);
    compare("lastUpdateAt", issue.lastUpdateAt, derived.lastUpdateAt);
    compare("statusSince", issue.statusSince, derived.statusSince);
    compare("statusSegments", segments, derived.segments);
    compare("statusChangeCount", issue.statusChangeCount, derived.statusChangeCount);
    // jsonb keeps its own key order: compared by status, in the order of STATUSES.
    compare("closedStatusMs", inStatusOrder(issue.closedStatusMs), derived.closedStatusMs);
    for (const change of derived.changes) compare(`fromStatus of ${change.id}`, change.fromStatus, derived.fromStatus.get(change.id) ?? INITIAL_STATUS);
  }
  return disagreements;
}
