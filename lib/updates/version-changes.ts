import { diffWordsWithSpace } from "diff";
import type { IssueStatus } from "@/lib/statuses";
import type { UpdateVersion } from "@/lib/timeline/update-history";

/** A run of words in a summary: kept, added in the newer version, or removed from the older. */
export interface WordChange {
  text: string;
  kind: "same" | "added" | "removed";
}

/** What an edit changed between two consecutive versions of an update. */
export interface VersionChanges {
  /** Null when the summary is unchanged. */
  summary: WordChange[] | null;
  occurredAt: { from: Date; to: Date } | null;
  status: { from: IssueStatus | null; to: IssueStatus | null } | null;
  sourcesAdded: string[];
  sourcesRemoved: string[];
  /** Sources cited in both versions whose quote changed. */
  quotes: { title: string; changes: WordChange[] }[];
}

function wordChanges(older: string, newer: string): WordChange[] {
  return diffWordsWithSpace(older, newer).map((part) => ({
    text: part.value,
    kind: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/** The differences from `older` to `newer`, word by word in the texts. */
export function versionChanges(older: UpdateVersion, newer: UpdateVersion): VersionChanges {
  const olderSources = new Map(older.sources.map((source) => [source.sourceId, source]));
  const newerSources = new Map(newer.sources.map((source) => [source.sourceId, source]));
  return {
    summary: older.summary === newer.summary ? null : wordChanges(older.summary, newer.summary),
    occurredAt: older.occurredAt.getTime() === newer.occurredAt.getTime() ? null : { from: older.occurredAt, to: newer.occurredAt },
    status: older.toStatus === newer.toStatus ? null : { from: older.toStatus, to: newer.toStatus },
    sourcesAdded: newer.sources.filter((source) => !olderSources.has(source.sourceId)).map((source) => source.title),
    sourcesRemoved: older.sources.filter((source) => !newerSources.has(source.sourceId)).map((source) => source.title),
    quotes: newer.sources.flatMap((source) => {
      const before = olderSources.get(source.sourceId);
      if (!before || (before.quote ?? "") === (source.quote ?? "")) return [];
      return [{ title: source.title, changes: wordChanges(before.quote ?? "", source.quote ?? "") }];
    }),
  };
}

export function hasChanges(changes: VersionChanges): boolean {
  return Boolean(
    changes.summary || changes.occurredAt || changes.status || changes.sourcesAdded.length || changes.sourcesRemoved.length || changes.quotes.length,
  );
}
