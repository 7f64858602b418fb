"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { valueOf } from "@/components/forms/text-value";
import { PartyEditor, type PartyDraft } from "@/components/forms/party-editor";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { negotiationSchema } from "@/lib/validation/negotiation";

interface Props {
  action: FormAction<typeof negotiationSchema>;
  initial?: { title: string; description: string; timeZone: string; parties: PartyDraft[] };
  /** Every IANA time zone the server knows, for the time zone menu. */
  timeZones: string[];
  submitLabel: string;
}

export function NegotiationForm({ action, initial, timeZones, submitLabel }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  // After a failed save, the rows as sent, at the indexes the errors refer to.
  const parties = state.values ? partyDrafts(state.values.parties) : (initial?.parties ?? []);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field id="title" label="Title" error={errorFor(state, "title")}>
        {(aria) => <input {...aria} name="title" className={inputClass} defaultValue={valueOf(state, "title", initial?.title)} />}
      </Field>
      <Field id="description" label="Description" error={errorFor(state, "description")}>
        {(aria) => <textarea {...aria} name="description" rows={4} className={inputClass} defaultValue={valueOf(state, "description", initial?.description)} />}
      </Field>
      <Field
        id="timeZone"
        label="Time zone"
        hint="Where the talks are followed from: “today” on this negotiation’s forms is the day there, and it is shown beside its dates."
        error={errorFor(state, "timeZone")}
      >
        {(aria) => (
          <select {...aria} name="timeZone" className={inputClass} defaultValue={valueOf(state, "timeZone", initial?.timeZone ?? "UTC")}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PartyEditor key={JSON.stringify(parties)} initial={parties} errorFor={(name) => errorFor(state, name)} />
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

function partyDrafts(value: unknown): PartyDraft[] {
  const text = (field: unknown) => (typeof field === "string" ? field : "");
  const rows: unknown[] = Array.isArray(value) ? value : [];
  return rows.map((item) => {
    const row = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
    return {
      id: text(row.id) || undefined,
      name: text(row.name),
      description: text(row.description),
    };
  });
}
