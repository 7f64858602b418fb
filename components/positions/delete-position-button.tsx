"use client";

import { useFormStatus } from "react-dom";

/** Deletes one position after the browser's confirmation (softly: frozen views from before keep it). */
export function DeletePositionButton({ action, label }: { action: (formData: FormData) => Promise<void>; label: string }) {
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`${label}? It leaves the matrix and this history; the deletion is logged.`)) event.preventDefault();
      }}
    >
      <DeleteButton label={label} />
    </form>
  );
}

function DeleteButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      aria-label={label}
      className="text-xs text-rose-700 underline hover:text-rose-900 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? "Deleting…" : "Delete"}
    </button>
  );
}
