import { CheckSourcesButton } from "@/components/sources/check-sources-button";
import { formatDateTime } from "@/lib/format";
import { CHECK_OUTCOME_LABELS } from "@/lib/sources/checks/classify-check";
import type { SourceChecks } from "@/lib/sources/checks/queries";
import type { DiffSegment } from "@/lib/sources/checks/text-diff";

const OUTCOME_STYLES: Record<keyof typeof CHECK_OUTCOME_LABELS, string> = {
  CAPTURED: "bg-sky-100 text-sky-900",
  UNCHANGED: "bg-emerald-100 text-emerald-900",
  CHANGED: "bg-amber-100 text-amber-900",
  MOVED: "bg-violet-100 text-violet-900",
  GONE: "bg-rose-100 text-rose-900",
  FAILED: "bg-slate-200 text-slate-900",
};

/** The kept copy of a source and every check for changes. Workspace only: share pages never show copies. */
export function SourceChecksSection({
  sourceId,
  sourceLabel,
  data,
  canCheck,
}: {
  sourceId: string;
  sourceLabel: string;
  data: SourceChecks;
  canCheck: boolean;
}) {
  const { checks, latestCopy } = data;
  return (
    <>
      <section aria-labelledby="copy-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="copy-heading" className="font-semibold">
          Kept copy
        </h2>
        {latestCopy ? (
          <>
            <p className="mt-1 text-xs text-slate-600">
              Fetched {formatDateTime(latestCopy.checkedAt)}
              {latestCopy.finalUrl ? (
                <>
                  {" "}
                  from <span className="break-all">{latestCopy.finalUrl}</span>
                </>
              ) : null}{" "}
              · SHA-256 <code className="break-all">{latestCopy.contentHash}</code>
            </p>
            <div
              className="mt-2 max-h-96 overflow-y-auto rounded border border-slate-100 bg-slate-50 p-3 text-sm"
              tabIndex={0}
              aria-label="Text of the kept copy"
            >
              {latestCopy.title ? <p className="mb-2 font-semibold">{latestCopy.title}</p> : null}
              {(latestCopy.text ?? "").split(/\n{2,}/).map((paragraph, index) => (
                <p key={index} className="mb-2">
                  {paragraph}
                </p>
              ))}
            </div>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">
            {checks.length > 0
              ? "No readable copy could be kept yet (see the checks below)."
              : "No copy yet: one is kept when the source is first cited, or run a check."}
          </p>
        )}
      </section>
      <section aria-labelledby="checks-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="checks-heading" className="mb-2 font-semibold">
          Checks for changes
        </h2>
        {canCheck ? <CheckSourcesButton sources={[{ id: sourceId, label: sourceLabel }]} label="Check for changes" /> : null}
        {checks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Not checked yet.</p>
        ) : (
          <ol className="mt-3 grid gap-2 text-sm" aria-label="Checks, newest first">
            {checks.map((check) => (
              <li key={check.id} className="rounded border border-slate-100 p-2">
                <p className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${OUTCOME_STYLES[check.outcome]}`}>{CHECK_OUTCOME_LABELS[check.outcome]}</span>
                  <span>{formatDateTime(check.checkedAt)}</span>
                  <span className="text-slate-600">{check.checkedBy ? `by ${check.checkedBy.name}` : "automatically, when first cited"}</span>
                  {check.httpStatus && check.httpStatus !== 200 ? <span className="text-slate-600">HTTP {check.httpStatus}</span> : null}
                </p>
                {check.message ? <p className="mt-1 break-all text-slate-700">{check.message}</p> : null}
                {check.diff ? <TextDiffView segments={check.diff} /> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function TextDiffView({ segments }: { segments: DiffSegment[] }) {
  return (
    <details className="mt-1" open>
      <summary className="cursor-pointer text-slate-700">What changed in the text</summary>
      <p className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2 leading-relaxed">
        {segments.map((segment, index) =>
          segment.kind === "added" ? (
            <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
              <span className="sr-only">[added: </span>
              {segment.text}
              <span className="sr-only">]</span>
            </ins>
          ) : segment.kind === "removed" ? (
            <del key={index} className="bg-rose-100 text-rose-900">
              <span className="sr-only">[removed: </span>
              {segment.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
    </details>
  );
}
