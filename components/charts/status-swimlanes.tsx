import { StatusChart, type SwimlaneRow } from "@/components/charts/status-chart";
import type { ChartRange } from "@/lib/timeline/status-segments";

export type { SwimlaneRow };

/**
 * Statuses over time: one lane per issue (those never discussed included), drawn as SVG on the
 * server in one time range (`range`, else the default for the history), with links to the other
 * ranges (`rangeHref`) and a table summing up the same facts. `until` defaults to now.
 */
export function StatusSwimlanes({
  rows,
  until,
  title,
  range,
  rangeHref,
}: {
  rows: SwimlaneRow[];
  until?: Date;
  title: string;
  range?: ChartRange;
  rangeHref: (range: ChartRange) => string;
}) {
  return <StatusChart rows={rows} until={until ?? new Date()} title={title} range={range} rangeHref={rangeHref} />;
}
