import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { IssueStatusAt } from "@/lib/changes/digest";

/**
 * Every issue's status at A next to B. Changed rows are marked in words ("Changed") and by weight
 * and a left rule, not by colour alone.
 */
export function StatusComparisonTable({
  rows,
  labelA,
  labelB,
  issueHref,
}: {
  rows: IssueStatusAt[];
  labelA: string;
  labelB: string;
  issueHref: (slug: string) => string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption id="comparison-caption" className="sr-only">
          Status of each issue at {labelA} and at {labelB}
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Issue
            </th>
            <th scope="col" className="px-3 py-2">
              At {labelA}
            </th>
            <th scope="col" className="px-3 py-2">
              At {labelB}
            </th>
            <th scope="col" className="px-3 py-2">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isChanged = row.statusAtFrom !== row.statusAtTo;
            return (
              <tr key={row.issueId} className={`border-t border-slate-200 ${isChanged ? "border-l-4 border-l-amber-500 bg-amber-50 font-medium" : ""}`}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={issueHref(row.slug)}>{row.title}</Link>
                </th>
                <td className="px-3 py-2">
                  {row.statusAtFrom ? <StatusBadge status={row.statusAtFrom} size="sm" /> : <span className="text-slate-600">Not yet on the table</span>}
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={row.statusAtTo} size="sm" />
                </td>
                <td className="px-3 py-2">{row.statusAtFrom === null ? "New issue" : isChanged ? "Changed" : <span className="text-slate-600">Same</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
