import Link from "next/link";
import { formatDay } from "@/lib/format";
import { AFFILIATION_LABELS } from "@/lib/validation/source";
import type { TimelineEntry } from "@/lib/updates/timeline";

type Citation = Pick<TimelineEntry["sources"][number], "source" | "quote">;

/** One cited source: outlet (with affiliation), title, date, quote, where it came from, link out. */
export function SourceCitation({ citation, sourceHref }: { citation: Citation; sourceHref?: (id: string) => string }) {
  const { source, quote } = citation;
  const outlet = source.outlet;
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        {outlet ? <span className="font-semibold text-slate-800">{outlet.name}</span> : null}
        {outlet && outlet.affiliation !== "INDEPENDENT" && outlet.affiliation !== "UNKNOWN" ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
            {AFFILIATION_LABELS[outlet.affiliation]}
          </span>
        ) : null}
        {source.publishedAt ? <span className="text-slate-500">{formatDay(source.publishedAt)}</span> : null}
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
    </li>
  );
}
