import Link from "next/link";
import { inputClass } from "@/components/forms/field";

export interface SelectFilter {
  name: string;
  label: string;
  value?: string;
  anyLabel: string;
  options: { value: string; label: string; group?: string }[];
}

interface Props {
  action: string;
  q: string;
  selects: SelectFilter[];
  from?: string;
  to?: string;
  error?: string;
}

/** Plain GET form: the whole search lives in the URL, so it can be bookmarked, sent and gone back to. */
export function SearchForm({ action, q, selects, from, to, error }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label="Search the record" className="grid gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="search-q" className="block text-sm font-medium text-slate-700">
            Search
          </label>
          <input id="search-q" name="q" type="search" defaultValue={q} className={`${inputClass} w-full`} aria-describedby="search-syntax" />
        </div>
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
          Search
        </button>
      </div>
      <p id="search-syntax" className="text-xs text-slate-600">
        All words must match, as prefixes and with small typos. <code>&quot;security guarantees&quot;</code> finds the phrase, <code>-draft</code> leaves out
        results with that word.
      </p>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">Filters</legend>
        {selects.map((select) => (
          <div key={select.name}>
            <label htmlFor={`search-${select.name}`} className="block text-xs font-medium text-slate-700">
              {select.label}
            </label>
            <select id={`search-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className={`${inputClass} max-w-56`}>
              <option value="">{select.anyLabel}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.group ? `${option.group} — ${option.label}` : option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="search-from" className="block text-xs font-medium text-slate-700">
            Happened from
          </label>
          <input id="search-from" name="from" type="date" defaultValue={from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="search-to" className="block text-xs font-medium text-slate-700">
            to
          </label>
          <input
            id="search-to"
            name="to"
            type="date"
            defaultValue={to ?? ""}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "search-error" : undefined}
          />
        </div>
        <Link href={`${action}${q ? `?${new URLSearchParams({ q })}` : ""}`} className="pb-2 text-sm">
          Clear filters
        </Link>
      </fieldset>
      {error ? (
        <p id="search-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
