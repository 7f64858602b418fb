"use client";

import { useState, useTransition } from "react";
import { readSourcePageAction } from "@/app/(workspace)/sources/read-page-action";
import type { PageMetadata } from "@/lib/sources/fetch-page/extract-metadata";

const FIELD_LABELS: Record<Exclude<keyof PageMetadata, "canonicalUrl">, string> = {
  title: "title",
  outlet: "outlet",
  author: "author",
  publishedAt: "published date",
  language: "language",
  kind: "kind",
};

type Outcome = { isError: boolean; text: string; filled: string[]; kept: string[] };

/**
 * Reads the page at the URL typed into the neighbouring field and fills the empty source fields
 * from its metadata. Fields the analyst already typed are kept and named, so nothing is lost.
 */
export function FillFromUrl({ prefix, idPrefix }: { prefix: string; idPrefix: string }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function fill(button: HTMLButtonElement) {
    const form = button.form;
    if (!form) return;
    const control = (name: string) => form.elements.namedItem(`${prefix}${name}`) as HTMLInputElement | HTMLSelectElement | null;
    const url = control("url")?.value ?? "";
    startTransition(async () => {
      const reading = await readSourcePageAction(url);
      if (!reading.ok) {
        setOutcome({ isError: true, text: `${reading.message} Fill in the fields by hand; logging still works.`, filled: [], kept: [] });
        return;
      }
      const filled: string[] = [];
      const kept: string[] = [];
      for (const [key, label] of Object.entries(FIELD_LABELS) as [keyof typeof FIELD_LABELS, string][]) {
        const value = reading.metadata[key];
        const element = control(key);
        if (!value || !element) continue;
        const isUntouched = element.value === "" || (key === "kind" && element.value === "ARTICLE");
        if (isUntouched) {
          element.value = value;
          filled.push(label);
        } else if (element.value !== value) {
          kept.push(label);
        }
      }
      const canonical = reading.metadata.canonicalUrl;
      const urlControl = control("url");
      if (canonical && urlControl && canonical !== urlControl.value) {
        urlControl.value = canonical;
        filled.push("URL (the page's canonical address)");
      }
      setOutcome({
        isError: false,
        text: filled.length > 0 ? "Filled from the page; check each field before saving." : "The page offered nothing new to fill.",
        filled,
        kept,
      });
    });
  }

  return (
    <div className="mt-2">
      <button
        type="button"
        onClick={(event) => fill(event.currentTarget)}
        disabled={isPending}
        aria-busy={isPending}
        aria-describedby={`${idPrefix}fill-status`}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70"
      >
        {isPending ? "Reading the page…" : "Fill from URL"}
      </button>
      <div id={`${idPrefix}fill-status`} role="status" aria-live="polite" className="mt-1 text-sm">
        {outcome ? (
          <div className={outcome.isError ? "text-rose-700" : "text-slate-700"}>
            <p>{outcome.text}</p>
            {outcome.filled.length > 0 ? <p>Filled: {outcome.filled.join(", ")}.</p> : null}
            {outcome.kept.length > 0 ? <p>Kept what you typed for: {outcome.kept.join(", ")} (the page says otherwise).</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
