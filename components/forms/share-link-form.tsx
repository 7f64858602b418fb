"use client";

import { useState } from "react";
import { CopyOnceLink } from "@/components/forms/copy-once-link";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { EXPIRY_CHOICES, EXPIRY_LABELS, type ExpiryChoice } from "@/lib/share-links/expiry";
import type { FormAction } from "@/lib/validation/fields";
import type { createShareLinkSchema } from "@/lib/validation/share-link";

export function ShareLinkForm({ action }: { action: FormAction<typeof createShareLinkSchema> }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const [expiry, setExpiry] = useState<ExpiryChoice>("30d");
  const link = state.ok ? state.shownOnce : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-3" noValidate>
      {!state.ok ? <FormMessage message={state.message} /> : null}
      <Field id="share-label" label="Who it is for" hint="e.g. “EU delegation briefing” — shown in the list of links." error={errorFor(state, "label")}>
        {(aria) => <input {...aria} name="label" className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="share-expiry" label="Expires" error={errorFor(state, "expiry")}>
          {(aria) => (
            <select {...aria} name="expiry" value={expiry} onChange={(event) => setExpiry(event.target.value as ExpiryChoice)} className={inputClass}>
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {EXPIRY_LABELS[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {expiry === "date" ? (
          <Field id="share-expires-on" label="Last day the link works" error={errorFor(state, "expiresOn")}>
            {(aria) => <input {...aria} name="expiresOn" type="date" className={inputClass} />}
          </Field>
        ) : null}
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
