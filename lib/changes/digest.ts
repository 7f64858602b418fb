import "server-only";
import { db } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { asTheyRead, timelineInclude, type TimelineEntry } from "@/lib/timeline/entries";
import { revisionsAsOf } from "@/lib/timeline/revisions";
import { deriveStatuses, type OrderedStatusChange } from "@/lib/timeline/status";
import { statusChangesByIssue } from "@/lib/timeline/status-changes";

/**
 * What changed in a negotiation (or one issue) between two moments, read with the timeline's own
 * as-of rules (lib/timeline): the state at `from` and at `to` are each what a frozen share link made
 * then would show — later edits read back from their revisions, later deletions still there,
 * statuses re-derived. The range is (from, to]: something logged exactly at `from` was already
 * there at `from`, so it is not new.
 */
export interface DigestScope {
  negotiationId: string;
  /** Only this issue (an issue share link). */
  issueId?: string | null;
  /** What `to` may not exceed (a frozen share link's moment). */
  notAfter?: Date;
  /** Issue titles as a frozen share link recorded them. */
  issueTitles?: Record<string, { title: string }>;
  hideAuthors?: boolean;
}

export type EntryKind = "new" | "edited" | "deleted";

export interface DigestEntry {
  kind: EntryKind;
  updateId: string;
  /** As it read at `to` (for a deletion: as it read when deleted). */
  summary: string;
  occurredAt: Date;
  loggedAt: Date;
  /** When the edit or deletion happened; for a new entry, when it was logged. */
  changedAt: Date;
  author: string | null;
  /** The status change it carries at `to`, with the status before it then. */
  statusChange: { from: IssueStatus; to: IssueStatus } | null;
  /** For an edit: what it said at `from`. */
  before: { summary: string; occurredAt: Date; toStatus: IssueStatus | null } | null;
  editCount: number;
  sources: { id: string; title: string; url: string; outlet: string | null }[];
}

export interface IssueStatusAt {
  issueId: string;
  slug: string;
  title: string;
  /** null: the issue did not exist yet. */
  statusAtFrom: IssueStatus | null;
  statusAtTo: IssueStatus;
}

export interface IssueChanges extends IssueStatusAt {
  isNew: boolean;
  isStatusChanged: boolean;
  entries: DigestEntry[];
  newSources: { id: string; title: string; url: string; outlet: string | null }[];
  significance: number;
}

export interface ChangeDigest {
  from: Date;
  to: Date;
  issues: IssueChanges[];
  counts: { statusChanges: number; newIssues: number; newUpdates: number; edits: number; deletions: number; newSources: number };
}

const statusAt = (changes: OrderedStatusChange[] | undefined) => deriveStatuses(changes ?? []).status;

/** The issues of a scope that existed at `to`, with their status at two moments. Three queries. */
export async function statusesAt(scope: DigestScope, from: Date, to: Date): Promise<IssueStatusAt[]> {
  return (await readStatuses(scope, from, to)).issues;
}

/** {@link statusesAt}, with each issue's status changes at `to` for the digest to reuse. */
async function readStatuses(scope: DigestScope, from: Date, to: Date) {
  const issues = await db().issue.findMany({
    where: { negotiationId: scope.negotiationId, ...(scope.issueId ? { id: scope.issueId } : {}), createdAt: { lte: to } },
    select: { id: true, slug: true, title: true, createdAt: true },
    orderBy: { title: "asc" },
  });
  const ids = issues.map((issue) => issue.id);
  const [atFrom, atTo] = await Promise.all([statusChangesByIssue(ids, from), statusChangesByIssue(ids, to)]);
  return {
    issues: issues.map((issue): IssueStatusAt => ({
      issueId: issue.id,
      slug: issue.slug,
      title: scope.issueTitles?.[issue.id]?.title ?? issue.title,
      statusAtFrom: issue.createdAt <= from ? statusAt(atFrom.get(issue.id)) : null,
      statusAtTo: statusAt(atTo.get(issue.id)),
    })),
    changesAtTo: atTo,
  };
}

// Most significant first: a moved status, then a new issue, then removals, corrections, news.
const WEIGHT = { status: 1000, newIssue: 500, deleted: 30, edited: 20, new: 10, source: 1 } as const;
const KIND_ORDER: Record<EntryKind, number> = { deleted: 0, edited: 1, new: 2 };

export async function getChangeDigest(scope: DigestScope, range: { from: Date; to: Date }): Promise<ChangeDigest> {
  const to = scope.notAfter && scope.notAfter < range.to ? scope.notAfter : range.to;
  const from = range.from < to ? range.from : to;
  const inRange = { gt: from, lte: to };
  const { issues, changesAtTo } = await readStatuses(scope, from, to);
  const ids = issues.map((issue) => issue.issueId);
  const rows = await db().update.findMany({
    where: {
      issueId: { in: ids },
      loggedAt: { lte: to },
      AND: [
        { OR: [{ loggedAt: inRange }, { deletedAt: inRange }, { revisions: { some: { replacedAt: inRange } } }] },
        // Deleted before the range: already gone at `from`, whatever else happened to it.
        { OR: [{ deletedAt: null }, { deletedAt: { gt: from } }] },
      ],
    },
    include: { ...timelineInclude, revisions: { where: { replacedAt: inRange }, select: { id: true } } },
  });
  const [asRead, before] = await Promise.all([
    asTheyRead(rows, to),
    revisionsAsOf(
      rows.filter((row) => row.loggedAt <= from),
      from,
    ),
  ]);
  const fromStatusAtTo = new Map<string, IssueStatus>();
  for (const changes of changesAtTo.values()) for (const [id, status] of deriveStatuses(changes).fromStatus) fromStatusAtTo.set(id, status);

  const byIssue = new Map<string, DigestEntry[]>(ids.map((id) => [id, []]));
  rows.forEach((row, index) => {
    const read: TimelineEntry = asRead[index] ?? row;
    const isDeleted = row.deletedAt !== null && row.deletedAt > from && row.deletedAt <= to;
    const isNew = row.loggedAt > from;
    const kind: EntryKind = isDeleted ? "deleted" : isNew ? "new" : "edited";
    const earlier = before.get(row.id);
    const fromStatus = fromStatusAtTo.get(row.id);
    byIssue.get(row.issueId)?.push({
      kind,
      updateId: row.id,
      summary: read.summary,
      occurredAt: read.occurredAt,
      loggedAt: row.loggedAt,
      changedAt: isDeleted && row.deletedAt ? row.deletedAt : kind === "edited" ? (row.editedAt && row.editedAt <= to ? row.editedAt : to) : row.loggedAt,
      author: scope.hideAuthors ? null : row.author.name,
      statusChange: read.toStatus && fromStatus && !isDeleted ? { from: fromStatus, to: read.toStatus } : null,
      before:
        kind === "edited"
          ? earlier
            ? { summary: earlier.summary, occurredAt: earlier.occurredAt, toStatus: earlier.toStatus }
            : { summary: row.summary, occurredAt: row.occurredAt, toStatus: row.toStatus }
          : null,
      editCount: row.revisions.length,
      sources: read.sources.map(({ source }) => ({ id: source.id, title: source.title, url: source.url, outlet: source.outlet?.name ?? null })),
    });
  });

  const groups: IssueChanges[] = issues.flatMap((issue) => {
    const entries = (byIssue.get(issue.issueId) ?? []).sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.changedAt.getTime() - a.changedAt.getTime() || (a.updateId < b.updateId ? -1 : 1),
    );
    const newSources = new Map<string, DigestEntry["sources"][number]>();
    // Sources as the updates cited them at `to`, on updates still there then.
    rows.forEach((row, index) => {
      if (row.issueId !== issue.issueId || (row.deletedAt && row.deletedAt <= to)) return;
      for (const { source } of (asRead[index] ?? row).sources) {
        if (source.createdAt > from && source.createdAt <= to)
          newSources.set(source.id, { id: source.id, title: source.title, url: source.url, outlet: source.outlet?.name ?? null });
      }
    });
    const isNew = issue.statusAtFrom === null;
    const isStatusChanged = issue.statusAtFrom !== null && issue.statusAtFrom !== issue.statusAtTo;
    if (!isNew && entries.length === 0 && !isStatusChanged) return [];
    const significance =
      (isStatusChanged ? WEIGHT.status : 0) +
      (isNew ? WEIGHT.newIssue : 0) +
      entries.reduce((sum, entry) => sum + WEIGHT[entry.kind], 0) +
      newSources.size * WEIGHT.source;
    return [{ ...issue, isNew, isStatusChanged, entries, newSources: [...newSources.values()], significance }];
  });
  groups.sort((a, b) => b.significance - a.significance || a.title.localeCompare(b.title));

  const count = (kind: EntryKind) => groups.reduce((sum, group) => sum + group.entries.filter((entry) => entry.kind === kind).length, 0);
  return {
    from,
    to,
    issues: groups,
    counts: {
      statusChanges: groups.filter((group) => group.isStatusChanged).length,
      newIssues: groups.filter((group) => group.isNew).length,
      newUpdates: count("new"),
      edits: count("edited"),
      deletions: count("deleted"),
      newSources: groups.reduce((sum, group) => sum + group.newSources.length, 0),
    },
  };
}
