"use client";

import type { ReactNode } from "react";
import { FormMessage } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormState } from "@/lib/validation/fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields sent with the form. */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Accessible name when the visible label is not enough on its own (e.g. in a table row). */
  ariaLabel?: string;
  confirm?: string;
  children?: ReactNode;
  tone?: "neutral" | "danger";
}

/** A small form for one action (change a role, deactivate, …) that shows its own error. */
export function ActionButtonForm({ action, fields, label, pendingLabel, ariaLabel, confirm, children, tone = "neutral" }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="flex flex-wrap items-center gap-2"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        disabled={isPending}
        aria-label={ariaLabel}
        className={`rounded border px-2 py-1 text-xs disabled:opacity-60 ${tone === "danger" ? "border-rose-300 text-rose-800 hover:bg-rose-50" : "border-slate-300 hover:bg-slate-50"}`}
      >
        {isPending ? pendingLabel : label}
      </button>
      {state.message && !state.ok ? <FormMessage message={state.message} /> : null}
    </form>
  );
}
