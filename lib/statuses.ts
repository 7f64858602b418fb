import type { IssueStatus } from "@/lib/generated/prisma/enums";

export type { IssueStatus };

interface StatusInfo {
  label: string;
  /** One line an analyst can rely on when choosing or reading a status. */
  meaning: string;
  /** Tailwind classes for the badge (background + text), readable in both themes. */
  badge: string;
  /** Fill colour for charts (Okabe–Ito, distinguishable with colour-blindness; charts add a texture too). */
  color: string;
}

/** The one status scale, in the order it is shown. */
export const STATUS_SCALE: Record<IssueStatus, StatusInfo> = {
  NOT_DISCUSSED: {
    label: "Not yet discussed",
    meaning: "On the agenda, but no reported talks on it yet.",
    badge: "bg-slate-100 text-slate-800 ring-slate-300",
    color: "#dcdcdc",
  },
  UNDER_DISCUSSION: {
    label: "Under discussion",
    meaning: "The parties are actively discussing it; no positions have hardened yet.",
    badge: "bg-sky-100 text-sky-900 ring-sky-300",
    color: "#56B4E9",
  },
  GAPS_REMAIN: {
    label: "Unresolved — gaps remain",
    meaning: "Discussed, but the parties' positions are still apart.",
    badge: "bg-amber-100 text-amber-900 ring-amber-300",
    color: "#E69F00",
  },
  CONVERGING: {
    label: "Converging",
    meaning: "Positions are moving closer; formulations are being drafted.",
    badge: "bg-teal-100 text-teal-900 ring-teal-300",
    color: "#0072B2",
  },
  AGREED_IN_PRINCIPLE: {
    label: "Agreed in principle",
    meaning: "The parties report agreement on the substance; details or signature pending.",
    badge: "bg-emerald-100 text-emerald-900 ring-emerald-300",
    color: "#009E73",
  },
  DEADLOCKED: {
    label: "Deadlocked",
    meaning: "At least one party rejects any compromise; no movement expected soon.",
    badge: "bg-rose-100 text-rose-900 ring-rose-300",
    color: "#D55E00",
  },
  DROPPED: {
    label: "Dropped",
    meaning: "Taken off the table, by agreement or by one side walking away from it.",
    badge: "bg-zinc-200 text-zinc-700 ring-zinc-400",
    color: "#4d4d4d",
  },
};

export const STATUSES = Object.keys(STATUS_SCALE) as IssueStatus[];

export function statusLabel(status: IssueStatus): string {
  return STATUS_SCALE[status].label;
}
