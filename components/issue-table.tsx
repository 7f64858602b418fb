import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { formatDay } from "@/lib/format";
import { restsOn, type Independence } from "@/lib/sources/independence";
import type { IssueStatus } from "@/lib/statuses";
import { lastStatusChangeAt } from "@/lib/timeline/last-status-change";
import type { StatusChange } from "@/lib/timeline/status-segments";

export interface IssueRow {
  id: string;
  slug: string;
  title: string;
  status: IssueStatus;
  lastUpdateAt: Date | null;
  sourceCount: number;
  updateCount: number;
  category: { name: string };
}

interface Props {
  issues: IssueRow[];
  issueHref: (slug: string) => string;
  /** Each issue's status changes, for the date its current status began. */
  changesByIssue: Map<string, StatusChange[]>;
  /** By issue id: what each current status rests on (workspace dashboard). */
  basis?: Record<string, Independence>;
}

export function IssueTable({ issues, issueHref, changesByIssue, basis }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-scroll-region tabIndex={0} role="group" aria-label="Issues on the table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Issues on the table</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              Issue
            </th>
            <th scope="col" className="px-4 py-2">
              Status
            </th>
            <th scope="col" className="px-4 py-2">
              Status since
            </th>
            <th scope="col" className="px-4 py-2">
              Last update
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id} className="border-t border-slate-100">
              <td className="px-4 py-3">
                <Link href={issueHref(issue.slug)} className="font-medium">
                  {issue.title}
                </Link>
                <div className="text-xs text-slate-500">{issue.category.name}</div>
              </td>
              <td className="px-4 py-3">
                <StatusBadge status={issue.status} size="sm" />
                {basis?.[issue.id] ? (
                  <div className="mt-1 max-w-xs text-xs text-slate-600" data-testid="status-basis">
                    {basis[issue.id]!.text}: {restsOn(basis[issue.id]!)}
                  </div>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-700">{formatOrDash(lastStatusChangeAt(changesByIssue.get(issue.id) ?? []))}</td>
              <td className="px-4 py-3 text-slate-700">{formatOrDash(issue.lastUpdateAt)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{issue.sourceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatOrDash(date: Date | null): string {
  return date ? formatDay(date) : "—";
}
