"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import type { FormAction } from "@/lib/validation/fields";
import type { changePasswordSchema } from "@/lib/validation/account";

export function ChangePasswordForm({ action }: { action: FormAction<typeof changePasswordSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-md gap-3" noValidate aria-labelledby="change-password-heading">
      {!state.ok ? <FormMessage message={state.message} /> : null}
      <Field id="current-password" label="Current password" error={errorFor(state, "currentPassword")}>
        {(aria) => <input {...aria} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field
        id="new-password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a commonly used password. A passphrase of a few words works well.`}
        error={errorFor(state, "password")}
      >
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirm-new-password" label="New password again" error={errorFor(state, "confirmPassword")}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
