import { StatusChart, type SwimlaneRow } from "@/components/charts/status-chart";

export type { SwimlaneRow };

/**
 * Statuses over time: one lane per issue (those never discussed included), drawn as SVG on the
 * server with a range choice and a table summing up the same facts. `until` defaults to now.
 */
export function StatusSwimlanes({ rows, until, title }: { rows: SwimlaneRow[]; until?: Date; title: string }) {
  return <StatusChart rows={rows} until={until ?? new Date()} title={title} />;
}
