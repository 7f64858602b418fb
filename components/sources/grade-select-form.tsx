"use client";

import { FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import type { FormState } from "@/lib/validation/fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  name: "reliability" | "credibility";
  id: string;
  label: string;
  current: string;
  options: { value: string; label: string; meaning: string }[];
}

/** One Admiralty grade with every grade's meaning spelled out beside the choice. */
export function GradeSelectForm({ action, name, id, label, current, options }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const error = errorFor(state, name);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-2" noValidate>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-wrap items-end gap-2">
        <select
          id={id}
          name={name}
          defaultValue={current}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-meanings`}
          className={`${inputClass} max-w-xs`}
        >
          <option value="">Not graded</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.value} — {option.label}
            </option>
          ))}
        </select>
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          Save grade
        </SubmitButton>
      </div>
      {error ? <p className="text-sm text-rose-700">{error}</p> : null}
      <FormMessage message={state.message} isError={!state.ok} />
      <details id={`${id}-meanings`} className="text-xs text-slate-600">
        <summary className="cursor-pointer">What the grades mean</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
          {options.map((option) => (
            <div key={option.value} className="contents">
              <dt className="font-semibold">{option.value}</dt>
              <dd>
                {option.label}: {option.meaning}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </form>
  );
}
