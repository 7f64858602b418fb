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
    <li className="cite">
      <div>
        {outlet ? <span className="cite-outlet">{outlet.name}</span> : null}
        {outlet && outlet.affiliation !== "INDEPENDENT" && outlet.affiliation !== "UNKNOWN" ? (
          <span className="cite-party">{AFFILIATION_LABELS[outlet.affiliation]}</span>
        ) : null}
        {source.publishedAt ? <span className="text-slate-500">{formatDay(source.publishedAt)}</span> : null}
        {grade ? (
          <abbr title={admiraltyDescription(outlet?.reliability, citation.credibility)} className="cite-grade">
            {grade}
            <span className="sr-only">{` (Admiralty grade: ${admiraltyDescription(outlet?.reliability, citation.credibility)})`}</span>
          </abbr>
        ) : null}
      </div>
      <p className="mt-1">
        {sourceHref ? <Link href={sourceHref(source.id)}>{source.title}</Link> : <span>{source.title}</span>}{" "}
        <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="cite-open">
          open original ↗<span className="sr-only">{` (${source.title})`}</span>
        </a>
      </p>
      {quote ? <blockquote>{`“${quote}”`}</blockquote> : null}
      {source.via ? <p className="mt-1 text-xs text-slate-500">{`via ${source.via.outlet?.name ?? "another source"}: ${source.via.title}`}</p> : null}
      {extra}
    </li>
  );
}
