import type { FetchedPage, FetchRefusal } from "@/lib/sources/fetch-page/fetch-page";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import type { ReadableCopy } from "./readable-text";

export type CheckOutcome = "CAPTURED" | "UNCHANGED" | "CHANGED" | "MOVED" | "GONE" | "FAILED";

/** The last kept copy a new fetch is compared with. */
export type Baseline = { contentHash: string | null; finalUrl: string | null } | null;

export type CheckRecord = {
  outcome: CheckOutcome;
  finalUrl?: string;
  httpStatus?: number;
  contentHash?: string;
  title?: string;
  /** Kept only when it differs from the baseline, so every change can be diffed later. */
  text?: string;
  message?: string;
};

export const CHECK_OUTCOME_LABELS: Record<CheckOutcome, string> = {
  CAPTURED: "Copy kept",
  UNCHANGED: "Unchanged",
  CHANGED: "Text changed",
  MOVED: "Moved",
  GONE: "Gone",
  FAILED: "Could not check",
};

/** What one fetch means against the last kept copy. */
export function classifyCheck(baseline: Baseline, page: FetchedPage | FetchRefusal, copy: ReadableCopy | null): CheckRecord {
  if (!page.ok) {
    if (page.code === "http-error" && (page.status === 404 || page.status === 410)) {
      return { outcome: "GONE", httpStatus: page.status, finalUrl: page.finalUrl, message: page.message };
    }
    return { outcome: "FAILED", httpStatus: page.status, finalUrl: page.finalUrl, message: page.message };
  }
  const fetched = { finalUrl: page.finalUrl, httpStatus: page.status, contentHash: copy?.contentHash, title: copy?.title };
  if (!baseline) return { outcome: "CAPTURED", ...fetched, text: copy?.text };
  const wasAt = baseline.finalUrl ? normalizeSourceUrl(baseline.finalUrl) : null;
  if (wasAt && normalizeSourceUrl(page.finalUrl) !== wasAt) {
    const isSameText = copy?.contentHash === baseline.contentHash;
    return {
      outcome: "MOVED",
      ...fetched,
      text: isSameText ? undefined : copy?.text,
      message: `Now at ${page.finalUrl}${isSameText ? " (same text)" : " (text changed too)"}.`,
    };
  }
  if (copy?.contentHash === baseline.contentHash) return { outcome: "UNCHANGED", ...fetched };
  return { outcome: "CHANGED", ...fetched, text: copy?.text };
}
