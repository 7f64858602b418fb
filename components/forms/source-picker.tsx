"use client";

import { useEffect, useId, useState } from "react";
import { inputClass } from "@/components/forms/field";

export interface PickableSource {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  url: string;
}

interface Props {
  attached: (PickableSource & { quote: string })[];
  onChange: (attached: (PickableSource & { quote: string })[]) => void;
  error?: string;
}

/** Search the sources already in Parley and attach them to the update, each with an optional quote. */
export function SourcePicker({ attached, onChange, error }: Props) {
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickableSource[]>([]);
  const [isSearching, setIsSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Every failure is caught inside, so the timer may fire and forget it.
    const search = async () => {
      setIsSearching(true);
      try {
        const response = await fetch(`/api/sources?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { sources: PickableSource[] };
        setResults(body.sources);
        setSearchError(null);
      } catch (cause) {
        if (!controller.signal.aborted) setSearchError(`Could not search sources (${String(cause)}).`);
      } finally {
        if (!controller.signal.aborted) setIsSearching(false);
      }
    };
    const timer = setTimeout(() => void search(), 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const attachedIds = new Set(attached.map((source) => source.id));
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Sources already in Parley</legend>
      {attached.length > 0 ? (
        <ul className="mb-3 grid gap-2" aria-label="Attached sources">
          {attached.map((source, index) => (
            <li key={source.id} className="rounded border border-sky-200 bg-sky-50 p-2 text-sm">
              <input type="hidden" name={`sources.${index}.id`} value={source.id} />
              <div className="flex items-start justify-between gap-2">
                <span>
                  <strong>{source.outlet ?? "Source"}</strong> — {source.title}
                </span>
                <button
                  type="button"
                  className="text-xs text-rose-700 underline"
                  onClick={() => onChange(attached.filter((item) => item.id !== source.id))}
                  aria-label={`Remove ${source.title}`}
                >
                  Remove
                </button>
              </div>
              <label className="mt-1 block text-xs text-slate-700" htmlFor={`quote-${source.id}`}>
                Quote (optional)
              </label>
              <input
                id={`quote-${source.id}`}
                name={`sources.${index}.quote`}
                className={inputClass}
                value={source.quote}
                onChange={(event) =>
                  onChange(attached.map((item) => (item.id === source.id ? { ...item, quote: event.target.value } : item)))
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={searchId} className="block text-xs text-slate-700">
        Search existing sources
      </label>
      <input
        id={searchId}
        type="search"
        className={inputClass}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Title, outlet, author or URL"
      />
      <p className="mt-1 text-xs text-slate-500" aria-live="polite">
        {isSearching ? "Searching…" : searchError ?? `${results.length} found`}
      </p>
      <ul className="mt-2 grid max-h-56 gap-1 overflow-y-auto" aria-label="Matching sources">
        {results
          .filter((source) => !attachedIds.has(source.id))
          .map((source) => (
            <li key={source.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
              <span>
                <span className="font-medium">{source.outlet ?? "—"}</span> {source.title}
                {source.publishedAt ? <span className="text-slate-500"> · {source.publishedAt}</span> : null}
              </span>
              <button
                type="button"
                className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-white"
                onClick={() => onChange([...attached, { ...source, quote: "" }])}
                aria-label={`Attach ${source.title}`}
              >
                Attach
              </button>
            </li>
          ))}
      </ul>
      {error ? <p className="mt-1 text-sm text-rose-700">{error}</p> : null}
    </fieldset>
  );
}
