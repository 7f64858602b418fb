"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { checkSourceAction, type CheckResult } from "@/app/(workspace)/sources/evidence-actions";

type CheckedSource = { id: string; label: string };

interface Props {
  /** The sources to check, or (for an issue's many) the action that lists them when the check starts. */
  sources: CheckedSource[] | (() => Promise<CheckedSource[]>);
  /** "Check for changes" for one source, "Check all N sources for changes" for an issue. */
  label: string;
}

/**
 * Re-fetches sources one after another, showing progress and each result as it comes: a check
 * of twenty slow sites should never look frozen.
 */
export function CheckSourcesButton({ sources: given, label }: Props) {
  const router = useRouter();
  const [sources, setSources] = useState<CheckedSource[]>(Array.isArray(given) ? given : []);
  const [results, setResults] = useState<(CheckResult & { label: string })[]>([]);
  const [isRunning, setIsRunning] = useState(false);

  async function run() {
    setIsRunning(true);
    setResults([]);
    const list = Array.isArray(given) ? given : await given();
    setSources(list);
    for (const source of list) {
      const result = await checkSourceAction(source.id);
      setResults((previous) => [...previous, { ...result, label: source.label }]);
    }
    setIsRunning(false);
    router.refresh();
  }

  const done = results.length;
  return (
    <div className="grid gap-2">
      <div>
        <button
          type="button"
          onClick={() => void run()}
          disabled={isRunning || (Array.isArray(given) && given.length === 0)}
          aria-busy={isRunning}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70"
        >
          {isRunning ? "Checking…" : label}
        </button>
      </div>
      {isRunning || done > 0 ? (
        <div role="status" aria-live="polite" className="grid gap-1 text-sm">
          {sources.length > 1 ? (
            <>
              <progress max={sources.length} value={done} aria-label="Sources checked" className="h-2 w-full max-w-xs" />
              <p>
                {done} of {sources.length} checked
              </p>
            </>
          ) : null}
          <ul className="grid gap-0.5">
            {results.map((result) => (
              <li key={result.sourceId + result.label} className={result.ok ? "text-slate-700" : "text-rose-700"}>
                {sources.length > 1 ? <span className="font-medium">{result.label}: </span> : null}
                {result.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
