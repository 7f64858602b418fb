"use client";

import { CopyOnceLink } from "@/components/forms/copy-once-link";
import { ExpiryFields } from "@/components/forms/expiry-fields";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { ExpiryChoice } from "@/lib/share-links/expiry";
import { API_TOKEN_SCOPES, API_TOKEN_SCOPE_LABELS } from "@/lib/validation/api-token";
import type { FormAction } from "@/lib/validation/fields";
import type { createApiTokenSchema } from "@/lib/validation/api-token";

const TOKEN_EXPIRY_LABELS: Record<ExpiryChoice, string> = {
  "7d": "In 7 days",
  "30d": "In 30 days",
  never: "Never (until revoked)",
  date: "On a date",
};

export function ApiTokenForm({ action }: { action: FormAction<typeof createApiTokenSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const token = state.ok ? state.shownOnce : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-3" noValidate>
      {!state.ok ? <FormMessage message={state.message} /> : null}
      <Field id="token-name" label="Token name" hint="What it is for, e.g. “Newsroom dashboard sync”." error={errorFor(state, "name")}>
        {(aria) => <input {...aria} name="name" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="token-scope" label="Access" error={errorFor(state, "scope")}>
          {(aria) => (
            <select {...aria} name="scope" defaultValue="READ" className={inputClass}>
              {API_TOKEN_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {API_TOKEN_SCOPE_LABELS[scope]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ExpiryFields
          idPrefix="token-"
          what="the token"
          labels={TOKEN_EXPIRY_LABELS}
          errors={{ expiry: errorFor(state, "expiry"), expiresOn: errorFor(state, "expiresOn") }}
        />
      </div>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Creating…">
          Create token
        </SubmitButton>
      </div>
      {token ? <CopyOnceLink message={state.message} link={token} label="New API token" /> : null}
    </form>
  );
}
