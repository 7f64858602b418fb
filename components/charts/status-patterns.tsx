import type { IssueStatus } from "@/lib/statuses";

/**
 * Each status has a texture as well as a colour (Okabe–Ito, readable with colour-blindness), so no
 * two statuses are told apart by colour alone. `id` makes pattern ids unique per chart.
 */
export function StatusPatternDefs({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-UNDER_DISCUSSION`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#56B4E9" />
        <circle cx="3" cy="3" r="1.1" fill="#0b3954" />
      </pattern>
      <pattern id={`${id}-GAPS_REMAIN`} width="6" height="5" patternUnits="userSpaceOnUse">
        <rect width="6" height="5" fill="#E69F00" />
        <line x1="0" y1="2.5" x2="6" y2="2.5" stroke="#4a3300" strokeWidth="1" />
      </pattern>
      <pattern id={`${id}-CONVERGING`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#0072B2" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
      </pattern>
      <pattern id={`${id}-DEADLOCKED`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#D55E00" />
        <path d="M0 0L6 6M6 0L0 6" stroke="#3d1b00" strokeWidth="1" />
      </pattern>
      <pattern id={`${id}-DROPPED`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="4" height="4" fill="#4d4d4d" />
        <line x1="0" y1="0" x2="0" y2="4" stroke="#bdbdbd" strokeWidth="1" />
      </pattern>
    </defs>
  );
}

/** Plain fills for the statuses without a texture: light grey (nothing yet) and solid green (agreed). */
const PLAIN: Partial<Record<IssueStatus, string>> = { NOT_DISCUSSED: "#dcdcdc", AGREED_IN_PRINCIPLE: "#009E73" };

export function statusFill(id: string, status: IssueStatus): string {
  return PLAIN[status] ?? `url(#${id}-${status})`;
}
