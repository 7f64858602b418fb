"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { accountSchema } from "@/lib/validation/account";

export function SetupForm({ action }: { action: FormAction<typeof accountSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field id="name" label="Your name" error={errorFor(state, "name")}>
        {(aria) => <input {...aria} name="name" autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="email" label="Email" error={errorFor(state, "email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <NewPasswordFields errorFor={(name) => errorFor(state, name)} />
      <SubmitButton isPending={isPending} pendingLabel="Creating…">
        Create administrator
      </SubmitButton>
    </form>
  );
}
