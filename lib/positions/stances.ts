// Pure: the one stance scale for positions, shared by pages, forms, charts and the audit views.
import type { Stance } from "@/lib/generated/prisma/enums";

export type { Stance };

interface StanceInfo {
  label: string;
  /** One line an analyst can rely on when choosing or reading a stance. */
  meaning: string;
  /** Tailwind classes for the badge (background, text, ring). */
  badge: string;
  /** Fill colour for charts and cell markers. */
  color: string;
  /**
   * Where the stance sits towards the proposal on the table for the issue, from +2 (insists on it)
   * to −2 (rules it out); null when the party has not said. Used for the distance between parties.
   */
  score: number | null;
}

/**
 * The one stance scale, in the order it is shown. A stance is always towards the proposal on the
 * table for that issue (as its summary describes it); the statement says it in the party's terms.
 */
export const STANCE_SCALE: Record<Stance, StanceInfo> = {
  INSISTS: {
    label: "Insists",
    meaning: "Demands it: makes it a condition of any deal.",
    badge: "bg-indigo-100 text-indigo-900 ring-indigo-300",
    color: "#4f46e5",
    score: 2,
  },
  SUPPORTS: {
    label: "Supports",
    meaning: "Backs the proposal as it stands.",
    badge: "bg-emerald-100 text-emerald-900 ring-emerald-300",
    color: "#059669",
    score: 1,
  },
  CONDITIONAL: {
    label: "Open / conditional",
    meaning: "Open to it, or would accept it only with conditions or changes.",
    badge: "bg-amber-100 text-amber-900 ring-amber-300",
    color: "#d97706",
    score: 0,
  },
  OPPOSES: {
    label: "Opposes",
    meaning: "Rejects the proposal as it stands, but keeps negotiating on it.",
    badge: "bg-orange-100 text-orange-900 ring-orange-300",
    color: "#ea580c",
    score: -1,
  },
  RED_LINE: {
    label: "Red line",
    meaning: "Rules it out: says it will not accept it under any terms.",
    badge: "bg-rose-100 text-rose-900 ring-rose-300",
    color: "#e11d48",
    score: -2,
  },
  NO_POSITION: {
    label: "No stated position",
    meaning: "The party has not said where it stands, or the sources do not say.",
    badge: "bg-slate-100 text-slate-700 ring-slate-300",
    color: "#94a3b8",
    score: null,
  },
};

export const STANCES = Object.keys(STANCE_SCALE) as Stance[];

export function stanceLabel(stance: Stance): string {
  return STANCE_SCALE[stance].label;
}

export function isStance(value: unknown): value is Stance {
  return typeof value === "string" && Object.hasOwn(STANCE_SCALE, value);
}

/** The largest possible distance: one party insists on what another rules out. */
export const MAX_SPREAD = 4;

/**
 * How far apart the parties stand on one issue: the gap between the highest and the lowest score
 * among parties that stated a position. Null when fewer than two have, since one voice has no gap.
 */
export function spreadOf(stances: Stance[]): number | null {
  const scores = stances.flatMap((stance) => {
    const score = STANCE_SCALE[stance].score;
    return score === null ? [] : [score];
  });
  if (scores.length < 2) return null;
  return Math.max(...scores) - Math.min(...scores);
}

/** A word for a spread, so the number is never the only cue. */
export function spreadLabel(spread: number | null): string {
  if (spread === null) return "Too few stated positions";
  if (spread >= 3) return "Far apart";
  if (spread === 2) return "Apart";
  if (spread === 1) return "Close";
  return "Aligned";
}
