"use client";

import { useFormStatus } from "react-dom";

interface Props {
  /** The server action; it reads the update's id from the form's `updateId` field. */
  action: (formData: FormData) => Promise<void>;
  updateId: string;
  /** The update's date as shown on the timeline, e.g. "2 Dec 2025". */
  dateLabel: string;
}

/**
 * Deletes one timeline entry after the browser's confirmation. The entry is soft-deleted on the
 * server: it leaves the timeline, and the deletion is recorded in the audit trail.
 */
export function DeleteUpdateButton({ action, updateId, dateLabel }: Props) {
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Delete the update from ${dateLabel}? It leaves the timeline and the issue's status is re-derived without it.`)) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="updateId" value={updateId} />
      <DeleteButton dateLabel={dateLabel} />
    </form>
  );
}

function DeleteButton({ dateLabel }: { dateLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} aria-label={`Delete update from ${dateLabel}`} className="tl-delete">
      {pending ? "Deleting…" : "Delete"}
    </button>
  );
}
