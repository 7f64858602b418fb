"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "checking"; total: number }
  | { kind: "loading"; done: number; total: number }
  | { kind: "done"; message: string; total: number }
  | { kind: "failed"; message: string };

/** One line of the import's NDJSON answer: a progress report, or the last line with the outcome. */
type ProgressLine = { phase: "checking" | "loading"; done: number; total: number } | { status: number; result?: Summary; error?: unknown };

interface Summary {
  negotiations: number;
  issues: number;
  updates: number;
  positions: number;
  sources: number;
}

const number = (count: number) => count.toLocaleString("en");
const plural = (count: number, word: string) => `${number(count)} ${word}${count === 1 ? "" : "s"}`;

function summaryText(summary: Summary) {
  return `Imported ${plural(summary.negotiations, "negotiation")}, ${plural(summary.issues, "issue")}, ${plural(summary.updates, "update")}, ${plural(summary.positions, "position")} and ${plural(summary.sources, "source")}.`;
}

/** Reads the complete lines of a growing NDJSON text from `from` on; returns them and where the next one starts. */
function completeLines(text: string, from: number): { lines: ProgressLine[]; next: number } {
  const end = text.lastIndexOf("\n") + 1;
  if (end <= from) return { lines: [], next: from };
  const lines = text
    .slice(from, end)
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ProgressLine);
  return { lines, next: end };
}

/**
 * Sends the chosen file to the import endpoint with XMLHttpRequest, whose upload events (unlike
 * fetch's) report progress: a large file shows how much has been sent; then the server's answer,
 * read line by line as it arrives (NDJSON), shows the check and how many records are loaded.
 */
export function JsonImportForm({ endpoint, negotiationsPath }: { endpoint: string; negotiationsPath: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const isBusy = phase.kind === "uploading" || phase.kind === "checking" || phase.kind === "loading";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setPhase({ kind: "failed", message: "Choose a JSON export file." });
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", endpoint);
    request.setRequestHeader("Content-Type", "application/json");
    request.setRequestHeader("Accept", "application/x-ndjson");
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setPhase({ kind: "uploading", percent: Math.round((progress.loaded / progress.total) * 100) });
    };
    request.upload.onload = () => setPhase({ kind: "checking", total: 0 });
    request.onerror = () => setPhase({ kind: "failed", message: "The connection failed; nothing was imported. Try again." });
    let read = 0;
    let total = 0;
    let outcome: Phase | null = null;
    const follow = (line: ProgressLine) => {
      if ("phase" in line) {
        total = line.total;
        setPhase(line.phase === "checking" ? { kind: "checking", total } : { kind: "loading", done: line.done, total });
      } else if (line.status === 201 && line.result) {
        outcome = { kind: "done", message: summaryText(line.result), total };
      } else {
        outcome = {
          kind: "failed",
          message: typeof line.error === "string" ? line.error : `The import failed (HTTP ${line.status}); nothing was imported.`,
        };
      }
    };
    // Only a 200 answer is the NDJSON stream; a refusal before it (401, 403, 413, 415, 400) is one JSON object.
    request.onprogress = () => {
      if (request.status !== 200) return;
      const { lines, next } = completeLines(request.responseText, read);
      read = next;
      lines.forEach(follow);
    };
    request.onload = () => {
      if (request.status === 200) {
        const { lines } = completeLines(request.responseText, read);
        lines.forEach(follow);
        setPhase(outcome ?? { kind: "failed", message: "The answer broke off; nothing was imported. Try again." });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      const error = (body as { error?: unknown } | null)?.error;
      setPhase({ kind: "failed", message: typeof error === "string" ? error : `The import failed (HTTP ${request.status}); nothing was imported.` });
    };
    setPhase({ kind: "uploading", percent: 0 });
    request.send(file);
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <label htmlFor="json-file" className="block font-medium">
          Export file (JSON)
        </label>
        <input
          id="json-file"
          name="file"
          type="file"
          accept=".json,application/json"
          required
          disabled={isBusy}
          className="mt-1 block w-full max-w-full text-sm"
        />
      </div>
      <button
        type="submit"
        disabled={isBusy}
        aria-busy={isBusy}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-wait disabled:opacity-70"
      >
        {isBusy ? "Importing…" : "Import"}
      </button>
      <div role="status" aria-live="polite">
        {phase.kind === "uploading" ? (
          <p className="flex items-center gap-3 text-sm">
            <label htmlFor="import-progress">Sending the file</label>
            <progress id="import-progress" max={100} value={phase.percent}>
              {phase.percent}%
            </progress>
            <span>{phase.percent}%</span>
          </p>
        ) : null}
        {phase.kind === "checking" ? <p className="text-sm">{phase.total > 0 ? `Checking ${plural(phase.total, "record")}…` : "Checking the file…"}</p> : null}
        {phase.kind === "loading" || (phase.kind === "done" && phase.total > 0) ? (
          <LoadProgress done={phase.kind === "loading" ? phase.done : phase.total} total={phase.total} />
        ) : null}
        {phase.kind === "done" ? (
          <p className="text-sm text-emerald-800">
            {phase.message} <Link href={negotiationsPath}>See the negotiations</Link>
          </p>
        ) : null}
      </div>
      {phase.kind === "failed" ? (
        <p role="alert" className="text-sm text-red-700">
          {phase.message}
        </p>
      ) : null}
    </form>
  );
}

function LoadProgress({ done, total }: { done: number; total: number }) {
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <label htmlFor="import-load-progress">Loading the records</label>
      <progress id="import-load-progress" max={total} value={done}>
        {number(done)} of {number(total)}
      </progress>
      <span>
        {number(done)} of {number(total)} records loaded
      </span>
    </p>
  );
}
