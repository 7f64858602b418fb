"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/components/forms/field";
import { formatDay } from "@/lib/format";
import { paths } from "@/lib/paths";

export interface PickableSource {
  id: string;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  url: string;
}

type AttachedSource = PickableSource & { quote: string };

interface Props {
  attached: AttachedSource[];
  onChange: (attached: AttachedSource[]) => void;
  /** The unfiltered list, rendered by the server so nothing moves once the page has loaded. */
  initialResults: PickableSource[];
  error?: string;
}

/** Search the sources already in Parley and attach them to the update, each with an optional quote. */
export function SourcePicker({ attached, onChange, initialResults, error }: Props) {
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickableSource[]>(initialResults);
  /** The query the shown results answer: until it matches what is typed, the list is about to change. */
  const [resultsFor, setResultsFor] = useState("");
  const [isSearching, setIsSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const hasSearched = useRef(false);
  const searchInput = useRef<HTMLInputElement>(null);
  /** After "Attach" the button is gone; the attached source's quote is the next thing to fill in. */
  const focusQuoteOf = useRef<string | null>(null);

  useEffect(() => {
    // The server already rendered the results for the empty query.
    if (!hasSearched.current && query === "") return;
    hasSearched.current = true;
    const controller = new AbortController();
    // Every failure is caught inside, so the timer may fire and forget it.
    const search = async () => {
      setIsSearching(true);
      try {
        const response = await fetch(paths.sourceLookup(query), { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { sources: PickableSource[] };
        setResults(body.sources);
        setResultsFor(query);
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

  // Enter in a search field searches (it already does as one types); it must never submit the update.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  const attach = (source: PickableSource) => {
    onChange([...attached, { ...source, quote: "" }]);
    focusQuoteOf.current = source.id;
  };
  const remove = (source: AttachedSource) => {
    onChange(attached.filter((item) => item.id !== source.id));
    searchInput.current?.focus();
  };

  const attachedIds = new Set(attached.map((source) => source.id));
  const shown = results.filter((source) => !attachedIds.has(source.id));
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Sources already in Parley</legend>
      <label htmlFor={searchId} className="block text-xs text-slate-700">
        Search existing sources
      </label>
      <input
        id={searchId}
        ref={searchInput}
        type="search"
        className={inputClass}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKeyDown}
        placeholder="Title, outlet, author or URL"
        aria-describedby={`${searchId}-count`}
        enterKeyHint="search"
      />
      <p id={`${searchId}-count`} className="mt-1 text-xs text-slate-600" aria-live="polite">
        {isSearching ? "Searching…" : (searchError ?? `${shown.length} found`)}
      </p>
      {/* A fixed height: the form below never moves as results come and go. */}
      <ul
        className="mt-2 grid h-56 content-start gap-1 overflow-y-auto rounded border border-slate-100"
        aria-label="Matching sources"
        aria-busy={isSearching || query !== resultsFor}
        tabIndex={-1}
      >
        {shown.map((source) => (
          <li key={source.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <span className="font-medium">{source.outlet ?? "—"}</span> {source.title}
              {source.publishedAt ? <span className="text-slate-600"> · {formatDay(new Date(source.publishedAt))}</span> : null}
            </span>
            <button
              type="button"
              className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-white"
              onClick={() => attach(source)}
              aria-label={`Attach ${source.title}`}
            >
              Attach
            </button>
          </li>
        ))}
      </ul>
      <h3 className="mt-3 text-sm font-medium text-slate-800">Attached ({attached.length})</h3>
      {attached.length > 0 ? (
        <ul className="mt-2 grid gap-2" aria-label="Attached sources">
          {attached.map((source, index) => (
            <li key={source.id} className="rounded border border-sky-200 bg-sky-50 p-2 text-sm">
              <input type="hidden" name={`sources.${index}.id`} value={source.id} />
              <div className="flex items-start justify-between gap-2">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <strong>{source.outlet ?? "Source"}</strong> — {source.title}
                </span>
                <button type="button" className="shrink-0 text-xs text-rose-800 underline" onClick={() => remove(source)} aria-label={`Remove ${source.title}`}>
                  Remove
                </button>
              </div>
              <label className="mt-1 block text-xs text-slate-700" htmlFor={`quote-${source.id}`}>
                Quote (optional)
              </label>
              <input
                id={`quote-${source.id}`}
                ref={(element) => {
                  if (element && focusQuoteOf.current === source.id) {
                    focusQuoteOf.current = null;
                    element.focus();
                  }
                }}
                name={`sources.${index}.quote`}
                className={inputClass}
                value={source.quote}
                onChange={(event) => onChange(attached.map((item) => (item.id === source.id ? { ...item, quote: event.target.value } : item)))}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-xs text-slate-600">None yet. Attach a source above, or add a new one below.</p>
      )}
      {error ? <p className="mt-1 text-sm text-rose-700">{error}</p> : null}
    </fieldset>
  );
}
