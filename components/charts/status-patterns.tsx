import type { ReactNode } from "react";
import type { IssueStatus } from "@/lib/statuses";

/**
 * Each status has a texture as well as a colour (Okabe–Ito, readable with colour-blindness), so no
 * two statuses are told apart by colour alone.
 */
const PATTERNS: Partial<Record<IssueStatus, (id: string) => ReactNode>> = {
  UNDER_DISCUSSION: (id) => (
    <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#56B4E9" />
      <circle cx="3" cy="3" r="1.1" fill="#0b3954" />
    </pattern>
  ),
  GAPS_REMAIN: (id) => (
    <pattern key={id} id={id} width="6" height="5" patternUnits="userSpaceOnUse">
      <rect width="6" height="5" fill="#E69F00" />
      <line x1="0" y1="2.5" x2="6" y2="2.5" stroke="#4a3300" strokeWidth="1" />
    </pattern>
  ),
  CONVERGING: (id) => (
    <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#0072B2" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
    </pattern>
  ),
  DEADLOCKED: (id) => (
    <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#D55E00" />
      <path d="M0 0L6 6M6 0L0 6" stroke="#3d1b00" strokeWidth="1" />
    </pattern>
  ),
  DROPPED: (id) => (
    <pattern key={id} id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      <rect width="4" height="4" fill="#4d4d4d" />
      <line x1="0" y1="0" x2="0" y2="4" stroke="#bdbdbd" strokeWidth="1" />
    </pattern>
  ),
};

/** The textures of the given statuses; `id` makes pattern ids unique per drawing. */
export function StatusPatternDefs({ id, statuses }: { id: string; statuses: readonly IssueStatus[] }) {
  return <defs>{statuses.map((status) => PATTERNS[status]?.(`${id}-${status}`))}</defs>;
}

/** Plain fills for the statuses without a texture: light grey (nothing yet) and solid green (agreed). */
const PLAIN: Partial<Record<IssueStatus, string>> = { NOT_DISCUSSED: "#dcdcdc", AGREED_IN_PRINCIPLE: "#009E73" };

export function statusFill(id: string, status: IssueStatus): string {
  return PLAIN[status] ?? `url(#${id}-${status})`;
}
