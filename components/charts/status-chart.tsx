import Link from "next/link";
import { useId } from "react";
import { StatusPatternDefs, statusFill } from "@/components/charts/status-patterns";
import { formatDay } from "@/lib/format";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import {
  CHART_RANGES,
  CHART_STEPS,
  chartWindow,
  defaultChartRange,
  LATEST_CHANGES,
  segmentsToDraw,
  statusSegments,
  timeInEachStatus,
  type ChartRange,
  type StatusChange,
  type StatusSegment,
  type StatusSummary,
} from "@/lib/timeline/status-segments";

export interface SwimlaneRow {
  id: string;
  label: string;
  href?: string;
  /** The status changes to draw: all of them, or only those the chart's range can show (see chartStatusData). */
  changes: StatusChange[];
  /** Sums over the whole history, when `changes` holds only what the chart can show. */
  summary?: StatusSummary;
}

const DAY = 24 * 3600 * 1000;
const LABEL_WIDTH = 220;
const CHART_WIDTH = 700;
const RIGHT_MARGIN = 40;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = ROW_HEIGHT - 8;
const LABEL_CHARS = 32;
/**
 * Chart units per drawn step: about two pixels at the chart's narrowest (640 px for 960 units), so
 * at most CHART_STEPS segments a lane whatever the number of changes, and none too narrow to see.
 */
const RESOLUTION = CHART_WIDTH / CHART_STEPS;

const RANGE_LABELS: Record<ChartRange, string> = { "30": "30 days", "90": "90 days", all: "All" };

/** Never identical for two long titles that share a beginning: "Security guarantees for … (US)". */
function shortLabel(label: string): string {
  if (label.length <= LABEL_CHARS) return label;
  return `${label.slice(0, LABEL_CHARS - 12).trimEnd()}…${label.slice(-11).trimStart()}`;
}

/** An issue without any change has been "not yet discussed" all along. */
function segmentsOf(row: SwimlaneRow, from: number, until: Date): StatusSegment[] {
  if (row.changes.length === 0) return [{ status: "NOT_DISCUSSED", start: new Date(from), end: until }];
  return statusSegments(row.changes, until);
}

function days(ms: number): string {
  const count = Math.round(ms / DAY);
  if (count < 1) return "less than a day";
  return count === 1 ? "1 day" : `${count.toLocaleString("en")} days`;
}

/**
 * Statuses over time, drawn on the server: one lane per issue in one time range (30 days, 90 days,
 * all), chosen with links that keep the page's other parameters (`rangeHref`), and a table summing
 * up the same facts. Without `range`, the last 90 days when the history is longer, else all of it.
 * Each lane is drawn at the chart's resolution (see `segmentsToDraw`), so the page's size does not
 * grow with the number of status changes.
 */
export function StatusChart({
  rows,
  until,
  title,
  range: asked,
  rangeHref,
}: {
  rows: SwimlaneRow[];
  until: Date;
  title: string;
  range?: ChartRange;
  rangeHref: (range: ChartRange) => string;
}) {
  const id = `status-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  if (rows.length === 0) return <p className="text-sm text-slate-600">No issues yet.</p>;

  const end = until.getTime();
  const firstChange = rows.reduce((first, row) => Math.min(first, earliest(row.changes)), end);
  const range = asked ?? defaultChartRange(firstChange, until);
  const window = chartWindow(range, firstChange, until);
  const allStart = chartWindow("all", firstChange, until).start;
  const lanes = rows.map((row) => ({ row, segments: segmentsOf(row, allStart, until) }));
  const shown = STATUSES.filter((status) => lanes.some((lane) => lane.segments.some((segment) => segment.status === status)));

  return (
    <figure data-status-chart>
      {/* One set of textures for the drawing and the key. */}
      <svg width="0" height="0" className="absolute" aria-hidden>
        <StatusPatternDefs id={id} statuses={shown} />
      </svg>
      <div className="no-print mb-3 flex flex-wrap items-center gap-3 text-sm">
        <div role="group" aria-label="Time range" className="inline-flex overflow-hidden rounded-md border border-slate-300">
          {CHART_RANGES.map((value) => (
            <Link
              key={value}
              href={rangeHref(value)}
              scroll={false}
              aria-current={value === range ? "true" : undefined}
              className={`px-3 py-1.5 hover:no-underline ${value === range ? "bg-slate-900 text-white" : "bg-white text-slate-800 hover:bg-slate-50"}`}
            >
              {RANGE_LABELS[value]}
            </Link>
          ))}
        </div>
        <span className="text-xs text-slate-600">{rangeLabel(window.start, end)}</span>
      </div>
      <div className="overflow-x-auto" data-scroll-region tabIndex={0} role="group" aria-label={`${title}, chart`}>
        <Drawing id={id} titleId={`${id}-title`} title={`${title}, ${rangeLabel(window.start, end)}`} lanes={lanes} start={window.start} end={end} />
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Key">
        {shown.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <svg width="22" height="12" aria-hidden>
              <rect width="22" height="12" rx="2" fill={statusFill(id, status)} stroke="#334155" strokeWidth="0.75" />
            </svg>
            {STATUS_SCALE[status].label}
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-700">Show as a table</summary>
        <div className="mt-2 overflow-x-auto" data-scroll-region tabIndex={0} role="group" aria-label={`${title}, table`}>
          <SummaryTable title={title} lanes={lanes} until={until} />
        </div>
      </details>
    </figure>
  );
}

/** The earliest change's time (changes come in any order), or Infinity without any. */
function earliest(changes: StatusChange[]): number {
  let min = Infinity;
  for (const change of changes) min = Math.min(min, change.occurredAt.getTime());
  return min;
}

function rangeLabel(start: number, end: number): string {
  return `${formatDay(new Date(start))} to ${formatDay(new Date(end))}`;
}

interface Lane {
  row: SwimlaneRow;
  segments: StatusSegment[];
}

/** One range's drawing: per lane, one path per status holding all of that status's segments. */
function Drawing({ id, titleId, title, lanes, start, end }: { id: string; titleId: string; title: string; lanes: Lane[]; start: number; end: number }) {
  const height = lanes.length * ROW_HEIGHT + 30;
  // Tenths of a unit are finer than any screen shows, and keep the markup short.
  const x = (time: number) => Math.round((LABEL_WIDTH + ((time - start) / (end - start)) * CHART_WIDTH) * 10) / 10;
  const ticks = timeTicks(start, end);
  const drawnLanes = lanes.map((lane) => ({ ...lane, drawn: segmentsToDraw(lane.segments, { start, end }, CHART_WIDTH, RESOLUTION) }));
  return (
    <svg viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + RIGHT_MARGIN} ${height}`} className="w-full min-w-[640px]" role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {/* Shared attributes sit on the groups (SVG inherits them): a page draws each range, and each
          attribute travels twice, in the markup and in the React payload. */}
      <path d={ticks.map((tick) => `M${x(tick.time)} 0V${height - 24}`).join("")} stroke="#e2e8f0" fill="none" />
      <g fontSize="10" fill="#475569" textAnchor="middle">
        {ticks.map((tick, index) => (
          <text key={tick.time} x={x(tick.time)} y={height - 8} textAnchor={index === ticks.length - 1 ? "end" : index === 0 ? "start" : undefined}>
            {tick.label}
          </text>
        ))}
      </g>
      <g stroke="#334155" strokeWidth="0.75">
        {drawnLanes.map(({ row, drawn }, index) => {
          const y = index * ROW_HEIGHT + 4;
          const short = shortLabel(row.label);
          return (
            <g key={row.id}>
              <text x={LABEL_WIDTH - 8} y={y + 14} fontSize="11" textAnchor="end" fill="#0f172a" stroke="none">
                {short === row.label ? null : <title>{row.label}</title>}
                {short}
              </text>
              {STATUSES.map((status) => {
                const path = drawn
                  .filter((segment) => segment.status === status)
                  .map((segment) => `M${LABEL_WIDTH + segment.x0} ${y}h${segment.x1 - segment.x0}v${BAR_HEIGHT}h${segment.x0 - segment.x1}z`)
                  .join("");
                return path ? <path key={status} d={path} fill={statusFill(id, status)} /> : null;
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** The chart's facts in words: the status now, time spent in each, and the latest changes. */
function SummaryTable({ title, lanes, until }: { title: string; lanes: Lane[]; until: Date }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{title}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-4">
            Issue
          </th>
          <th scope="col" className="py-1 pr-4">
            Now
          </th>
          <th scope="col" className="py-1 pr-4">
            Time in each status
          </th>
          <th scope="col" className="py-1">
            Latest changes
          </th>
        </tr>
      </thead>
      <tbody>
        {lanes.map(({ row, segments }) => {
          const current = segments.at(-1);
          const latest = segments.slice(1).slice(-LATEST_CHANGES).reverse();
          const earlier = Math.max(0, (row.summary?.changeCount ?? segments.length - 1) - latest.length);
          return (
            <tr key={row.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1 pr-4 font-medium">
                {row.href ? <Link href={row.href}>{row.label}</Link> : row.label}
              </th>
              <td className="py-1 pr-4">
                {row.changes.length === 0 || !current
                  ? STATUS_SCALE.NOT_DISCUSSED.label
                  : `${STATUS_SCALE[current.status].label} since ${formatDay(current.start)}`}
              </td>
              <td className="py-1 pr-4">
                {row.changes.length === 0
                  ? "—"
                  : (row.summary?.timeInStatus ?? timeInEachStatus(segments, until))
                      .map(({ status, ms }) => `${STATUS_SCALE[status].label} ${days(ms)}`)
                      .join("; ")}
              </td>
              <td className="py-1">
                {latest.length === 0
                  ? "None"
                  : `${latest.map((segment) => `${STATUS_SCALE[segment.status].label} from ${formatDay(segment.start)}`).join("; ")}${earlier > 0 ? `; ${earlier.toLocaleString("en")} earlier ${earlier === 1 ? "change" : "changes"} on the timeline` : ""}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function timeTicks(start: number, end: number): { time: number; label: string }[] {
  const span = end - start;
  if (span <= 100 * DAY) {
    // Weekly (or every other week) ticks for short ranges, labelled with the day.
    const step = span <= 40 * DAY ? 7 * DAY : 14 * DAY;
    const ticks = [];
    for (let time = start; time <= end; time += step) ticks.push({ time, label: formatDay(new Date(time)).replace(/ \d{4}$/, "") });
    return ticks;
  }
  const ticks: { time: number; label: string }[] = [];
  const cursor = new Date(start);
  cursor.setUTCDate(1);
  cursor.setUTCHours(0, 0, 0, 0);
  const step = span > 400 * DAY ? 3 : 1;
  const format = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
  while (cursor.getTime() <= end) {
    if (cursor.getTime() >= start) ticks.push({ time: cursor.getTime(), label: format.format(cursor) });
    cursor.setUTCMonth(cursor.getUTCMonth() + step);
  }
  return ticks;
}
