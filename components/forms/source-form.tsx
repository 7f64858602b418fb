"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { SourceFields } from "@/components/forms/new-source-fields";
import { valueOf } from "@/components/forms/text-value";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { createSourceSchema } from "@/lib/validation/source";

interface Props {
  action: FormAction<typeof createSourceSchema>;
  initial: Record<string, string>;
}

export function SourceForm({ action, initial }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-3xl gap-4" noValidate>
      <FormMessage message={state.message} />
      <SourceFields
        prefix=""
        idPrefix="source-"
        errorFor={(name) => (name === "quote" ? undefined : errorFor(state, name))}
        valueFor={(name) => (name === "quote" ? "" : valueOf(state, name, initial[name]))}
        withQuote={false}
      />
      <Field
        id="viaUrl"
        label="Written from / republishes (URL of another source)"
        hint="e.g. an aggregator's copy points to the outlet it republished."
        error={errorFor(state, "viaUrl")}
      >
        {(aria) => <input {...aria} name="viaUrl" type="url" className={inputClass} defaultValue={valueOf(state, "viaUrl", initial.viaUrl)} />}
      </Field>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          Save source
        </SubmitButton>
      </div>
    </form>
  );
}
