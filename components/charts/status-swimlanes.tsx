import Link from "next/link";
import { formatDay } from "@/lib/format";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import { statusSegments, type StatusChange } from "@/lib/timeline/status-segments";

export interface SwimlaneRow {
  id: string;
  label: string;
  href?: string;
  changes: StatusChange[];
}

const DAY = 24 * 3600 * 1000;
const LABEL_WIDTH = 200;
const CHART_WIDTH = 720;
const ROW_HEIGHT = 26;

/**
 * Statuses over time: one lane per issue, coloured by the status it was in on each day, from its
 * first recorded change until today. Drawn on the server as SVG; a text table carries the same
 * facts for screen readers.
 */
export function StatusSwimlanes({ rows, until = new Date(), title }: { rows: SwimlaneRow[]; until?: Date; title: string }) {
  const withChanges = rows.filter((row) => row.changes.length > 0);
  if (withChanges.length === 0) {
    return <p className="text-sm text-slate-500">No status changes recorded yet.</p>;
  }
  const firstChange = Math.min(...withChanges.flatMap((row) => row.changes.map((change) => change.occurredAt.getTime())));
  const start = firstChange - DAY;
  const end = Math.max(until.getTime(), firstChange + 7 * DAY);
  const x = (time: number) => LABEL_WIDTH + ((time - start) / (end - start)) * CHART_WIDTH;
  const height = withChanges.length * ROW_HEIGHT + 28;
  const ticks = monthTicks(start, end);

  return (
    <figure className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 8} ${height}`}
        className="min-w-[640px] w-full"
        role="img"
        aria-labelledby="swimlane-title"
      >
        <title id="swimlane-title">{title}</title>
        {ticks.map((tick) => (
          <g key={tick.time}>
            <line x1={x(tick.time)} x2={x(tick.time)} y1={0} y2={height - 22} stroke="#e2e8f0" />
            <text x={x(tick.time)} y={height - 8} fontSize="10" textAnchor="middle" fill="#64748b">
              {tick.label}
            </text>
          </g>
        ))}
        {withChanges.map((row, index) => {
          const y = index * ROW_HEIGHT + 4;
          const segments = statusSegments(row.changes, new Date(end));
          return (
            <g key={row.id}>
              <text x={LABEL_WIDTH - 8} y={y + 14} fontSize="11" textAnchor="end" fill="#0f172a">
                {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
              </text>
              {segments.map((segment) => (
                <rect
                  key={segment.start.toISOString()}
                  x={x(segment.start.getTime())}
                  y={y}
                  width={Math.max(2, x(segment.end.getTime()) - x(segment.start.getTime()))}
                  height={ROW_HEIGHT - 8}
                  rx={3}
                  fill={STATUS_SCALE[segment.status].color}
                >
                  <title>{`${row.label}: ${STATUS_SCALE[segment.status].label} from ${formatDay(segment.start)}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <ul aria-hidden className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {shownStatuses(withChanges, end).map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span className="h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: STATUS_SCALE[status].color }} />
            {STATUS_SCALE[status].label}
          </li>
        ))}
      </ul>
      <figcaption className="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {withChanges.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.href ? <Link href={row.href}>{row.label}</Link> : row.label}</th>
                <td>
                  {statusSegments(row.changes, new Date(end))
                    .map((segment) => `${STATUS_SCALE[segment.status].label} from ${formatDay(segment.start)}`)
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

/** The statuses the chart draws, in scale order, for its colour key. */
function shownStatuses(rows: SwimlaneRow[], end: number) {
  const seen = new Set(rows.flatMap((row) => statusSegments(row.changes, new Date(end)).map((segment) => segment.status)));
  return STATUSES.filter((status) => seen.has(status));
}

function monthTicks(start: number, end: number) {
  const ticks: { time: number; label: string }[] = [];
  const span = end - start;
  const cursor = new Date(start);
  cursor.setUTCDate(1);
  cursor.setUTCHours(0, 0, 0, 0);
  const step = span > 400 * DAY ? 3 : 1;
  const format = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
  while (cursor.getTime() <= end) {
    if (cursor.getTime() >= start) ticks.push({ time: cursor.getTime(), label: format.format(cursor) });
    cursor.setUTCMonth(cursor.getUTCMonth() + step);
  }
  if (ticks.length < 2 && span < 62 * DAY) {
    return [start + DAY, end].map((time) => ({ time, label: formatDay(new Date(time)) }));
  }
  return ticks;
}
