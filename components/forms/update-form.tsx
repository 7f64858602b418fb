"use client";

import { useState } from "react";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { SourceFields } from "@/components/forms/new-source-fields";
import { SourcePicker, type PickableSource } from "@/components/forms/source-picker";
import { StatusSelect } from "@/components/forms/status-select";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { statusLabel, type IssueStatus } from "@/lib/statuses";
import type { FormAction } from "@/lib/validation/fields";
import type { logUpdateSchema } from "@/lib/validation/update";
import { dayHint } from "@/lib/time-zones";

/** The saved values of an update being edited. */
export interface UpdateFormInitial {
  summary: string;
  /** YYYY-MM-DD */
  occurredAt: string;
  /** "" when the update changes no status. */
  newStatus: IssueStatus | "";
  sources: (PickableSource & { quote: string })[];
}

interface Props {
  action: FormAction<typeof logUpdateSchema>;
  currentStatus: IssueStatus;
  today: string;
  /** The negotiation's time zone, which "today" is read in. */
  timeZone?: string;
  /** The source picker's first list, rendered with the page. */
  pickableSources: PickableSource[];
  /** Absent when logging a new update. */
  initial?: UpdateFormInitial;
  submitLabel?: string;
  pendingLabel?: string;
}

/** Log (or edit) an update in one step: what changed, when, the new status if any, and its sources. */
export function UpdateForm({
  action,
  currentStatus,
  today,
  timeZone,
  pickableSources,
  initial,
  submitLabel = "Log update",
  pendingLabel = "Saving update…",
}: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const [attached, setAttached] = useState<(PickableSource & { quote: string })[]>(initial?.sources ?? []);
  const [newSourceRows, setNewSourceRows] = useState<number[]>([0]);
  // The form is never reset (see useActionForm), so fields keep what was typed without echoing.
  const blank = () => "";
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-3xl gap-5" noValidate>
      <FormMessage message={state.message} />
      <Field id="summary" label="What changed" hint="Markdown is supported. Say who said or did what." error={errorFor(state, "summary")}>
        {(aria) => <textarea {...aria} name="summary" rows={6} defaultValue={initial?.summary} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="occurredAt" label="When it happened" hint={dayHint("May be earlier than today.", timeZone)} error={errorFor(state, "occurredAt")}>
          {(aria) => <input {...aria} name="occurredAt" type="date" max={today} defaultValue={initial?.occurredAt ?? today} className={inputClass} />}
        </Field>
        <Field id="newStatus" label="New status" hint={`Now: ${statusLabel(currentStatus)}.`} error={errorFor(state, "newStatus")}>
          {(aria) => <StatusSelect {...aria} name="newStatus" defaultValue={initial?.newStatus ?? ""} emptyLabel="No change" />}
        </Field>
      </div>
      <SourcePicker attached={attached} onChange={setAttached} initialResults={pickableSources} error={errorFor(state, "sources")} />
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">New sources</legend>
        {newSourceRows.map((row, index) => (
          <div key={row} className="rounded border border-slate-100 bg-slate-50 p-3" role="group" aria-label={`New source ${index + 1}`}>
            <SourceFields
              prefix={`newSources.${index}.`}
              idPrefix={`new-source-${row}-`}
              errorFor={(name) => errorFor(state, `newSources.${index}.${name}`)}
              valueFor={blank}
              withQuote
            />
            {newSourceRows.length > 1 ? (
              <button
                type="button"
                className="mt-2 text-xs text-rose-700 underline"
                onClick={() => setNewSourceRows(newSourceRows.filter((item) => item !== row))}
              >
                Remove new source {index + 1}
              </button>
            ) : null}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
            onClick={() => setNewSourceRows([...newSourceRows, Math.max(...newSourceRows, 0) + 1])}
          >
            Add another new source
          </button>
        </div>
      </fieldset>
      <div>
        <SubmitButton isPending={isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
