import type { ExportDocument } from "@/lib/data-export/document-schema";

/**
 * How far an import has come: `checking` the file (before anything is written), then `loading` its
 * records in the one transaction. `done` and `total` count records: people, categories, outlets,
 * sources, negotiations, issues, updates, positions and share links.
 */
export interface ImportProgress {
  phase: "checking" | "loading";
  done: number;
  total: number;
}

export type OnImportProgress = (progress: ImportProgress) => void;

const LISTS = ["people", "categories", "outlets", "sources", "negotiations", "issues", "updates", "positions", "shareLinks"] as const;

/** The records a document holds; for a file not yet checked, those in whichever of its lists are lists. */
export function recordCount(document: unknown): number {
  if (typeof document !== "object" || document === null) return 0;
  const lists = document as Partial<Record<(typeof LISTS)[number], unknown>>;
  return LISTS.reduce((sum, key) => {
    const list = lists[key];
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** Counts loaded records and reports each step; `add` after every list or chunk written. */
export function loadingProgress(document: ExportDocument, onProgress: OnImportProgress | undefined) {
  const total = recordCount(document);
  let done = 0;
  return {
    add(count: number) {
      if (count === 0) return;
      done += count;
      onProgress?.({ phase: "loading", done, total });
    },
  };
}
