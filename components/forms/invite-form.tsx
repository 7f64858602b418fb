"use client";

import { CopyOnceLink } from "@/components/forms/copy-once-link";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { ROLES, ROLE_LABELS } from "@/lib/validation/account";
import type { FormAction } from "@/lib/validation/fields";
import type { inviteSchema } from "@/lib/validation/account";

export function InviteForm({ action }: { action: FormAction<typeof inviteSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const link = state.ok ? state.shownOnce : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-xl gap-3" noValidate>
      {!state.ok ? <FormMessage message={state.message} /> : null}
      {/* One column: the role options carry their meaning and need the whole width. */}
      <div className="grid gap-3">
        <Field id="invite-email" label="Email" error={errorFor(state, "email")}>
          {(aria) => <input {...aria} name="email" type="email" className={inputClass} />}
        </Field>
        <Field id="invite-role" label="Role" error={errorFor(state, "role")}>
          {(aria) => (
            <select {...aria} name="role" defaultValue="ANALYST" className={inputClass}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Creating…">
          Create invitation link
        </SubmitButton>
      </div>
      {link ? <CopyOnceLink message={state.message} link={link} label="Invitation link" /> : null}
    </form>
  );
}
