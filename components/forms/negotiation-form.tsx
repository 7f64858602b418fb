"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { valueOf } from "@/components/forms/text-value";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormState } from "@/lib/validation/fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial?: { title: string; description: string; parties: string };
  submitLabel: string;
}

export function NegotiationForm({ action, initial, submitLabel }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field id="title" label="Title" error={errorFor(state, "title")}>
        {(aria) => <input {...aria} name="title" className={inputClass} defaultValue={valueOf(state, "title", initial?.title)} />}
      </Field>
      <Field id="description" label="Description" error={errorFor(state, "description")}>
        {(aria) => <textarea {...aria} name="description" rows={4} className={inputClass} defaultValue={valueOf(state, "description", initial?.description)} />}
      </Field>
      <Field id="parties" label="Parties" hint="One a line; add a role after a dash, e.g. “Ukraine — delegation led by Rustem Umerov”." error={errorFor(state, "parties")}>
        {(aria) => <textarea {...aria} name="parties" rows={5} className={inputClass} defaultValue={valueOf(state, "parties", initial?.parties)} />}
      </Field>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
