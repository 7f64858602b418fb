import { StatusSwimlanes } from "@/components/charts/status-swimlanes";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { formatDay } from "@/lib/format";
import { STATUS_SCALE, type IssueStatus } from "@/lib/statuses";
import { lastStatusChangeAt } from "@/lib/timeline/last-status-change";
import type { ChartRange, StatusChange, StatusSummary } from "@/lib/timeline/status-segments";

interface Props {
  issue: { id: string; title: string; summary: string; status: IssueStatus; lastUpdateAt: Date | null; category: { name: string } };
  changes: StatusChange[];
  /** Sums over the whole history when `changes` holds only what the chart can show. */
  summary?: StatusSummary;
  /** End of the status strip: now, or the moment a frozen share link shows. */
  until?: Date;
  /** The strip's time range (else the default for the history), and links to each range. */
  range?: ChartRange;
  rangeHref: (range: ChartRange) => string;
}

/** An issue's status, summary and status-over-time strip: the top of the workspace and shared views. */
export function IssueState({ issue, changes, summary, until, range, rangeHref }: Props) {
  const statusSince = lastStatusChangeAt(changes);
  return (
    <>
      <section aria-label="Current state" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_2fr]">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Status</p>
          <p className="mt-1">
            <StatusBadge status={issue.status} />
          </p>
          <p className="mt-2 text-sm text-slate-600">{STATUS_SCALE[issue.status].meaning}</p>
          <p className="mt-3 text-xs text-slate-500">
            {issue.category.name}
            {statusSince ? ` · status since ${formatDay(statusSince)}` : ""}
            {issue.lastUpdateAt ? ` · last update ${formatDay(issue.lastUpdateAt)}` : ""}
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Summary</p>
          <div className="mt-1">{issue.summary ? <Markdown>{issue.summary}</Markdown> : <p className="text-slate-500">No summary yet.</p>}</div>
        </div>
      </section>
      <section aria-label="Status over time" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 print:break-inside-avoid">
        <StatusSwimlanes
          title={`Status of ${issue.title} over time`}
          until={until}
          range={range}
          rangeHref={rangeHref}
          rows={[{ id: issue.id, label: issue.title, changes, summary }]}
        />
      </section>
    </>
  );
}
