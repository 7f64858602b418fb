import Link from "next/link";
import type { ReactNode } from "react";
import { TimelineEntry } from "@/components/timeline/timeline-entry";
import type { Independence } from "@/lib/sources/independence";
import type { TimelineEntry as Entry, TimelineOrder } from "@/lib/timeline/entries";

interface Props {
  entries: Entry[];
  total: number;
  order: TimelineOrder;
  nextCursor?: string;
  isFirstPage: boolean;
  /** Builds the URL of this page with other paging parameters. */
  pageHref: (params: { order: TimelineOrder; after?: string }) => string;
  hideAuthors?: boolean;
  sourceHref?: (id: string) => string;
  /** Controls shown in each entry's header (edit, delete, history). */
  renderActions?: (entry: Entry) => ReactNode;
  /** Independence of each entry's sources, by update id. */
  independence?: Record<string, Independence>;
  renderCitationExtra?: (entry: Entry, citation: Entry["sources"][number]) => ReactNode;
}

/** An issue's timeline, one page at a time, newest or oldest first. */
export function TimelineView({
  entries,
  total,
  order,
  nextCursor,
  isFirstPage,
  pageHref,
  hideAuthors,
  sourceHref,
  renderActions,
  independence,
  renderCitationExtra,
}: Props) {
  const other: TimelineOrder = order === "newest" ? "oldest" : "newest";
  return (
    <section aria-labelledby="timeline-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline{" "}
          <span className="text-sm font-normal text-slate-500">
            ({total} {total === 1 ? "entry" : "entries"})
          </span>
        </h2>
        <p className="no-print text-sm text-slate-600">
          {order === "newest" ? "Newest first" : "Oldest first"} · <Link href={pageHref({ order: other })}>Show {other} first</Link>
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">No updates yet.</p>
      ) : (
        <ol className="relative grid gap-4 before:absolute before:bottom-0 before:left-[7px] before:top-2 before:w-0.5 before:bg-slate-200">
          {entries.map((entry) => (
            <TimelineEntry
              key={entry.id}
              entry={entry}
              authorName={hideAuthors ? null : entry.author.name}
              sourceHref={sourceHref}
              actions={renderActions?.(entry)}
              independence={independence?.[entry.id]}
              renderCitationExtra={renderCitationExtra ? (citation) => renderCitationExtra(entry, citation) : undefined}
            />
          ))}
        </ol>
      )}
      <nav aria-label="Timeline pages" className="no-print mt-4 flex justify-between text-sm">
        {isFirstPage ? <span /> : <Link href={pageHref({ order })}>← Back to the {order} entries</Link>}
        {nextCursor ? <Link href={pageHref({ order, after: nextCursor })}>{order === "newest" ? "Older entries →" : "Newer entries →"}</Link> : null}
      </nav>
    </section>
  );
}
