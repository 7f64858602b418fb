import type { MatchKind } from "@/lib/plan-drafts/crosswalk";

const KINDS: Record<MatchKind, { label: string; className: string; symbol: string }> = {
  same: { label: "Same", className: "bg-slate-100 text-slate-800 ring-slate-300", symbol: "=" },
  changed: { label: "Changed", className: "bg-amber-100 text-amber-900 ring-amber-300", symbol: "~" },
  dropped: { label: "Dropped", className: "bg-rose-100 text-rose-900 ring-rose-300", symbol: "−" },
  new: { label: "New", className: "bg-emerald-100 text-emerald-900 ring-emerald-300", symbol: "+" },
};

/** How a point fared between two drafts, as a word and a symbol besides the colour. */
export function MatchKindBadge({ kind }: { kind: MatchKind }) {
  const info = KINDS[kind];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${info.className}`}>
      <span aria-hidden>{info.symbol}</span>
      {info.label}
    </span>
  );
}
