"use client";

import { useFormStatus } from "react-dom";

/** Deletes a draft after the browser's confirmation (softly; logged). */
export function DeleteDraftButton({ action, title }: { action: (formData: FormData) => Promise<void>; title: string }) {
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Delete the draft “${title}”? It leaves the list and every cross-walk; the deletion is logged.`)) event.preventDefault();
      }}
    >
      <Button />
    </form>
  );
}

function Button() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className="rounded-md border border-rose-300 bg-white px-3 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? "Deleting…" : "Delete draft"}
    </button>
  );
}
