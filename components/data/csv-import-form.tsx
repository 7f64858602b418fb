"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { CsvImportState } from "@/app/(workspace)/negotiations/[slug]/issues/[issueSlug]/import/actions";
import { SubmitButton } from "@/components/forms/field";

type Action = (state: CsvImportState, formData: FormData) => Promise<CsvImportState>;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Choose a file → see every row checked → import, or start over. Nothing is saved before the last step. */
export function CsvImportForm({ action, issuePath }: { action: Action; issuePath: string }) {
  const [state, formAction, isPending] = useActionState(action, { step: "choose" });

  if (state.step === "done") {
    return (
      <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
        <p className="font-medium">
          Imported {plural(state.imported, "update")}
          {state.skipped > 0 ? `; ${plural(state.skipped, "row")} already on the timeline were skipped` : ""}.
        </p>
        <p className="mt-2">
          <Link href={issuePath}>Back to the issue</Link>
        </p>
      </div>
    );
  }

  if (state.step === "preview") {
    const canImport = state.invalid === 0 && state.toImport > 0;
    return (
      <form action={formAction} className="space-y-4">
        <input type="hidden" name="csv" value={state.csv} />
        <div role="status" className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-medium">
            {state.fileName}: {plural(state.rows.length, "row")} — {state.toImport} to import
            {state.duplicates > 0 ? `, ${state.duplicates} already on the timeline` : ""}
            {state.invalid > 0 ? `, ${plural(state.invalid, "row")} with errors` : ""}.
          </p>
          {state.invalid > 0 ? (
            <p className="mt-1 text-sm text-red-700">
              Correct the rows with errors in the file and choose it again; nothing is imported while any row has one.
            </p>
          ) : null}
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Rows of the file, as they would be imported</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Line
                </th>
                <th scope="col" className="px-3 py-2">
                  Date
                </th>
                <th scope="col" className="px-3 py-2">
                  Note
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Sources
                </th>
                <th scope="col" className="px-3 py-2">
                  Check
                </th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => (
                <tr key={row.line} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2">{row.line}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{row.date}</td>
                  <td className="max-w-md px-3 py-2 break-words">{row.note}</td>
                  <td className="px-3 py-2">{row.status}</td>
                  <td className="max-w-xs px-3 py-2 break-all">{row.sourceUrls.join(" ")}</td>
                  <td className="px-3 py-2">
                    {row.errors.length > 0 ? (
                      <ul className="text-red-700">
                        {row.errors.map((error) => (
                          <li key={error}>{error}</li>
                        ))}
                      </ul>
                    ) : row.isDuplicate ? (
                      <span className="text-slate-600">Already on the timeline; skipped</span>
                    ) : (
                      <span className="text-emerald-800">Ready</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="flex flex-wrap gap-3">
          {canImport ? (
            <button
              type="submit"
              name="intent"
              value="commit"
              disabled={isPending}
              aria-busy={isPending}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-wait disabled:opacity-70"
            >
              {isPending ? "Importing…" : `Import ${plural(state.toImport, "update")}`}
            </button>
          ) : null}
          <button
            type="submit"
            name="intent"
            value="cancel"
            disabled={isPending}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Choose another file
          </button>
        </div>
      </form>
    );
  }

  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="intent" value="preview" />
      <div>
        <label htmlFor="csv-file" className="block font-medium">
          CSV file
        </label>
        <input
          id="csv-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby={state.error ? "csv-error" : undefined}
          className="mt-1 block w-full max-w-full text-sm"
        />
        {state.error ? (
          <p id="csv-error" role="alert" className="mt-2 text-sm text-red-700">
            {state.error}
          </p>
        ) : null}
      </div>
      <SubmitButton isPending={isPending} pendingLabel="Checking the rows…">
        Check the rows
      </SubmitButton>
    </form>
  );
}
