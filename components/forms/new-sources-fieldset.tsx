"use client";

import { useState } from "react";
import { SourceFields } from "@/components/forms/new-source-fields";
import { errorFor } from "@/components/forms/use-action-form";
import type { FieldsOf, FormState } from "@/lib/validation/fields";
import type { logUpdateSchema } from "@/lib/validation/update";

/** Rows for sources not yet in Parley, each with its quote; found by URL or created on save. */
export function NewSourcesFieldset({ state }: { state: FormState<FieldsOf<typeof logUpdateSchema>> }) {
  const [rows, setRows] = useState<number[]>([0]);
  const blank = () => "";
  return (
    <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">New sources</legend>
      {rows.map((row, index) => (
        <div key={row} className="rounded border border-slate-100 bg-slate-50 p-3" role="group" aria-label={`New source ${index + 1}`}>
          <SourceFields
            prefix={`newSources.${index}.`}
            idPrefix={`new-source-${row}-`}
            errorFor={(name) => errorFor(state, `newSources.${index}.${name}`)}
            valueFor={blank}
            withQuote
          />
          {rows.length > 1 ? (
            <button type="button" className="mt-2 text-xs text-rose-700 underline" onClick={() => setRows(rows.filter((item) => item !== row))}>
              Remove new source {index + 1}
            </button>
          ) : null}
        </div>
      ))}
      <div>
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
          onClick={() => setRows([...rows, Math.max(...rows, 0) + 1])}
        >
          Add another new source
        </button>
      </div>
    </fieldset>
  );
}
