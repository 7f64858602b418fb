import { StatusChart, type SwimlaneRow } from "@/components/charts/status-chart";

export type { SwimlaneRow };

/**
 * Statuses over time: one lane per issue (those never discussed included), drawn as SVG with a
 * range control and a table of the same facts. `until` defaults to now, fixed on the server so the
 * browser draws the same chart.
 */
export function StatusSwimlanes({ rows, until, title }: { rows: SwimlaneRow[]; until?: Date; title: string }) {
  return <StatusChart rows={rows} until={until ?? new Date()} title={title} />;
}
