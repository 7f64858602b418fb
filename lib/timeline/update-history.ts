import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { paths } from "@/lib/paths";
import { parseRevisionSources, type RevisionSource } from "@/lib/timeline/schemas";

/**
 * An update as it is now (with its issue and negotiation, author and cited sources) and every
 * earlier version of it, oldest first, each with the name of who replaced it. Null for an unknown
 * id. Deleted updates are returned too (with deletedAt set): callers decide whether to show them.
 * Cached per request so a page and its metadata share one query.
 */
export const getUpdateHistory = cache(async (updateId: string) => {
  const update = await db().update.findUnique({
    where: { id: updateId },
    include: {
      issue: { select: { id: true, slug: true, title: true, status: true, negotiation: { select: { id: true, slug: true, title: true, timeZone: true } } } },
      author: { select: { id: true, name: true } },
      sources: {
        orderBy: { position: "asc" },
        include: { source: { include: { outlet: true, via: { include: { outlet: true } } } } },
      },
      revisions: { orderBy: { version: "asc" }, include: { editedBy: { select: { id: true, name: true } } } },
    },
  });
  if (!update) return null;
  const { revisions, ...current } = update;
  return {
    update: current,
    revisions: revisions.map(({ sources, ...revision }) => ({ ...revision, sources: parseRevisionSources(sources) })),
  };
});

export type UpdateHistory = NonNullable<Awaited<ReturnType<typeof getUpdateHistory>>>;

/** One version of an update as the history page shows it. */
export interface UpdateVersion {
  /** 1 for the text first logged; the current version is revisions + 1. */
  version: number;
  isCurrent: boolean;
  summary: string;
  occurredAt: Date;
  toStatus: IssueStatus | null;
  sources: RevisionSource[];
  /** Who wrote this version and when: the author when logged, else whoever edited it into being. */
  writtenBy: string;
  writtenAt: Date;
}

/**
 * Each revision stores the text it replaced and who replaced it, so version n was written by the
 * editor of revision n - 1 (version 1 by the author). Newest first.
 */
export function versionsOf(history: UpdateHistory): UpdateVersion[] {
  const { update, revisions } = history;
  const writer = (version: number) => {
    const previous = revisions[version - 2];
    return previous ? { writtenBy: previous.editedBy.name, writtenAt: previous.replacedAt } : { writtenBy: update.author.name, writtenAt: update.loggedAt };
  };
  const earlier: UpdateVersion[] = revisions.map((revision) => ({
    version: revision.version,
    isCurrent: false,
    summary: revision.summary,
    occurredAt: revision.occurredAt,
    toStatus: revision.toStatus,
    sources: revision.sources,
    ...writer(revision.version),
  }));
  const currentVersion = revisions.length + 1;
  const current: UpdateVersion = {
    version: currentVersion,
    isCurrent: true,
    summary: update.summary,
    occurredAt: update.occurredAt,
    toStatus: update.toStatus,
    sources: update.sources.map((citation) => ({ sourceId: citation.sourceId, title: citation.source.title, quote: citation.quote })),
    ...writer(currentVersion),
  };
  return [current, ...earlier.reverse()];
}

/** Path of the issue page an update belongs to (deleted or not), or null for an unknown id. */
export async function getUpdateIssuePath(updateId: string): Promise<string | null> {
  const update = await db().update.findUnique({
    where: { id: updateId },
    select: { issue: { select: { slug: true, negotiation: { select: { slug: true } } } } },
  });
  return update ? paths.issueOf(update.issue) : null;
}
