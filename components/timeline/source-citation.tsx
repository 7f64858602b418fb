import Link from "next/link";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/format";
import { admiraltyCode, admiraltyDescription } from "@/lib/sources/admiralty";
import { AFFILIATION_LABELS } from "@/lib/validation/source";
import type { TimelineEntry } from "@/lib/timeline/entries";

type Citation = Pick<TimelineEntry["sources"][number], "source" | "quote"> & { credibility?: number | null };

/** One cited source: outlet (with affiliation), title, date, quote, where it came from, link out. */
export function SourceCitation({ citation, sourceHref, extra }: { citation: Citation; sourceHref?: (id: string) => string; extra?: ReactNode }) {
  const { source, quote } = citation;
  const outlet = source.outlet;
  const grade = admiraltyCode(outlet?.reliability, citation.credibility);
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {outlet ? <span className="font-semibold text-slate-800">{outlet.name}</span> : null}
        {outlet && outlet.affiliation !== "INDEPENDENT" && outlet.affiliation !== "UNKNOWN" ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{AFFILIATION_LABELS[outlet.affiliation]}</span>
        ) : null}
        {source.publishedAt ? <span className="text-slate-500">{formatDay(source.publishedAt)}</span> : null}
        {grade ? (
          <abbr
            title={admiraltyDescription(outlet?.reliability, citation.credibility)}
            className="rounded bg-slate-200 px-1.5 py-0.5 font-mono text-xs font-semibold text-slate-900 no-underline"
          >
            {grade}
            <span className="sr-only"> (Admiralty grade: {admiraltyDescription(outlet?.reliability, citation.credibility)})</span>
          </abbr>
        ) : null}
      </div>
      <p className="mt-1">
        {sourceHref ? <Link href={sourceHref(source.id)}>{source.title}</Link> : <span>{source.title}</span>}{" "}
        <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="whitespace-nowrap text-xs">
          open original ↗<span className="sr-only"> ({source.title})</span>
        </a>
      </p>
      {quote ? <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 italic text-slate-700">“{quote}”</blockquote> : null}
      {source.via ? (
        <p className="mt-1 text-xs text-slate-500">
          via {source.via.outlet?.name ?? "another source"}: {source.via.title}
        </p>
      ) : null}
      {extra}
    </li>
  );
}
