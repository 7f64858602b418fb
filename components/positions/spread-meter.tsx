import { MAX_SPREAD, spreadLabel } from "@/lib/positions/stances";

/** The distance between parties on one issue, as a bar with its number and a word. */
export function SpreadMeter({ spread }: { spread: number | null }) {
  const label = spreadLabel(spread);
  if (spread === null) return <span className="text-xs text-slate-500">{label}</span>;
  const width = 64;
  const filled = (spread / MAX_SPREAD) * width;
  const color = spread >= 3 ? "#be123c" : spread === 2 ? "#d97706" : "#0f766e";
  return (
    <span className="inline-flex flex-col gap-1">
      <svg width={width} height="8" aria-hidden className="rounded-sm">
        <rect width={width} height="8" fill="#e2e8f0" />
        <rect width={filled} height="8" fill={color} />
      </svg>
      <span className="text-xs font-medium text-slate-800">
        {spread} of {MAX_SPREAD} · {label}
      </span>
    </span>
  );
}
