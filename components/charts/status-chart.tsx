"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { StatusPatternDefs, statusFill } from "@/components/charts/status-patterns";
import { formatDay, toDateInput } from "@/lib/format";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import { statusSegments, type StatusChange, type StatusSegment } from "@/lib/timeline/status-segments";

export interface SwimlaneRow {
  id: string;
  label: string;
  href?: string;
  changes: StatusChange[];
}

type Range = "30" | "90" | "all" | "custom";

const DAY = 24 * 3600 * 1000;
const LABEL_WIDTH = 220;
const CHART_WIDTH = 700;
const RIGHT_MARGIN = 40;
const ROW_HEIGHT = 26;
const LABEL_CHARS = 32;

const RANGES: { value: Range; label: string }[] = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "all", label: "All" },
  { value: "custom", label: "Custom" },
];

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

export function StatusChart({ rows, until, title }: { rows: SwimlaneRow[]; until: Date; title: string }) {
  const id = useId().replace(/:/g, "");
  const end = until.getTime();
  const allChanges = rows.flatMap((row) => row.changes.map((change) => change.occurredAt.getTime()));
  const firstChange = allChanges.length > 0 ? Math.min(...allChanges) : end - 30 * DAY;
  const [range, setRange] = useState<Range>(end - firstChange > 90 * DAY ? "90" : "all");
  const [customFrom, setCustomFrom] = useState(toDateInput(new Date(Math.max(firstChange, end - 180 * DAY))));
  const [customTo, setCustomTo] = useState(toDateInput(until));

  if (rows.length === 0) return <p className="text-sm text-slate-600">No issues yet.</p>;

  const customStart = Date.parse(`${customFrom}T00:00:00Z`);
  const customEnd = Date.parse(`${customTo}T23:59:59Z`);
  const isCustomValid = Number.isFinite(customStart) && Number.isFinite(customEnd) && customStart < customEnd;
  const windowEnd = range === "custom" && isCustomValid ? Math.min(customEnd, end) : end;
  const windowStart =
    range === "30"
      ? end - 30 * DAY
      : range === "90"
        ? end - 90 * DAY
        : range === "custom" && isCustomValid
          ? customStart
          : Math.min(firstChange - DAY, end - 7 * DAY);
  const x = (time: number) => LABEL_WIDTH + ((Math.min(Math.max(time, windowStart), windowEnd) - windowStart) / (windowEnd - windowStart)) * CHART_WIDTH;
  const height = rows.length * ROW_HEIGHT + 30;
  const ticks = timeTicks(windowStart, windowEnd);
  const lanes = rows.map((row) => ({
    row,
    segments: segmentsOf(row, Math.min(windowStart, firstChange), new Date(end)),
  }));
  const inWindow = (segment: StatusSegment) => segment.end.getTime() > windowStart && segment.start.getTime() < windowEnd;
  const shown = STATUSES.filter((status) => lanes.some((lane) => lane.segments.some((segment) => segment.status === status && inWindow(segment))));
  const rangeLabel = `${formatDay(new Date(windowStart))} to ${formatDay(new Date(windowEnd))}`;

  return (
    <figure>
      <fieldset className="no-print mb-3 flex flex-wrap items-end gap-3 text-sm">
        <legend className="sr-only">Time range</legend>
        <div className="inline-flex overflow-hidden rounded-md border border-slate-300">
          {RANGES.map((option) => (
            <label
              key={option.value}
              className={`cursor-pointer px-3 py-1.5 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${range === option.value ? "bg-slate-900 text-white" : "bg-white text-slate-800 hover:bg-slate-50"}`}
            >
              <input
                type="radio"
                name={`${id}-range`}
                value={option.value}
                checked={range === option.value}
                onChange={() => setRange(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          ))}
        </div>
        {range === "custom" ? (
          <span className="flex flex-wrap items-end gap-2">
            <label className="grid text-xs text-slate-700">
              From
              <input
                type="date"
                value={customFrom}
                max={customTo}
                onChange={(event) => setCustomFrom(event.target.value)}
                className="rounded border border-slate-300 px-2 py-1 text-sm"
              />
            </label>
            <label className="grid text-xs text-slate-700">
              To
              <input
                type="date"
                value={customTo}
                min={customFrom}
                max={toDateInput(until)}
                onChange={(event) => setCustomTo(event.target.value)}
                className="rounded border border-slate-300 px-2 py-1 text-sm"
              />
            </label>
            {isCustomValid ? null : <span className="text-xs text-rose-800">Choose a start before the end.</span>}
          </span>
        ) : null}
        <span className="text-xs text-slate-600" aria-live="polite">
          {rangeLabel}
        </span>
      </fieldset>
      <div className="overflow-x-auto" data-scroll-region tabIndex={0} role="group" aria-label={`${title}, chart`}>
        <svg viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + RIGHT_MARGIN} ${height}`} className="w-full min-w-[640px]" role="img" aria-labelledby={`${id}-title`}>
          <title id={`${id}-title`}>{`${title}, ${rangeLabel}`}</title>
          <StatusPatternDefs id={id} />
          {ticks.map((tick, index) => (
            <g key={tick.time}>
              <line x1={x(tick.time)} x2={x(tick.time)} y1={0} y2={height - 24} stroke="#e2e8f0" />
              <text
                x={x(tick.time)}
                y={height - 8}
                fontSize="10"
                textAnchor={index === ticks.length - 1 ? "end" : index === 0 ? "start" : "middle"}
                fill="#475569"
              >
                {tick.label}
              </text>
            </g>
          ))}
          {lanes.map(({ row, segments }, index) => {
            const y = index * ROW_HEIGHT + 4;
            return (
              <g key={row.id}>
                <text x={LABEL_WIDTH - 8} y={y + 14} fontSize="11" textAnchor="end" fill="#0f172a">
                  <title>{row.label}</title>
                  {shortLabel(row.label)}
                </text>
                {segments.filter(inWindow).map((segment) => (
                  <rect
                    key={segment.start.toISOString()}
                    x={x(segment.start.getTime())}
                    y={y}
                    width={Math.max(2, x(segment.end.getTime()) - x(segment.start.getTime()))}
                    height={ROW_HEIGHT - 8}
                    rx={3}
                    fill={statusFill(id, segment.status)}
                    stroke="#334155"
                    strokeWidth="0.75"
                  >
                    <title>{`${row.label}: ${STATUS_SCALE[segment.status].label} from ${formatDay(segment.start)}`}</title>
                  </rect>
                ))}
              </g>
            );
          })}
        </svg>
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
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-4">
                  Issue
                </th>
                <th scope="col" className="py-1">
                  Statuses
                </th>
              </tr>
            </thead>
            <tbody>
              {lanes.map(({ row, segments }) => (
                <tr key={row.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-4 font-medium">
                    {row.href ? <Link href={row.href}>{row.label}</Link> : row.label}
                  </th>
                  <td className="py-1">
                    {row.changes.length === 0
                      ? STATUS_SCALE.NOT_DISCUSSED.label
                      : segments.map((segment) => `${STATUS_SCALE[segment.status].label} from ${formatDay(segment.start)}`).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
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
