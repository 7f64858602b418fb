"use client";

import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { StatusSelect } from "@/components/forms/status-select";
import { valueOf } from "@/components/forms/text-value";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { createIssueSchema } from "@/lib/validation/issue";

interface Props {
  action: FormAction<typeof createIssueSchema>;
  categories: string[];
  initial?: { title: string; summary: string; category: string };
  /** New issues can start from a status; existing ones only move through updates. */
  hasInitialStatus: boolean;
  submitLabel: string;
}

export function IssueForm({ action, categories, initial, hasInitialStatus, submitLabel }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field id="title" label="Title" error={errorFor(state, "title")}>
        {(aria) => <input {...aria} name="title" className={inputClass} defaultValue={valueOf(state, "title", initial?.title)} />}
      </Field>
      <Field id="category" label="Category" hint="Pick one or type a new category." error={errorFor(state, "category")}>
        {(aria) => (
          <>
            <input {...aria} name="category" list="category-options" className={inputClass} defaultValue={valueOf(state, "category", initial?.category)} />
            <datalist id="category-options">
              {categories.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field id="summary" label="Summary" hint="What the issue is about. Markdown is supported." error={errorFor(state, "summary")}>
        {(aria) => <textarea {...aria} name="summary" rows={4} className={inputClass} defaultValue={valueOf(state, "summary", initial?.summary)} />}
      </Field>
      {hasInitialStatus ? (
        <Field id="initialStatus" label="Starting status" hint="Recorded as the issue's first timeline entry." error={errorFor(state, "initialStatus")}>
          {(aria) => <StatusSelect {...aria} name="initialStatus" defaultValue={valueOf(state, "initialStatus")} emptyLabel="Not yet discussed (no entry)" />}
        </Field>
      ) : null}
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
