"use client";

import { useState } from "react";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { NewSourcesFieldset } from "@/components/forms/new-sources-fieldset";
import { SourcePicker, type PickableSource } from "@/components/forms/source-picker";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { STANCE_SCALE, STANCES, type Stance } from "@/lib/positions/stances";
import type { FormAction } from "@/lib/validation/fields";
import type { logPositionSchema } from "@/lib/validation/position";
import { dayHint } from "@/lib/time-zones";

export interface PositionFormInitial {
  stance: Stance;
  statement: string;
  /** YYYY-MM-DD */
  statedAt: string;
  sources: (PickableSource & { quote: string })[];
}

interface Props {
  action: FormAction<typeof logPositionSchema>;
  today: string;
  /** The negotiation's time zone, which "today" is read in. */
  timeZone?: string;
  /** Present when logging: which issue and party; absent when editing (the cell is fixed). */
  cell?: {
    issues: { id: string; title: string }[];
    parties: { id: string; name: string }[];
    issueId?: string;
    partyId?: string;
  };
  initial?: PositionFormInitial;
  submitLabel?: string;
  /** The source picker's unfiltered list, rendered on the server. */
  pickableSources: PickableSource[];
}

/** Log (or edit) where a party stands on an issue: stance on the scale, one line, when, and sources. */
export function PositionForm({ action, today, timeZone, cell, initial, submitLabel = "Log position", pickableSources }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const [attached, setAttached] = useState<(PickableSource & { quote: string })[]>(initial?.sources ?? []);
  const stanceError = errorFor(state, "stance");
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-3xl gap-5" noValidate>
      <FormMessage message={state.message} />
      {cell ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="issueId" label="Issue" error={errorFor(state, "issueId")}>
            {(aria) => (
              <select {...aria} name="issueId" defaultValue={cell.issueId ?? ""} className={inputClass}>
                <option value="">Choose an issue</option>
                {cell.issues.map((issue) => (
                  <option key={issue.id} value={issue.id}>
                    {issue.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="partyId" label="Party" error={errorFor(state, "partyId")}>
            {(aria) => (
              <select {...aria} name="partyId" defaultValue={cell.partyId ?? ""} className={inputClass}>
                <option value="">Choose a party</option>
                {cell.parties.map((party) => (
                  <option key={party.id} value={party.id}>
                    {party.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      <fieldset aria-describedby={stanceError ? "stance-error" : undefined} className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Stance</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {STANCES.map((stance) => (
            <label key={stance} className="flex cursor-pointer items-start gap-2 rounded border border-slate-100 p-2 text-sm hover:bg-slate-50">
              <input type="radio" name="stance" value={stance} defaultChecked={initial?.stance === stance} className="mt-1" />
              <span>
                <span className="inline-flex items-center gap-1.5 font-medium">
                  <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: STANCE_SCALE[stance].color }} />
                  {STANCE_SCALE[stance].label}
                </span>
                <span className="block text-xs text-slate-600">{STANCE_SCALE[stance].meaning}</span>
              </span>
            </label>
          ))}
        </div>
        {stanceError ? (
          <p id="stance-error" className="mt-1 text-sm text-rose-700">
            {stanceError}
          </p>
        ) : null}
      </fieldset>
      <Field id="statement" label="Statement" hint="One line, in the party's terms: what it wants or refuses." error={errorFor(state, "statement")}>
        {(aria) => <input {...aria} name="statement" maxLength={300} defaultValue={initial?.statement} className={inputClass} />}
      </Field>
      <Field
        id="statedAt"
        label="Date stated"
        hint={dayHint("When the party said it; may be earlier than today.", timeZone)}
        error={errorFor(state, "statedAt")}
      >
        {(aria) => (
          <input {...aria} name="statedAt" type="date" max={today} defaultValue={initial?.statedAt ?? today} className={`${inputClass} sm:max-w-xs`} />
        )}
      </Field>
      <SourcePicker attached={attached} onChange={setAttached} initialResults={pickableSources} error={errorFor(state, "sources")} />
      <NewSourcesFieldset state={state} />
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving position…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
