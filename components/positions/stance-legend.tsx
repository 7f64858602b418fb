import { StanceBadge } from "@/components/positions/stance-badge";
import { MAX_SPREAD, STANCE_SCALE, STANCES } from "@/lib/positions/stances";

/** The stance scale with what each step means and how the distance between parties is computed. */
export function StanceLegend({ isOpen = false }: { isOpen?: boolean }) {
  return (
    <details open={isOpen} className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">What the stances and the distance mean</summary>
      <p className="mt-3 max-w-3xl text-sm text-slate-700">
        A stance is always towards the proposal on the table for that issue (the issue&apos;s summary says what it is); the one-line statement says it in the
        party&apos;s own terms.
      </p>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {STANCES.map((stance) => (
          <div key={stance} className="flex flex-col gap-1">
            <dt>
              <StanceBadge stance={stance} size="sm" />
              <span className="ml-2 text-xs text-slate-500">
                {STANCE_SCALE[stance].score === null ? "not scored" : `score ${formatScore(STANCE_SCALE[stance].score)}`}
              </span>
            </dt>
            <dd className="text-sm text-slate-600">{STANCE_SCALE[stance].meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 max-w-3xl text-sm text-slate-700">
        <strong>Distance</strong> is the gap between the highest and the lowest score among the parties that stated a position on the issue, from 0 (all stand
        in the same place) to {MAX_SPREAD} (one insists on what another rules out). It needs at least two stated positions. 3 or more reads as{" "}
        <em>far apart</em>, 2 as <em>apart</em>, 1 as <em>close</em>, 0 as <em>aligned</em>.
      </p>
    </details>
  );
}

function formatScore(score: number | null): string {
  if (score === null) return "—";
  return score > 0 ? `+${score}` : score < 0 ? `−${Math.abs(score)}` : "0";
}
