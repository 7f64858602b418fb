import { restsOn, type Independence } from "@/lib/sources/independence";

const STYLES: Record<Independence["label"], string> = {
  "no source": "bg-slate-100 text-slate-800",
  "single source": "bg-amber-100 text-amber-900",
  "claimed by a party": "bg-rose-100 text-rose-900",
  corroborated: "bg-emerald-100 text-emerald-900",
};

/** How citations are counted, said after each reasoning in the same string (two adjacent texts would add a `<!-- -->` to the markup). */
const HOW_COUNTED =
  "Citations count as one report when one republishes the other or both copy the same original; government channels and state-controlled outlets count as a party's claim.";

/** "single source", "claimed by a party" or "corroborated by N independent sources", with the reasoning one click away. */
export function IndependenceLabel({ independence }: { independence: Independence }) {
  return (
    <details className="tl-more" data-testid="independence">
      <summary>
        <span className={`tag ${STYLES[independence.label]}`}>{independence.text}</span>
        <span className="sr-only"> (show why)</span>
      </summary>
      <p className="mt-1 text-slate-700">{`${restsOn(independence)}. ${HOW_COUNTED}`}</p>
    </details>
  );
}

/** The one-line basis of a current status, for the issue page and the dashboard. */
export function StatusBasis({ independence }: { independence: Independence }) {
  return (
    <p className="text-sm text-slate-700" data-testid="status-basis">
      <span className={`tag mr-1 ${STYLES[independence.label]}`}>{independence.text}</span>
      Current status {restsOn(independence)}.
    </p>
  );
}
