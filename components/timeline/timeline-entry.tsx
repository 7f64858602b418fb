import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { IndependenceLabel } from "@/components/sources/independence-label";
import { SourceCitation } from "@/components/timeline/source-citation";
import { formatDay } from "@/lib/format";
import type { Independence } from "@/lib/sources/independence";
import type { TimelineEntry as Entry } from "@/lib/timeline/entries";
import { LocalDateTime } from "@/components/local-date-time";

interface Props {
  entry: Entry;
  /** Null hides the author (share links that hide analysts' names). */
  authorName: string | null;
  sourceHref?: (id: string) => string;
  actions?: ReactNode;
  /** How independent the cited sources are; shown under the sources. */
  independence?: Independence;
  /** Extra controls under each citation (grading, in the workspace). */
  renderCitationExtra?: (citation: Entry["sources"][number]) => ReactNode;
}

export function TimelineEntry({ entry, authorName, sourceHref, actions, independence, renderCitationExtra }: Props) {
  const isStatusChange = entry.toStatus !== null;
  return (
    <li id={`update-${entry.id}`} className={isStatusChange ? "tl-entry is-status" : "tl-entry"} data-testid="timeline-entry">
      <article className="tl-card">
        <header>
          <p className="tl-meta">
            <time dateTime={entry.occurredAt.toISOString()}>{formatDay(entry.occurredAt)}</time>
            {authorName ? ` · logged by ${authorName}` : null}
            <span className="sr-only">
              {" on "}
              <LocalDateTime value={entry.loggedAt} />
            </span>
            {entry.editedAt ? <span className="text-slate-500"> · edited</span> : null}
          </p>
          {actions}
        </header>
        {isStatusChange && entry.toStatus ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Status change">
            <span className="font-medium text-slate-700">Status:</span>
            {entry.fromStatus && entry.fromStatus !== entry.toStatus ? (
              <>
                <StatusBadge status={entry.fromStatus} size="sm" />
                <span aria-hidden>→</span>
                <span className="sr-only">changed to</span>
              </>
            ) : null}
            <StatusBadge status={entry.toStatus} size="sm" />
          </p>
        ) : null}
        <Markdown className="mt-2">{entry.summary}</Markdown>
        {entry.sources.length > 0 ? (
          <section className="tl-sources mt-3">
            <h4 className="sr-only">Sources</h4>
            <ul>
              {entry.sources.map((citation) => (
                <SourceCitation key={citation.sourceId} citation={citation} sourceHref={sourceHref} extra={renderCitationExtra?.(citation)} />
              ))}
            </ul>
            {independence ? <IndependenceLabel independence={independence} /> : null}
          </section>
        ) : null}
      </article>
    </li>
  );
}
