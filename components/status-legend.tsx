import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import { StatusBadge } from "@/components/status-badge";

/** The status scale with what each step means, so everyone reads a badge the same way. */
export function StatusLegend() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">What the statuses mean</summary>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {STATUSES.map((status) => (
          <div key={status} className="flex flex-col gap-1">
            <dt>
              <StatusBadge status={status} size="sm" />
            </dt>
            <dd className="text-sm text-slate-600">{STATUS_SCALE[status].meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
