"use client";

import { CopyOnceLink } from "@/components/forms/copy-once-link";
import { ExpiryFields } from "@/components/forms/expiry-fields";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { createShareLinkSchema } from "@/lib/validation/share-link";

export function ShareLinkForm({ action }: { action: FormAction<typeof createShareLinkSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const link = state.ok ? state.shownOnce : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-3" noValidate>
      {!state.ok ? <FormMessage message={state.message} /> : null}
      <Field id="share-label" label="Who it is for" hint="e.g. “EU delegation briefing” — shown in the list of links." error={errorFor(state, "label")}>
        {(aria) => <input {...aria} name="label" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <ExpiryFields idPrefix="share-" what="the link" errors={{ expiry: errorFor(state, "expiry"), expiresOn: errorFor(state, "expiresOn") }} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="hideAuthors" /> Hide analysts’ names
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isSnapshot" /> Freeze: show it as it stands now, not live
      </label>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Creating…">
          Create share link
        </SubmitButton>
      </div>
      {link ? <CopyOnceLink message={state.message} link={link} label="Share link" /> : null}
    </form>
  );
}
