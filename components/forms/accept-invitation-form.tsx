"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { acceptInvitationSchema } from "@/lib/validation/account";

export function AcceptInvitationForm({ action }: { action: FormAction<typeof acceptInvitationSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field id="name" label="Your name" error={errorFor(state, "name")}>
        {(aria) => <input {...aria} name="name" autoComplete="name" className={inputClass} />}
      </Field>
      <NewPasswordFields errorFor={(name) => errorFor(state, name)} />
      <SubmitButton isPending={isPending} pendingLabel="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}
