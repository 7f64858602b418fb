import Link from "next/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { StatusBadge } from "@/components/status-badge";
import { formatDay } from "@/lib/format";
import type { ParsedQuery } from "@/lib/search/query-syntax";
import type { SearchHit } from "@/lib/search/search";

const TYPE_LABELS: Record<SearchHit["type"], string> = { update: "Update", issue: "Issue", source: "Source", negotiation: "Negotiation" };

export interface LinkedHit {
  hit: SearchHit;
  href: string;
}

interface Props {
  results: LinkedHit[];
  query: ParsedQuery;
  nextHref?: string;
  firstHref?: string;
  /** Set when the words were in too many updates to rank them all: only the newest were. */
  broad?: { estimatedMatches: number; window: number; olderHref?: string };
}

/** Ranked, typed results with their matched words marked, and cursor paging. */
export function SearchResults({ results, query, nextHref, firstHref, broad }: Props) {
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      {broad ? (
        <p className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-slate-800" data-testid="search-broad">
          These words are in about {broad.estimatedMatches.toLocaleString("en")} updates, so updates are ranked among the {broad.window.toLocaleString("en")}{" "}
          most recent. Add a word, an issue or dates to narrow the search
          {broad.olderHref ? (
            <>
              , or <Link href={broad.olderHref}>search older updates</Link>
            </>
          ) : null}
          .
        </p>
      ) : null}
      {results.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600" role="status">
          Nothing matches. Try fewer words, a shorter prefix, or fewer filters.
        </p>
      ) : (
        <ol className="grid gap-3" data-testid="search-results">
          {results.map(({ hit, href }) => (
            <li key={`${hit.type}:${hit.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="search-result">
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold uppercase tracking-wide text-slate-700">{TYPE_LABELS[hit.type]}</span>
                {hit.negotiationTitle && hit.type !== "negotiation" ? <span>{hit.negotiationTitle}</span> : null}
                {hit.at ? <time dateTime={hit.at.toISOString()}>{formatDay(hit.at)}</time> : null}
                {hit.authorName ? <span>logged by {hit.authorName}</span> : null}
              </p>
              <h3 className="mt-1 font-semibold">
                <Link href={href}>
                  <HighlightedText text={hit.title} query={query} />
                </Link>
              </h3>
              {hit.type === "update" && hit.toStatus ? (
                <p className="mt-1 flex items-center gap-2 text-sm">
                  <span className="text-slate-600">Status changed to</span> <StatusBadge status={hit.toStatus} size="sm" />
                </p>
              ) : null}
              {hit.body ? (
                <p className="mt-1 text-sm text-slate-700" data-testid="search-result-text">
                  <HighlightedText text={hit.body} query={query} isMarkdown={hit.type === "update" || hit.type === "issue"} maxLength={320} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Result pages" className="mt-4 flex justify-between text-sm">
        {firstHref ? <Link href={firstHref}>← First results</Link> : <span />}
        {nextHref ? <Link href={nextHref}>More results →</Link> : null}
      </nav>
    </section>
  );
}
