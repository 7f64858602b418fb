"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";

type Phase =
  { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "loading" } | { kind: "done"; message: string } | { kind: "failed"; message: string };

interface Summary {
  negotiations: number;
  issues: number;
  updates: number;
  positions: number;
  sources: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Sends the chosen file to the import endpoint with XMLHttpRequest, whose upload events (unlike
 * fetch's) report progress: a large file shows how much has been sent, then that it is being loaded.
 */
export function JsonImportForm({ endpoint, negotiationsPath }: { endpoint: string; negotiationsPath: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const isBusy = phase.kind === "uploading" || phase.kind === "loading";

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
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setPhase({ kind: "uploading", percent: Math.round((progress.loaded / progress.total) * 100) });
    };
    request.upload.onload = () => setPhase({ kind: "loading" });
    request.onerror = () => setPhase({ kind: "failed", message: "The connection failed; nothing was imported. Try again." });
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status === 201) {
        const summary = body as Summary;
        setPhase({
          kind: "done",
          message: `Imported ${plural(summary.negotiations, "negotiation")}, ${plural(summary.issues, "issue")}, ${plural(summary.updates, "update")}, ${plural(summary.positions, "position")} and ${plural(summary.sources, "source")}.`,
        });
      } else {
        const error = (body as { error?: unknown } | null)?.error;
        setPhase({ kind: "failed", message: typeof error === "string" ? error : `The import failed (HTTP ${request.status}); nothing was imported.` });
      }
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
        {phase.kind === "loading" ? <p className="text-sm">Checking and loading the records…</p> : null}
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
